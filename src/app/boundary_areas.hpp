#pragma once
#include <string>
#include <vector>

#include "app/boundaries.hpp"
#include "core/territory.hpp"
#include "store/database.hpp"

namespace maillage::app {

// What filling the areas did.
struct BoundaryAreaReport {
  int computed = 0;  // territories of the database that have an outline
  int written = 0;   // areas set or changed (the others were already up to date)
  std::vector<core::Territory> kept_entered;      // an area typed by the Caf wins: left as is
  std::vector<core::Territory> without_boundary;  // EPCIs with no outline: no computed area
};

// Writes each territory's area computed from its outline (hectares, AreaSource::kBoundaries)
// into territory_profiles, in one transaction, unless the Caf entered one (AreaSource::kEntered).
// The areas are derived data, not someone's change: no audit entry, but the data generation
// moves so that cached portfolios reload.
BoundaryAreaReport fill_areas_from_boundaries(store::Database& database,
                                              const Boundaries& boundaries);

}  // namespace maillage::app
