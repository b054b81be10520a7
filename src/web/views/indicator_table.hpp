#pragma once
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "core/indicators.hpp"

namespace maillage::web::views {

// The column the dashboard's indicator table is sorted by: "name", "ctg" or an indicator code
// (`core::code_of(Indicator)`), from `?tri=` and `?ordre=desc`. Unknown keys sort by name.
struct IndicatorSort {
  std::string key = "name";
  bool descending = false;
};
IndicatorSort parse_indicator_sort(const std::string& key, const std::string& order);

// The rows in that order; undefined values (no FTE, no structure, unknown area) always last,
// ties by name.
std::vector<const core::TerritoryIndicators*> sorted_rows(
    const core::DepartementIndicators& indicators, const IndicatorSort& sort);

// View model of templates/steering/indicator_table.mustache: caption, sortable headers (links
// "/pilotage?<base_query>&tri=…", aria-sort), one row per EPCI with its values, the totals row,
// and for each EPCI and the département the explanation of every value with its source.
// `base_query` carries the other parameters of the page (date, map), already URL-encoded, or "".
mstch::map indicator_table(const core::DepartementIndicators& indicators,
                           const std::string& caf_name, const IndicatorSort& sort,
                           const std::string& base_query);

// The key figures (funding, people, FTE, mean funding per FTE, population, CTGs in force).
mstch::array key_figures(const core::DepartementIndicators& indicators);

// The typology of the posts: one row per category with its explanation and the source.
mstch::map typology_view(const core::DepartementIndicators& indicators);

// The map's value of a row for an indicator, scaled as an integer (basis points, cents, FTE
// hundredths, hectares…); none when the row has no value. Specifics have none.
std::optional<std::int64_t> indicator_number(const core::TerritoryIndicators& row,
                                             core::Indicator indicator);
// Formats such a number as the indicator's values are written ("16,95 %", "24 000 €").
std::string format_indicator_number(core::Indicator indicator, std::int64_t value);

}  // namespace maillage::web::views
