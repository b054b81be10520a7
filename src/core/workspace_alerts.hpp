#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/source.hpp"
#include "core/workspace_record.hpp"

namespace maillage::core {

// What an alert rule watches in a CTG's workspace. The rules themselves (which apply, their
// delays, their sources) are data: data/alerts/alertes.toml.
enum class AlertKind {
  kNoCopilThisYear,        // no COPIL held yet this year
  kMinutesNotSent,         // a meeting's minutes not sent to the Caf `days` after it
  kDiagnosticPastDue,      // a diagnostic past its next update date
  kActionOverdue,          // an action past its planned end, neither done nor abandoned
  kIndicatorWithoutValue,  // an indicator with no value dated this year
};
std::optional<AlertKind> parse_alert_kind(std::string_view code);  // "copil_absent"…

struct AlertRule {
  std::string id;  // "COPIL-ANNUEL"
  AlertKind kind = AlertKind::kNoCopilThisYear;
  int days = 0;        // kMinutesNotSent: the delay
  int from_month = 1;  // raised only from this month of the year on (1–12)
  Source source;
};

// One thing to do, on one CTG's workspace.
struct Alert {
  std::string rule_id;
  std::string message;      // French, whole sentence
  std::string record_kind;  // the record to open, if any
  std::int64_t record_id = 0;
  Date since;  // when it became due: sorts the to-do list, oldest first
  Source source;
};

// The alerts of one CTG's workspace on `today`, oldest first.
std::vector<Alert> workspace_alerts(const std::vector<AlertRule>& rules,
                                    const std::vector<WorkspaceRecord>& records, Date today);

}  // namespace maillage::core
