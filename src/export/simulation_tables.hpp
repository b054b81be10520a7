#pragma once
#include <string>
#include <vector>

#include "core/doctrine_changes.hpp"
#include "core/simulation.hpp"
#include "export/table.hpp"

namespace maillage::exports {

// What a simulation export shows besides the comparison itself.
struct SimulationHeading {
  std::string caf_name;       // "Caf de la Charente"
  std::string doctrine_name;  // the doctrine in force
};

// The simulation as XLSX sheets: "Changements" (each parameter or rule changed, before/after,
// from when, cited source), "Territoires" (funding and funded FTE in force and simulated per
// territory, the Caf's budget as the totals row), "Postes modifiés" (verdicts, funding and the
// findings that differ).
std::vector<Table> simulation_tables(const SimulationHeading& heading,
                                     const std::vector<core::AppliedChange>& changes,
                                     const core::SimulationComparison& comparison);

// The same in one table for a CSV file: a `niveau` column says what each row is ("changement",
// "caf", "territoire", "poste"); numbers stay typed.
Table simulation_csv_table(const SimulationHeading& heading,
                           const std::vector<core::AppliedChange>& changes,
                           const core::SimulationComparison& comparison);

}  // namespace maillage::exports
