#include "core/redeployment.hpp"

#include <algorithm>
#include <numeric>

namespace maillage::core {

namespace {

// Weights multiply populations (up to millions) by structure counts and basis points, and the
// search multiplies them again by step counts: 128 bits keep every product exact.
using Wide = __int128;

constexpr std::int64_t kNoLimit = -1;

// One territory in units of steps: its weight and the bounds of what it may receive.
struct Item {
  Wide weight = 0;
  std::int64_t low = 0;
  std::int64_t high = kNoLimit;
};

// λ = numerator / denominator (denominator > 0).
struct Ratio {
  Wide numerator = 0;
  Wide denominator = 1;
};

bool less(const Ratio& left, const Ratio& right) {
  return left.numerator * right.denominator < right.numerator * left.denominator;
}

// Σ clamp(λ × weight, low, high) ≥ steps, all scaled by λ's denominator.
bool reaches(const std::vector<Item>& items, const Ratio& lambda, std::int64_t steps) {
  Wide sum = 0;
  for (const auto& item : items) {
    Wide value = lambda.numerator * item.weight;
    value = std::max(value, Wide{item.low} * lambda.denominator);
    if (item.high != kNoLimit) value = std::min(value, Wide{item.high} * lambda.denominator);
    sum += value;
  }
  return sum >= Wide{steps} * lambda.denominator;
}

std::int64_t ceil_div(std::int64_t value, std::int64_t divisor) {
  return value <= 0 ? 0 : (value + divisor - 1) / divisor;
}

Percent wide_share(Wide part, Wide whole) {
  if (whole == 0) return Percent{};
  return Percent::from_basis_points(static_cast<int>((part * 10000 + whole / 2) / whole));
}

std::optional<RedeploymentRefusal> check_settings(std::size_t count,
                                                  const RedeploymentSettings& settings) {
  const int step = settings.step.hundredths();
  if (step <= 0) return RedeploymentRefusal::kStepZero;
  if (settings.structures_weight.basis_points() < 0 ||
      settings.structures_weight.basis_points() > 10000) {
    return RedeploymentRefusal::kWeightAbove100;
  }
  if (settings.total.hundredths() < 0 || settings.total.hundredths() % step != 0) {
    return RedeploymentRefusal::kTotalNotOnStep;
  }
  if (settings.floor.hundredths() < 0 || settings.floor.hundredths() % step != 0) {
    return RedeploymentRefusal::kFloorNotOnStep;
  }
  if (count == 0) return RedeploymentRefusal::kNoTerritory;
  return std::nullopt;
}

// Target weights: (100 − w) % × population / P + w % × structures / S, times P × S × 10 000 so
// that they are integers. Falls back when one side (or both) is unknown.
std::vector<Wide> target_weights(std::span<const TerritoryIndicators> territories,
                                 const RedeploymentSettings& settings, TargetBasis& basis) {
  Wide population = 0;
  Wide structures = 0;
  for (const auto& territory : territories) {
    population += std::max(0L, territory.population);
    structures += std::max(0, territory.structures);
  }
  const int weight = settings.structures_weight.basis_points();
  Wide population_part = population > 0 ? 10000 - weight : 0;
  Wide structures_part = structures > 0 ? weight : 0;
  basis = TargetBasis::kWeighted;
  if (population_part == 0 && structures_part == 0) {
    if (population > 0) {
      population_part = 10000;
      basis = TargetBasis::kPopulationOnly;
    } else if (structures > 0) {
      structures_part = 10000;
      basis = TargetBasis::kStructuresOnly;
    } else {
      basis = TargetBasis::kEqual;
    }
  } else if (population == 0 && weight < 10000) {
    basis = TargetBasis::kStructuresOnly;
  } else if (structures == 0 && weight > 0) {
    basis = TargetBasis::kPopulationOnly;
  }
  std::vector<Wide> weights;
  for (const auto& territory : territories) {
    if (basis == TargetBasis::kEqual) {
      weights.push_back(1);
      continue;
    }
    weights.push_back(
        population_part * std::max(0L, territory.population) * std::max(structures, Wide{1}) +
        structures_part * std::max(0, territory.structures) * std::max(population, Wide{1}));
  }
  return weights;
}

// The items' bounds in steps: the floor for a territory with a CTG, the change limit around
// today's FTE; nothing for a territory that may not receive FTE.
std::vector<Item> bounded_items(std::span<const TerritoryIndicators> territories,
                                const RedeploymentSettings& settings,
                                const std::vector<bool>& receives) {
  const std::int64_t step = settings.step.hundredths();
  std::vector<Item> items(territories.size());
  for (std::size_t i = 0; i < territories.size(); ++i) {
    Item& item = items[i];
    if (!receives[i]) {
      item.high = 0;
      continue;
    }
    if (territories[i].ctg_in_force) item.low = settings.floor.hundredths() / step;
    if (settings.max_change) {
      const std::int64_t current = territories[i].fte.hundredths();
      const std::int64_t change = settings.max_change->hundredths();
      item.low = std::max(item.low, ceil_div(current - change, step));
      // Where the floor asks more than the limit allows, the floor wins.
      item.high = std::max(item.low, (current + change) / step);
    }
  }
  return items;
}

// The exact quotas, clamp(λ × weight, low, high) summing to `steps`, rounded to whole steps by
// largest remainder. False when the bounds cannot hold `steps`.
bool apportion(std::vector<Item>& items, std::int64_t steps, std::vector<std::int64_t>& result,
               RedeploymentProposal& proposal) {
  std::vector<Ratio> points;
  for (const auto& item : items) {
    if (item.weight <= 0) continue;
    points.push_back({item.low, item.weight});
    if (item.high != kNoLimit) points.push_back({item.high, item.weight});
  }
  std::sort(points.begin(), points.end(), less);
  // The first breakpoint where the sum reaches the total; λ lies just below it.
  const auto upper = std::partition_point(points.begin(), points.end(), [&](const Ratio& point) {
    return !reaches(items, point, steps);
  });
  const Ratio lower = upper == points.begin() ? Ratio{0, 1} : *(upper - 1);
  enum class State { kLow, kHigh, kFree };
  std::vector<State> states(items.size(), State::kLow);
  Wide rest = steps;
  Wide free_weight = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    if (item.weight <= 0 || (upper != points.end() && !less({item.low, item.weight}, *upper))) {
      states[i] = State::kLow;
      rest -= item.low;
    } else if (item.high != kNoLimit && !less(lower, {item.high, item.weight})) {
      states[i] = State::kHigh;
      rest -= item.high;
    } else {
      states[i] = State::kFree;
      free_weight += item.weight;
    }
  }
  if (rest < 0 || (free_weight == 0 && rest != 0)) return false;
  result.assign(items.size(), 0);
  std::vector<std::pair<Wide, std::size_t>> remainders;
  Wide placed = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (states[i] == State::kFree) {
      const Wide quota = rest * items[i].weight;
      result[i] = static_cast<std::int64_t>(quota / free_weight);
      remainders.emplace_back(quota % free_weight, i);
    } else {
      result[i] = states[i] == State::kLow ? items[i].low : items[i].high;
      if (states[i] == State::kLow && items[i].low > 0) {
        ++proposal.territories_at_floor;
      }
      if (states[i] == State::kHigh) ++proposal.territories_at_limit;
    }
    placed += result[i];
  }
  std::stable_sort(remainders.begin(), remainders.end(), [&](const auto& left, const auto& right) {
    if (left.first != right.first) return left.first > right.first;
    return items[left.second].weight > items[right.second].weight;
  });
  for (std::size_t k = 0; placed < steps && k < remainders.size(); ++k, ++placed) {
    ++result[remainders[k].second];
  }
  return placed == steps;
}

}  // namespace

