#pragma once
#include <ostream>

#include "app/funding_service.hpp"

namespace maillage::cli {

// Terminal table: one row per post, its reasons underneath, totals per Caf and overall.
void print_funding_table(std::ostream& out, const app::FundingReport& report);
// CSV for French spreadsheets: `;`, decimal comma, UTF-8 with BOM.
void print_funding_csv(std::ostream& out, const app::FundingReport& report);
// Every finding of one post, with its numbers and the cited source.
void print_explanation(std::ostream& out, const app::PostExplanation& explanation);

}  // namespace maillage::cli
