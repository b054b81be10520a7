#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/finding.hpp"
#include "core/fte.hpp"
#include "core/money.hpp"

namespace maillage::core {

// What the engine concludes for one post on one date.
struct PostResult {
  std::string post_id;
  std::string territory_code;
  std::optional<std::int64_t> ctg_id;
  Money eligible_cost;
  Money funding;
  Fte funded_fte;
  Verdict verdict = Verdict::kEligible;
  std::optional<Date> deadline;  // for a_mettre_en_conformite: the earliest deadline
  std::vector<Finding> findings;
};

// Findings about a CTG as a whole (several posts ⇒ a comité des chargés de coopération…).
struct CtgResult {
  std::int64_t ctg_id = 0;
  std::string territory_code;
  std::vector<Finding> findings;
};

struct PortfolioTotals {
  Money funding;
  Fte fte_funded;
  int posts = 0;
};

struct PortfolioResult {
  Date date;
  std::string doctrine_id;
  std::vector<PostResult> posts;
  std::vector<CtgResult> ctgs;
  PortfolioTotals totals;
  std::vector<std::string> notes;  // French remarks about the computation itself
};

}  // namespace maillage::core
