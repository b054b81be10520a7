#pragma once
#include <ostream>

#include <nlohmann/json.hpp>

#include "app/simulation_service.hpp"

namespace maillage::cli {

// Terminal: the changes, the budget in force and simulated, each territory, each changed post
// with the findings that differ.
void print_simulation_table(std::ostream& out, const app::Simulation& simulation);
// One French CSV (`;`, BOM, CRLF) through exports::write_csv, rows by level.
void print_simulation_csv(std::ostream& out, const app::Simulation& simulation);
// Amounts in cents and FTE in hundredths (integers, exact), dates ISO.
nlohmann::json simulation_json(const app::Simulation& simulation);

}  // namespace maillage::cli
