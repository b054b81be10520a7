#pragma once
#include <memory>
#include <optional>
#include <utility>
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
    PostCheck check;
  };
  // The doctrine's rules with their parameter values on one date.
  struct DatedRules {
    std::optional<DatedRule> funding;
    std::shared_ptr<const FundingExplanation::Rule> funding_reference;
    std::vector<std::pair<DatedRule, PostCheck>> post;
    std::vector<DatedRule> ctg;
  };

  DatedRules dated_rules(Date date) const;
  PostResult evaluate_post(const PortfolioIndex& index, const Post& post, Date date,
                           const DatedRules& rules) const;
  static void apply_funding_formula(const DatedRules& rules, const Post& post, Date date,
                                    PostResult& result);
  std::vector<CtgResult> evaluate_ctgs(const PortfolioIndex& index,
                                       const std::vector<PostResult>& posts,
                                       const DatedRules& rules) const;

  const Doctrine& doctrine_;
  std::vector<BoundRule> post_rules_;
  const Rule* funding_rule_ = nullptr;
  std::vector<const Rule*> ctg_rules_;
};

}  // namespace maillage::core