Source redeployment_floor_source() {
  return {"001_10d59468317a00ab.txt", "LA DOCTRINE DE MISE EN CONFORMITÉ",
          "Au développement de nouveau poste à minima à 0.5 ETP de chargé de coopération."};
}

RedeploymentProposal propose_redeployment(std::span<const TerritoryIndicators> territories,
                                          const RedeploymentSettings& settings) {
  RedeploymentProposal proposal;
  if (const auto refusal = check_settings(territories.size(), settings)) {
    proposal.refusal = refusal;
    return proposal;
  }
  const std::int64_t step = settings.step.hundredths();
  const std::int64_t steps = settings.total.hundredths() / step;
  for (const auto& territory : territories) {
    proposal.receives.push_back(!settings.ctg_only || territory.ctg_in_force);
  }
  std::vector<Wide> weights = target_weights(territories, settings, proposal.basis);
  const Wide weight_sum = std::accumulate(weights.begin(), weights.end(), Wide{0});
  for (const Wide weight : weights)
    proposal.target_shares.push_back(wide_share(weight, weight_sum));

  std::vector<Item> items = bounded_items(territories, settings, proposal.receives);
  Wide receiving_weight = 0;
  std::int64_t lows = 0;  // floors, and the change limits' lower bounds
  int with_floor = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (proposal.receives[i]) items[i].weight = weights[i];
    receiving_weight += items[i].weight;
    lows += items[i].low;
    if (proposal.receives[i] && territories[i].ctg_in_force) ++with_floor;
  }
  proposal.floors_total = Fte::from_hundredths(settings.floor.hundredths() * with_floor);
  if (lows > steps) {
    proposal.refusal = RedeploymentRefusal::kTotalBelowFloors;
    proposal.needed = Fte::from_hundredths(static_cast<int>(lows * step));
    return proposal;
  }
  const bool anyone_receives = std::find(proposal.receives.begin(), proposal.receives.end(),
                                         true) != proposal.receives.end();
  if (!anyone_receives && steps > 0) {
    proposal.refusal = RedeploymentRefusal::kNoTerritory;
    return proposal;
  }
  if (receiving_weight == 0) {
    // Those who may receive have neither population nor structure: share equally between them.
    proposal.basis = TargetBasis::kEqual;
    for (std::size_t i = 0; i < items.size(); ++i) items[i].weight = proposal.receives[i] ? 1 : 0;
  }
  std::vector<std::int64_t> result;
  if (!apportion(items, steps, result, proposal)) {
    std::int64_t most = 0;
    for (const auto& item : items) most += item.high == kNoLimit ? 0 : item.high;
    proposal.refusal = RedeploymentRefusal::kTotalAboveLimits;
    proposal.needed = Fte::from_hundredths(static_cast<int>(most * step));
    return proposal;
  }
  for (const std::int64_t value : result) {
    proposal.proposed.push_back(Fte::from_hundredths(static_cast<int>(value * step)));
  }
  return proposal;
}

