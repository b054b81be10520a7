#include "app/workspace_alert_service.hpp"

#include <fmt/core.h>

#include "app/settings.hpp"
#include "store/alert_rules_file.hpp"

namespace maillage::app {

const std::vector<core::AlertRule>& shipped_alert_rules() {
  static const std::vector<core::AlertRule> kRules =
      store::load_alert_rules(default_paths().data_dir / "alerts" / "alertes.toml");
  return kRules;
}

std::vector<core::Alert> alerts_of(store::Database& database, const core::WorkspaceScope& scope,
                                   const std::vector<core::AlertRule>& rules, core::Date today) {
  return core::workspace_alerts(rules, list_records(database, scope), today);
}

std::vector<CtgAlerts> alerts_for(store::Database& database, const core::Actor& actor,
                                  const std::vector<core::AlertRule>& rules, core::Date today) {
  std::vector<CtgAlerts> all;
  for (auto& workspace : visible_workspaces(database, actor)) {
    // Only a CTG in force has meetings to hold and minutes to send.
    if (!workspace.ctg.in_force_on(today)) continue;
    auto alerts = alerts_of(database, workspace.scope, rules, today);
    if (!alerts.empty()) all.push_back({std::move(workspace), std::move(alerts)});
  }
  return all;
}

std::string alert_digest(const std::vector<CtgAlerts>& all, core::Date today) {
  std::size_t count = 0;
  for (const auto& ctg : all) count += ctg.alerts.size();
  std::string text = fmt::format("À faire au {} : {} alerte{}.\n", core::format_date(today), count,
                                 count > 1 ? "s" : "");
  for (const auto& ctg : all) {
    text += fmt::format("\nCTG {} ({} – {})\n", ctg.workspace.territory_name,
                        core::format_date(ctg.workspace.ctg.start),
                        core::format_date(ctg.workspace.ctg.end));
    for (const auto& alert : ctg.alerts) {
      text += fmt::format("  - {}\n    Source : {}\n", alert.message, alert.source.citation());
    }
  }
  return text;
}

}  // namespace maillage::app
