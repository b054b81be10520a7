#pragma once
#include <string_view>

#include "core/indicators.hpp"
#include "export/table.hpp"

namespace maillage::exports {

// How money columns are written: euros for people (typed € cells, "Financement Caf (€)"), integer
// cents for programs (`funding_cents`, the keys of `maillage indicators --format csv`).
enum class MoneyColumns { kEuros, kCents };

// One row per EPCI, then the département's totals row. With kCents the columns are exactly
// code, name, population, fte, fte_share_pct, population_share_pct, gap_pts, funding_cents,
// funding_per_fte_cents, structures, fte_per_structure, area_km2; with kEuros the money columns
// are euros and the posts, CTG and specifics follow. Area is written with two decimals of km²
// (hectares / 100) in an FTE-typed column: the "0,00" hundredths format is what it needs.
// Undefined values (no FTE, no structure, unknown area) are empty cells.
Table indicator_table(const core::DepartementIndicators& indicators, std::string_view caf_name,
                      MoneyColumns money);

// The typology of the posts (management, administrative agents, < 25 % of time): people, FTE and
// their shares.
Table typology_table(const core::DepartementIndicators& indicators);

}  // namespace maillage::exports
