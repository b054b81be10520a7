#include "core/funding_engine.hpp"

#include <algorithm>
#include <map>

#include "core/messages_fr.hpp"
#include "core/rule_context.hpp"

namespace maillage::core {

namespace {

namespace msg = messages;

bool in_scope(const Rule& rule, const Post& post) {
  switch (rule.scope) {
    case Scope::kAll:
      return true;
    case Scope::kExisting:
      return post.status == PostStatus::kExistant;
    case Scope::kCreated:
      return post.status == PostStatus::kCreation;
  }
  return true;
}

// The first CTG signed as a renewal on or after the doctrine's renewal phase start.
const Ctg* renewed_ctg(const PostContext& context, Date phase_start) {
  for (const Ctg* ctg : context.ctgs) {
    if (ctg->renewal && ctg->start >= phase_start) return ctg;
  }
  return nullptr;
}

// Gives a finding the deadline the engine infers (end of the CTG, phase) and says it in the hint,
// which the rule's check wrote without knowing it.
void set_deadline(Finding& finding, Date deadline) {
  finding.deadline = deadline;
  if (!finding.remedy.empty()) finding.remedy += msg::remedy_deadline(deadline);
}

// Turns a rule's outcome into a finding, given the rule's phase. A rule whose phase has not come
// yet announces what the post must change and by when, instead of excluding it today.
std::optional<Finding> phased_finding(const DatedRule& dated, const PostContext& context,
                                      RuleOutcome outcome) {
  const Rule& rule = *dated.rule;
  Finding finding{rule.id,
                  outcome.level.value_or(rule.outcome),
                  std::move(outcome.message),
                  dated.citation,
                  outcome.deadline,
                  std::move(outcome.remedy)};
  if (!outcome.phased || rule.phase == Phase::kImmediate) {
    if (finding.level == Level::kMiseEnConformite && !finding.deadline && context.ctg) {
      set_deadline(finding, context.ctg->end);
    }
    return finding;
  }
  const Date* phase_start = dated.parameter<Date>("phase_start");
  if (phase_start == nullptr) {
    finding.level = Level::kAvertissement;
    finding.message += " " + msg::parameter_undefined("phase_start", context.date);
    return finding;
  }
  const Ctg* renewed = renewed_ctg(context, *phase_start);
  if (rule.phase == Phase::kRenewal) {
    if (renewed != nullptr && renewed == context.ctg) return finding;
    if (renewed != nullptr && context.ctg == nullptr) return finding;
    if (renewed != nullptr && context.ctg->start > renewed->start) return finding;
    // Not renewed yet: the rule will bite at the renewal, when the current CTG ends.
    if (finding.level != Level::kExclusion || context.ctg == nullptr) return std::nullopt;
    finding.level = Level::kMiseEnConformite;
    set_deadline(finding, context.ctg->end);
    finding.message += msg::applies_at_renewal(context.ctg->end);
    return finding;
  }
  // Phase::kEndOfRenewedCtg
  if (renewed != nullptr && context.date > renewed->end) return finding;
  if (finding.level != Level::kExclusion) return std::nullopt;
  if (renewed == nullptr) {
    finding.level = Level::kAvertissement;
    finding.message += msg::applies_after_future_renewed_ctg();
    return finding;
  }
  finding.level = Level::kMiseEnConformite;
  set_deadline(finding, renewed->end);
  finding.message += msg::applies_after_renewed_ctg(renewed->end);
  return finding;
}

void settle_verdict(PostResult& result, Fte mission_fte) {
  Level worst = Level::kInfo;
  for (const auto& finding : result.findings) worst = std::max(worst, finding.level);
  if (worst >= Level::kExclusion) {
    result.verdict = Verdict::kExclu;
    result.eligible_cost = Money{};
    result.funding = Money{};
    result.funded_fte = Fte{};
    return;
  }
  result.funded_fte = mission_fte;
  if (worst == Level::kMiseEnConformite) {
    result.verdict = Verdict::kAMettreEnConformite;
    for (const auto& finding : result.findings) {
      if (finding.level != Level::kMiseEnConformite || !finding.deadline) continue;
      if (!result.deadline || *finding.deadline < *result.deadline) {
        result.deadline = finding.deadline;
      }
    }
    return;
  }
  result.verdict = Verdict::kEligible;
}

}  // namespace

FundingEngine::FundingEngine(const Doctrine& doctrine) : doctrine_(doctrine) {
  for (const auto& rule : doctrine.rules) {
    if (rule.kind == "funding_formula") {
      funding_rule_ = &rule;
    } else if (const PostCheck check = find_post_check(rule.kind)) {
      post_rules_.push_back({&rule, check});
    } else {
      ctg_rules_.push_back(&rule);
    }
  }
}

void FundingEngine::apply_funding_formula(const DatedRules& rules, const Post& post, Date date,
                                          PostResult& result) {
  const DatedRule& dated = *rules.funding;
  const Rule& rule = *dated.rule;
  const Percent* rate = dated.parameter<Percent>("rate");
  const Money* ceiling = dated.parameter<Money>("ceiling_per_fte");
  if (rate == nullptr || ceiling == nullptr || post.holder_fte.is_zero()) {
    const auto missing = rate == nullptr ? "rate" : "ceiling_per_fte";
    if (!post.holder_fte.is_zero()) {
      result.findings.push_back(
          {rule.id, Level::kErreurSaisie,
           msg::parameter_undefined(dated.parameter_id(missing), date), dated.citation,
           std::nullopt, msg::remedy_parameter_undefined(dated.parameter_id(missing), date)});
    }
    return;
  }
  const FundingFigures figures =
      compute_funding(post.annual_cost, post.mission_fte, post.holder_fte, *rate, *ceiling,
                      rule.ceiling_base == CeilingBase::kCost);
  result.eligible_cost = figures.eligible_cost;
  result.funding = figures.funding;
  result.funding_explanation = FundingExplanation{rules.funding_reference, figures};
}

FundingEngine::DatedRules FundingEngine::dated_rules(Date date) const {
  DatedRules rules;
  if (funding_rule_ != nullptr) {
    rules.funding = date_rule(*funding_rule_, doctrine_, date);
    rules.funding_reference = std::make_shared<const FundingExplanation::Rule>(
        FundingExplanation::Rule{funding_rule_->id, rules.funding->citation});
  }
  for (const auto& bound : post_rules_) {
    rules.post.emplace_back(date_rule(*bound.rule, doctrine_, date), bound.check);
  }
  for (const Rule* rule : ctg_rules_) rules.ctg.push_back(date_rule(*rule, doctrine_, date));
  return rules;
}

PostResult FundingEngine::evaluate_post(const PortfolioIndex& index, const Post& post,
                                        Date date) const {
  return evaluate_post(index, post, date, dated_rules(date));
}

PostResult FundingEngine::evaluate_post(const PortfolioIndex& index, const Post& post, Date date,
                                        const DatedRules& rules) const {
  PostResult result;
  result.post_id = post.id;
  result.territory_code = post.territory_code;
  const Territory* territory = index.territory(post.territory_code);
  if (territory == nullptr) {
    result.findings.push_back({"TERRITOIRE", Level::kErreurSaisie,
                               msg::unknown_territory(post.territory_code), "", std::nullopt,
                               msg::remedy_unknown_territory(post.territory_code)});
    settle_verdict(result, post.mission_fte);
    return result;
  }
  const auto& ctgs = index.ctgs_covering(*territory);
  const Ctg* ctg = ctg_in_force(ctgs, date);
  if (ctg != nullptr) result.ctg_id = ctg->id;
  const Territory* epci = territory->epci_code ? index.territory(*territory->epci_code) : nullptr;
  const PostContext context{doctrine_, date, post, territory, epci, ctgs, ctg};

  if (rules.funding) apply_funding_formula(rules, post, date, result);
  for (const auto& [dated, check] : rules.post) {
    if (!in_scope(*dated.rule, post)) continue;
    auto outcome = check(dated, context);
    if (!outcome) continue;
    if (auto finding = phased_finding(dated, context, std::move(*outcome))) {
      result.findings.push_back(std::move(*finding));
    }
  }
  settle_verdict(result, post.mission_fte);
  return result;
}

std::vector<CtgResult> FundingEngine::evaluate_ctgs(const PortfolioIndex& index,
                                                    const std::vector<PostResult>& posts,
                                                    const DatedRules& rules) const {
  std::vector<CtgResult> results;
  if (rules.ctg.empty()) return results;
  // Co-funded posts per CTG in force (excluded posts are not co-funded).
  std::map<std::int64_t, std::pair<std::string, int>> funded_per_ctg;
  for (const auto& post : posts) {
    if (!post.ctg_id || post.verdict == Verdict::kExclu) continue;
    auto& entry = funded_per_ctg[*post.ctg_id];
    if (entry.first.empty()) {
      for (const Ctg* ctg : index.ctgs_covering(post.territory_code)) {
        if (ctg->id == *post.ctg_id) entry.first = ctg->territory_code;
      }
    }
    ++entry.second;
  }
  for (const auto& [ctg_id, entry] : funded_per_ctg) {
    CtgResult ctg_result{ctg_id, entry.first, {}};
    const Territory* territory = index.territory(entry.first);
    for (const auto& dated : rules.ctg) {
      const int* min_posts = dated.parameter<int>("min_posts");
      if (dated.rule->kind != "cooperation_committee" || min_posts == nullptr) continue;
      if (entry.second < *min_posts) continue;
      const std::string& name = territory ? territory->name : entry.first;
      ctg_result.findings.push_back(
          {dated.rule->id, dated.rule->outcome,
           msg::cooperation_committee_required(entry.second, name), dated.citation, std::nullopt,
           msg::remedy_cooperation_committee(entry.second, name, *min_posts)});
    }
    if (!ctg_result.findings.empty()) results.push_back(std::move(ctg_result));
  }
  return results;
}

PortfolioResult FundingEngine::evaluate_portfolio(const PortfolioIndex& index,
                                                  const std::vector<Post>& posts, Date date) const {
  PortfolioResult result;
  result.date = date;
  result.doctrine_id = doctrine_.id;
  result.posts.reserve(posts.size());
  const DatedRules rules = dated_rules(date);
  for (const auto& post : posts) {
    result.posts.push_back(evaluate_post(index, post, date, rules));
    const auto& evaluated = result.posts.back();
    result.totals.funding += evaluated.funding;
    result.totals.fte_funded += evaluated.funded_fte;
    ++result.totals.posts;
  }
  result.ctgs = evaluate_ctgs(index, result.posts, rules);
  if (date < doctrine_.valid_from) {
    result.notes.push_back(msg::note_before_valid_from(doctrine_.valid_from, date));
  }
  if (date > doctrine_.last_checked) {
    result.notes.push_back(msg::note_past_last_checked(doctrine_.last_checked, date));
  }
  return result;
}

}  // namespace maillage::core
