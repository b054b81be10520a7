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

// Every finding of a post with its sentence: the funding formula's first, then the others.
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
