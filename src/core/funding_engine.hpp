#pragma once
#include <vector>

#include "core/convention.hpp"
#include "core/doctrine.hpp"
#include "core/funding_result.hpp"
#include "core/portfolio.hpp"
#include "core/post.hpp"
#include "core/rule_context.hpp"

namespace maillage::core {

// The rules engine: a pure function of (doctrine, facts, date). No clock, no I/O, no global state,
// so a changed doctrine (simulation) or another date (history) costs nothing more.
class FundingEngine {
 public:
  explicit FundingEngine(const Doctrine& doctrine);

  PostResult evaluate_post(const PortfolioIndex& index, const Post& post, Date date) const;
  // Every post, then the CTG-level rules over the posts of each CTG in force.
  PortfolioResult evaluate_portfolio(const PortfolioIndex& index, const std::vector<Post>& posts,
                                     Date date) const;

 private:
  struct BoundRule {
    const Rule* rule;
    PostCheck check;  // nullptr for the funding formula and CTG-level rules
  };

  void apply_funding_formula(const Rule& rule, const Post& post, Date date,
                             PostResult& result) const;
  std::vector<CtgResult> evaluate_ctgs(const PortfolioIndex& index,
                                       const std::vector<PostResult>& posts, Date date) const;

  const Doctrine& doctrine_;
  std::vector<BoundRule> post_rules_;
  const Rule* funding_rule_ = nullptr;
  std::vector<const Rule*> ctg_rules_;
};

}  // namespace maillage::core
