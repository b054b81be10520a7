#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/fte.hpp"
#include "core/indicators.hpp"
#include "core/money.hpp"
#include "core/source.hpp"

namespace maillage::core {

// A redeployment proposal: a total FTE spread over a Caf's EPCIs so that each one's share of the
// FTE comes closer to its share of the population (and, if asked, of the family-service
// structures). The Gard doctrine bases "d'éventuels redéploiements ou développements" on its
// regulation indicators (001_10d59468317a00ab.txt, "LES INDICATEURS DE RÉGULATION"); the
// fourth one, the gap between FTE share and population share, is what the proposal reduces.
// A proposal is only a proposal: it never changes posts or funding.

struct RedeploymentSettings {
  Fte total;                  // FTE to spread, a multiple of `step`
  Percent structures_weight;  // 0 … 100 %: weight of the structures' share in the target
  Fte floor = Fte::from_hundredths(50);  // least FTE of a territory with a CTG in force
  Fte step = Fte::from_hundredths(5);    // every proposed FTE is a multiple of it
  std::optional<Fte> max_change;         // most FTE a territory may gain or lose
  bool ctg_only = false;                 // only territories with a CTG in force receive FTE
};

// The floor's source: the Gard doctrine asks for "nouveau poste à minima à 0.5 ETP".
Source redeployment_floor_source();

// Why no proposal can be made with these settings; `needed` is the floors' (or the limits')
// total when that is the reason.
enum class RedeploymentRefusal {
  kStepZero,
  kTotalNotOnStep,
  kFloorNotOnStep,
  kWeightAbove100,
  kNoTerritory,
  kTotalBelowFloors,
  kTotalAboveLimits,
};

// How the target shares were obtained when the settings could not be followed as they are.
enum class TargetBasis {
  kWeighted,        // population and structures as weighted
  kPopulationOnly,  // structures weighted but none is recorded
  kStructuresOnly,  // no population known, structures recorded
  kEqual,           // neither: equal shares between the territories that may receive FTE
};

struct RedeploymentProposal {
  std::optional<RedeploymentRefusal> refusal;
  // kTotalBelowFloors: the least placeable (floors and limits); kTotalAboveLimits: the most.
  Fte needed;
  TargetBasis basis = TargetBasis::kWeighted;
  // Aligned with the territories given.
  std::vector<Fte> proposed;
  std::vector<Percent> target_shares;  // of the whole département, before floors and limits
  std::vector<bool> receives;          // may receive FTE (all, or those with a CTG in force)
  Fte floors_total;              // floor × territories with a CTG in force that may receive FTE
  int territories_at_floor = 0;  // raised to their floor (or their lower limit)
  int territories_at_limit = 0;  // held by the change limit
};

// Proposes per-territory FTE summing exactly to `settings.total`. Each territory's share of the
// total follows its target share, (100 − w) % of its population share + w % of its structures
// share, with the floor for territories with a CTG, the change limits, then rounded to the step
// by largest remainder (ties: the larger target, then the order given). Integers only.
RedeploymentProposal propose_redeployment(std::span<const TerritoryIndicators> territories,
                                          const RedeploymentSettings& settings);

// The indicators before and after: `after` is `before` with each territory's funded FTE set to
// `allocation` (aligned with `before.territories`) and its funding estimated (below), derived
// again. Sums of absolute gaps in basis points of a percent.
struct RedeploymentComparison {
  DepartementIndicators before;
  DepartementIndicators after;
  std::int64_t gap_sum_before = 0;
  std::int64_t gap_sum_after = 0;
  int territories_changed = 0;
};

// Funding after: unchanged where the FTE is; else the territory's own funding per FTE times its
// new FTE; for a territory without funded FTE today, `cost_per_fte` times it (zero without it).
RedeploymentComparison compare_redeployment(const DepartementIndicators& before,
                                            std::span<const Fte> allocation,
                                            std::optional<Money> cost_per_fte);

// Σ |gap| over the territories, in basis points.
std::int64_t absolute_gap_sum(const DepartementIndicators& indicators);

// The FTE a budget pays for at `cost_per_fte`, rounded down to the step (never over budget).
Fte fte_for_budget(Money budget, Money cost_per_fte, Fte step);

}  // namespace maillage::core
