#pragma once

#include <cstddef>

#include <mstch/mstch.hpp>

#include "app/portfolio_query.hpp"
#include "export/table.hpp"

namespace maillage::web::views {

// {"rows": […], "totals": {…}, "count": …} for rows [offset, offset + limit).
mstch::map portfolio_table(const app::PortfolioSelection& selection, std::size_t offset,
                           std::size_t limit);

// One row per post with typed cells: numbers stay numbers in the spreadsheet.
exports::Table portfolio_export_table(const app::PortfolioSelection& selection, core::Date date);

// {label, css} of a post's verdict.
mstch::map verdict_badge(core::Verdict verdict);

}  // namespace maillage::web::views
