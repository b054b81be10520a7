#pragma once
#include <nlohmann/json.hpp>

#include "app/funding_service.hpp"

namespace maillage::app {

// The funding report as JSON: `date`, `doctrine`, `posts` (id, territory, eligible_cost_cents,
// funding_cents, verdict, deadline, findings[rule, level, message, source]), `ctgs`, `totals`.
// Shared by the command line and, later, the HTTP API.
nlohmann::json to_json(const FundingReport& report);
nlohmann::json to_json(const core::Finding& finding);
nlohmann::json to_json(const core::PostResult& result, const CafFunding& caf);

}  // namespace maillage::app
