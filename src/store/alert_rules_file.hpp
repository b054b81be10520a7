#pragma once
#include <filesystem>
#include <string_view>
#include <vector>

#include "core/workspace_alerts.hpp"

namespace maillage::store {

// The workspace's alert rules from their TOML file (data/alerts/alertes.toml). Throws
// std::runtime_error listing every problem (French, with line numbers): a broken rule must not be
// silently skipped.
std::vector<core::AlertRule> parse_alert_rules(std::string_view toml_text,
                                               const std::string& file_name);
std::vector<core::AlertRule> load_alert_rules(const std::filesystem::path& path);

}  // namespace maillage::store
