#pragma once

#include <nlohmann/json.hpp>

#include "app/portfolio_query.hpp"
#include "app/portfolio_snapshot.hpp"
#include "core/convention.hpp"
#include "core/finding.hpp"
#include "core/funding_result.hpp"
#include "core/post.hpp"
#include "core/territory.hpp"

// The API's representations of records and results. Record fields carry the import columns'
// names; amounts are integer cents (`_centimes`), working time integer hundredths of an FTE
// (`_centiemes`), dates ISO strings, yes/no columns booleans (docs/decisions/004-json-api.md).
namespace maillage::web::api {

// The post's own fields, as a client sends them back (also the "current" of a 409).
nlohmann::json post_record_json(const core::Post& post);
// The fields plus the territory's name and the funding on the snapshot's date (null if closed).
nlohmann::json post_json(const core::Post& post, const app::PortfolioSnapshot& snapshot);
// Verdict, amounts and deadline of a post on a date.
nlohmann::json funding_summary_json(const core::PostResult& result, core::Date date);
nlohmann::json finding_json(const core::Finding& finding);
nlohmann::json findings_json(const std::vector<core::Finding>& findings);

nlohmann::json ctg_record_json(const core::Ctg& ctg);
// The fields plus the territory's name, last day and whether it is in force on `today`.
nlohmann::json ctg_json(const core::Ctg& ctg, const app::PortfolioSnapshot& snapshot,
                        core::Date today);

nlohmann::json territory_json(const core::Territory& territory);

// Counts and sums of a selection of posts.
nlohmann::json totals_json(const app::PortfolioSelection& selection);

}  // namespace maillage::web::api
