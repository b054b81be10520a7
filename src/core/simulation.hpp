#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/finding.hpp"
#include "core/fte.hpp"
#include "core/funding_result.hpp"
#include "core/money.hpp"
#include "core/portfolio.hpp"

namespace maillage::core {

// How many posts have each verdict.
struct VerdictCounts {
  int eligible = 0;
  int to_fix = 0;  // à mettre en conformité
  int excluded = 0;
};

// The whole portfolio under the doctrine in force and under the simulated one.
struct BudgetComparison {
  PortfolioTotals before;
  PortfolioTotals after;
  VerdictCounts verdicts_before;
  VerdictCounts verdicts_after;

  Money difference() const { return after.funding - before.funding; }
  Fte fte_difference() const { return after.fte_funded - before.fte_funded; }
};

// One territory at EPCI level: posts on a commune count for its EPCI.
struct TerritoryComparison {
  std::string code;  // EPCI code (or the post's own code when it has no known EPCI)
  std::string name;  // the code when the territory is unknown
  int posts = 0;
  Money funding_before;
  Money funding_after;
  Fte fte_before;
  Fte fte_after;

  Money difference() const { return funding_after - funding_before; }
  bool changed() const { return funding_before != funding_after || fte_before != fte_after; }
};

// A post whose verdict, funding, deadline or findings differ between the two evaluations.
struct PostChange {
  std::string post_id;
  std::string territory_code;  // the post's own (commune or EPCI)
  std::string territory_name;
  std::string epci_code;  // the territory it counts for in `territories`
  Verdict verdict_before = Verdict::kEligible;
  Verdict verdict_after = Verdict::kEligible;
  Money funding_before;
  Money funding_after;
  std::optional<Date> deadline_before;
  std::optional<Date> deadline_after;
  std::vector<Finding> findings_removed;  // only under the doctrine in force
  std::vector<Finding> findings_added;    // only under the simulated doctrine

  Money difference() const { return funding_after - funding_before; }
  bool verdict_changed() const { return verdict_before != verdict_after; }
};

// A CTG whose CTG-level findings (comité des chargés de coopération…) differ.
struct CtgChange {
  std::int64_t ctg_id = 0;
  std::string territory_code;
  std::string territory_name;
  std::vector<Finding> findings_removed;
  std::vector<Finding> findings_added;
};

// The doctrine in force against a simulated doctrine, on the same facts and date. Integer
// arithmetic only.
struct SimulationComparison {
  Date date;
  BudgetComparison budget;
  std::vector<TerritoryComparison> territories;  // every territory with a post, by name
  std::vector<PostChange> changed_posts;         // in the order of the evaluation
  std::vector<CtgChange> changed_ctgs;
  std::vector<std::string> notes;  // the simulated evaluation's remarks

  int verdict_changes() const;
};

// Compares two evaluations of the same posts on the same date (`in_force` under the stored
// doctrine, `simulated` under its changed copy). Posts are matched by id; the funding formula's
// explanation is not a finding, so a ceiling that binds differently shows as a funding change.
SimulationComparison compare_results(const PortfolioIndex& index, const PortfolioResult& in_force,
                                     const PortfolioResult& simulated);

}  // namespace maillage::core
