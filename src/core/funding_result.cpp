#include "core/funding_result.hpp"

#include <algorithm>

#include "core/messages_fr.hpp"

namespace maillage::core {

FundingFigures compute_funding(Money cost, Fte mission, Fte holder, Percent rate,
                               Money ceiling_per_fte, bool ceiling_on_cost) {
  FundingFigures figures;
  figures.cost = cost;
  figures.mission = mission;
  figures.holder = holder;
  figures.prorated_cost = scale(cost, mission.hundredths(), holder.hundredths());
  figures.ceiling_per_fte = ceiling_per_fte;
  figures.ceiling_total = scale(ceiling_per_fte, mission.hundredths(), 100);
  figures.rate = rate;
  figures.ceiling_on_cost = ceiling_on_cost;
  if (ceiling_on_cost) {
    figures.eligible_cost = std::min(figures.prorated_cost, figures.ceiling_total);
    figures.funding = scale(figures.eligible_cost, rate.basis_points(), 10000);
  } else {
    figures.eligible_cost = figures.prorated_cost;
    figures.funding =
        std::min(scale(figures.eligible_cost, rate.basis_points(), 10000), figures.ceiling_total);
  }
  return figures;
}

namespace {

Money funding_at_cost(const FundingFigures& f, Money cost, Fte mission) {
  return compute_funding(cost, mission, f.holder, f.rate, f.ceiling_per_fte, f.ceiling_on_cost)
      .funding;
}

// The annual cost from which the ceiling binds: ceiling × holder time on the cost, or that
// divided by the rate on the funding, rounded up to the cent — the figure a reader can check —
// then raised cent by cent if the formula's roundings need more.
Money cost_reaching_ceiling(const FundingFigures& f, Money capped_funding) {
  const std::int64_t rate = f.rate.basis_points();
  if (!f.ceiling_on_cost && rate == 0) return Money{};
  const std::int64_t numerator =
      f.ceiling_per_fte.cents() * f.holder.hundredths() * (f.ceiling_on_cost ? 1 : 100);
  const std::int64_t denominator = f.ceiling_on_cost ? 100 : rate;
  std::int64_t cents = (numerator + denominator - 1) / denominator;
  for (int step = 0; step < 100; ++step, ++cents) {
    if (funding_at_cost(f, Money::from_cents(cents), f.mission) >= capped_funding) break;
  }
  return Money::from_cents(cents);
}

}  // namespace

FundingLimits funding_limits(const FundingFigures& figures) {
  FundingLimits limits;
  // What the formula gives when the cost is no limit: the ceiling (or its share, when the
  // ceiling is on the cost). A zero rate never reaches a ceiling on the funding.
  const auto capped = [&](Money ceiling) {
    if (figures.ceiling_on_cost) return scale(ceiling, figures.rate.basis_points(), 10000);
    return figures.rate.basis_points() == 0 ? Money{} : ceiling;
  };
  limits.capped_funding = capped(figures.ceiling_total);
  limits.capped_funding_per_fte = capped(figures.ceiling_per_fte);
  // Judged on the amount, not on which operand of min() won: when rounding already gives the
  // capped amount, a higher cost would change nothing.
  limits.capped = figures.funding >= limits.capped_funding;
  limits.cost_to_cap = cost_reaching_ceiling(figures, limits.capped_funding);
  limits.full_mission_funding = funding_at_cost(figures, figures.cost, figures.holder);
  return limits;
}

std::vector<Finding> explained_findings(const PostResult& result) {
  std::vector<Finding> findings;
  findings.reserve(result.findings.size() + 1);
  if (const auto& funding = result.funding_explanation) {
    const bool input_error =
        std::any_of(result.findings.begin(), result.findings.end(),
                    [](const Finding& finding) { return finding.level == Level::kErreurSaisie; });
    const FundingStanding standing = input_error ? FundingStanding::kInputError
                                     : result.verdict == Verdict::kExclu
                                         ? FundingStanding::kExcluded
                                         : FundingStanding::kFunded;
    findings.push_back(
        {funding->rule->id, Level::kInfo, messages::funding_explained(funding->figures),
         funding->rule->source, std::nullopt,
         messages::funding_hint(funding->figures, funding_limits(funding->figures), standing)});
  }
  findings.insert(findings.end(), result.findings.begin(), result.findings.end());
  return findings;
}

}  // namespace maillage::core
