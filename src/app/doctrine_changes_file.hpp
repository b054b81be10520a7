#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/doctrine.hpp"
#include "core/doctrine_changes.hpp"

namespace maillage::app {

// Changes read from a TOML file, or every problem found (French, with file, line and key).
using ChangesOrErrors = std::variant<core::DoctrineChanges, std::vector<std::string>>;

// Reads a changes file for `doctrine`:
//
//   from = 2026-01-01                      # optional: when the new values hold (default: the date)
//   [parameters]
//   ceiling_per_fte = "50 000"             # euros, ETP, % as text or integers, never floats
//   funding_rate = "60"
//   renewal_phase_start = 2027-01-01       # a TOML date or "01/01/2027"
//   intercommunal_exceptions = ["243000643", "200034379"]
//   min_mission_fte_development = { value = "0,5", from = 2027-01-01 }
//   [rules]
//   GARD-25PCT = false                     # switches a rule off
//
// Values go through the same parsers as the doctrine files (core::parse_money, parse_percent…).
ChangesOrErrors parse_changes_file(std::string_view toml_text, const std::string& file_name,
                                   const core::Doctrine& doctrine);
ChangesOrErrors load_changes_file(const std::filesystem::path& path,
                                  const core::Doctrine& doctrine);

}  // namespace maillage::app
