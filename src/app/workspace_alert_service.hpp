#pragma once
#include <string>
#include <vector>

#include "app/workspace_service.hpp"
#include "core/workspace_alerts.hpp"

namespace maillage::app {

// The alert rules shipped in data/alerts/alertes.toml, read once. Throws if the file is broken.
const std::vector<core::AlertRule>& shipped_alert_rules();

// The alerts of each CTG workspace the actor sees (a chargé: their CTG; a Caf officer: the CTGs
// of their territories), CTGs without alert left out.
struct CtgAlerts {
  CtgWorkspace workspace;
  std::vector<core::Alert> alerts;
};
std::vector<CtgAlerts> alerts_for(store::Database& database, const core::Actor& actor,
                                  const std::vector<core::AlertRule>& rules, core::Date today);
std::vector<core::Alert> alerts_of(store::Database& database, const core::WorkspaceScope& scope,
                                   const std::vector<core::AlertRule>& rules, core::Date today);

// The to-do digest as plain French text (an e-mail body, the `maillage alertes` output).
std::string alert_digest(const std::vector<CtgAlerts>& alerts, core::Date today);

}  // namespace maillage::app