std::int64_t absolute_gap_sum(const DepartementIndicators& indicators) {
  std::int64_t sum = 0;
  for (const auto& row : indicators.territories) sum += std::abs(row.gap_basis_points);
  return sum;
}

RedeploymentComparison compare_redeployment(const DepartementIndicators& before,
                                            std::span<const Fte> allocation,
                                            std::optional<Money> cost_per_fte) {
  RedeploymentComparison comparison;
  comparison.before = before;
  comparison.after = before;
  for (std::size_t i = 0; i < comparison.after.territories.size() && i < allocation.size(); ++i) {
    TerritoryIndicators& row = comparison.after.territories[i];
    const Fte next = allocation[i];
    if (next == row.fte) continue;
    ++comparison.territories_changed;
    if (row.fte.hundredths() > 0) {
      row.funding = scale(row.funding, next.hundredths(), row.fte.hundredths());
    } else {
      row.funding = cost_per_fte ? scale(*cost_per_fte, next.hundredths(), 100) : Money{};
    }
    row.fte = next;
  }
  derive_indicators(comparison.after);
  comparison.gap_sum_before = absolute_gap_sum(comparison.before);
  comparison.gap_sum_after = absolute_gap_sum(comparison.after);
  return comparison;
}

Fte fte_for_budget(Money budget, Money cost_per_fte, Fte step) {
  if (cost_per_fte.cents() <= 0 || budget.cents() <= 0 || step.hundredths() <= 0) return Fte{};
  const std::int64_t hundredths = budget.cents() * 100 / cost_per_fte.cents();
  return Fte::from_hundredths(static_cast<int>(hundredths - hundredths % step.hundredths()));
}

}  // namespace maillage::core
