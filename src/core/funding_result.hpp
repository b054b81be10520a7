#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/finding.hpp"
#include "core/fte.hpp"
#include "core/money.hpp"

namespace maillage::core {

// The numbers of the funding formula for one post.
struct FundingFigures {
  Money cost;
  Fte mission;
  Fte holder;
  Money prorated_cost;
  Money ceiling_per_fte;
  Money ceiling_total;
  Money eligible_cost;
  Percent rate;
  Money funding;
  bool ceiling_on_cost = true;  // else the ceiling caps the funding
};

// The funding formula (exact, on integers), shared by the engine and the hint that says what
// would change the amount, so both use the same rounding. `holder` must not be zero.
FundingFigures compute_funding(Money cost, Fte mission, Fte holder, Percent rate,
                               Money ceiling_per_fte, bool ceiling_on_cost);

// Which bound of the formula sets the amount, and what would move it.
struct FundingLimits {
  bool capped = false;           // the ceiling binds: a higher cost would change nothing
  Money capped_funding;          // the funding once the ceiling binds, at this mission time
  Money capped_funding_per_fte;  // the same for one full mission FTE
  Money cost_to_cap;             // an annual cost from which the ceiling binds
  Money full_mission_funding;    // the funding at this cost if all the holder's time went to the
                                 // mission
};
FundingLimits funding_limits(const FundingFigures& figures);

// Where the post stands, for the formula's hint: funded (possibly with points to fix), excluded
// (the amount waits for the blocking points), or with facts to correct first (the amount is
// meaningless until then).
enum class FundingStanding { kFunded, kExcluded, kInputError };

// The funding formula's finding, kept as figures: its sentence is written only when shown
// (writing it for every post was half the cost of evaluating a portfolio).
struct FundingExplanation {
  // Shared by every post of one evaluation: a copy per post cost two allocations each.
  struct Rule {
    std::string id;
    std::string source;
  };
  std::shared_ptr<const Rule> rule;
  FundingFigures figures;
};

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
  std::optional<FundingExplanation> funding_explanation;
  std::vector<Finding> findings;  // every rule's finding but the funding formula's
};

// Every finding of a post with its sentence: the funding formula's first (with the hint saying
// which bound sets the amount), then the others.
std::vector<Finding> explained_findings(const PostResult& result);

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
