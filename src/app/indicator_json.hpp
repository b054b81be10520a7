#pragma once
#include <nlohmann/json.hpp>

#include "app/indicator_service.hpp"

namespace maillage::app {

// The indicators as JSON, numbers written from the exact integers: FTE 2.5, shares 16.95 (%), gap
// -4.34 (points), money in cents, area 1234.56 (km²); null where a value is not defined. Keys:
// caf, date, territories[] (code, name, population, fte, fte_share_pct, population_share_pct,
// gap_pts, funding_cents, funding_per_fte_cents, structures, fte_per_structure, area_km2, then
// posts, mission_fte, ctg_in_force, ctg_end, specifics), totals and typology.
nlohmann::json to_json(const CafIndicators& indicators);

}  // namespace maillage::app
