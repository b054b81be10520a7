// The redeployment proposal on hand-computed examples: proportional shares, floors, structures,
// change limits, rounding that still sums exactly, and every refusal.
#include "core/redeployment.hpp"

#include <gtest/gtest.h>

#include <numeric>

#include "core/redeployment_messages_fr.hpp"

namespace maillage::core {
namespace {

Fte fte(int hundredths) {
  return Fte::from_hundredths(hundredths);
}

TerritoryIndicators territory(std::string code, long population, int structures = 0,
                              int current = 0, bool ctg = true) {
  TerritoryIndicators row;
  row.code = code;
  row.name = "Territoire " + code;
  row.population = population;
  row.structures = structures;
  row.fte = fte(current);
  row.ctg_in_force = ctg;
  return row;
}

RedeploymentSettings settings(int total, int floor = 0) {
  RedeploymentSettings out;
  out.total = fte(total);
  out.floor = fte(floor);
  return out;
}

std::vector<int> hundredths(const RedeploymentProposal& proposal) {
  std::vector<int> out;
  for (const Fte value : proposal.proposed) out.push_back(value.hundredths());
  return out;
}

int sum(const std::vector<int>& values) {
  return std::accumulate(values.begin(), values.end(), 0);
}

TEST(Redeployment, SharesTheTotalInProportionToPopulation) {
  // 50 / 30 / 20 % of the people, 10 ETP: 5, 3 and 2 ETP.
  const std::vector rows{territory("A", 50000), territory("B", 30000), territory("C", 20000)};
  const auto proposal = propose_redeployment(rows, settings(1000));
  ASSERT_FALSE(proposal.refusal);
  EXPECT_EQ(hundredths(proposal), (std::vector{500, 300, 200}));
  EXPECT_EQ(proposal.target_shares[0].basis_points(), 5000);
  EXPECT_EQ(proposal.target_shares[2].basis_points(), 2000);
  EXPECT_EQ(proposal.basis, TargetBasis::kWeighted);
}

TEST(Redeployment, RaisesTerritoriesWithACtgToTheFloorAndSharesTheRest) {
  // 80 / 15 / 5 %, 4 ETP in steps of 0,05 (80 steps), floor 0,5 ETP (10 steps) each.
  // Proportional: 64 / 12 / 4 steps; C is raised to 10; the other 70 steps go 80:15 to A and B:
  // 58,95 and 11,05 → 58 and 11, and the last step to A's larger remainder: 2,95 / 0,55 / 0,5.
  const std::vector rows{territory("A", 80000), territory("B", 15000), territory("C", 5000)};
  const auto proposal = propose_redeployment(rows, settings(400, 50));
  ASSERT_FALSE(proposal.refusal);
  EXPECT_EQ(hundredths(proposal), (std::vector{295, 55, 50}));
  EXPECT_EQ(proposal.floors_total, fte(150));
  EXPECT_EQ(proposal.territories_at_floor, 1);
}

TEST(Redeployment, GivesNoFloorToATerritoryWithoutCtg) {
  const std::vector rows{territory("A", 80000), territory("B", 15000),
                         territory("C", 5000, 0, 0, false)};
  const auto proposal = propose_redeployment(rows, settings(400, 50));
  ASSERT_FALSE(proposal.refusal);
  // 64 / 12 / 4 steps: C keeps its proportional 0,2 ETP, no floor.
  EXPECT_EQ(hundredths(proposal), (std::vector{320, 60, 20}));
}

TEST(Redeployment, CanReserveTheFteToTerritoriesWithACtg) {
  auto options = settings(400);
  options.ctg_only = true;
  const std::vector rows{territory("A", 60000), territory("B", 20000),
                         territory("C", 20000, 0, 0, false)};
  const auto proposal = propose_redeployment(rows, options);
  ASSERT_FALSE(proposal.refusal);
  EXPECT_EQ(hundredths(proposal), (std::vector{300, 100, 0}));
  EXPECT_EQ(proposal.target_shares[2].basis_points(), 2000);  // its target is still shown
  EXPECT_FALSE(proposal.receives[2]);
}

TEST(Redeployment, WeighsStructuresAgainstPopulation) {
  // Population 50 / 50 %, structures 1 / 3 (25 / 75 %), weight 50 %: targets 37,5 / 62,5 %.
  // 8 ETP: 3 and 5 ETP.
  auto options = settings(800);
  options.structures_weight = Percent::from_basis_points(5000);
  const std::vector rows{territory("A", 10000, 1), territory("B", 10000, 3)};
  const auto proposal = propose_redeployment(rows, options);
  ASSERT_FALSE(proposal.refusal);
  EXPECT_EQ(proposal.target_shares[0].basis_points(), 3750);
  EXPECT_EQ(hundredths(proposal), (std::vector{300, 500}));
}

TEST(Redeployment, FallsBackOnPopulationWhenNoStructureIsRecorded) {
  auto options = settings(1000);
  options.structures_weight = Percent::from_basis_points(2500);
  const std::vector rows{territory("A", 70000), territory("B", 30000)};
  const auto proposal = propose_redeployment(rows, options);
  ASSERT_FALSE(proposal.refusal);
  EXPECT_EQ(proposal.basis, TargetBasis::kPopulationOnly);
  EXPECT_EQ(hundredths(proposal), (std::vector{700, 300}));
  const auto method = messages::redeployment_method(options, proposal);
  EXPECT_NE(method.front().find("Aucune structure"), std::string::npos);
}

TEST(Redeployment, RoundsByLargestRemainderAndSumsExactly) {
  // Three equal territories, 10 ETP in steps of 0,05: 66,67 steps each. Two get the extra step
  // (equal remainders, equal targets: the order given), and the total is exactly 10 ETP.
  const std::vector rows{territory("A", 1000), territory("B", 1000), territory("C", 1000)};
  const auto proposal = propose_redeployment(rows, settings(1000));
  ASSERT_FALSE(proposal.refusal);
  EXPECT_EQ(hundredths(proposal), (std::vector{335, 335, 330}));

  // Awkward populations and a coarse step of 0,25: still exact, every value on the step.
  auto coarse = settings(1475);
  coarse.step = fte(25);
  const std::vector odd{territory("A", 141000), territory("B", 70200), territory("C", 35431),
                        territory("D", 12345), territory("E", 9999)};
  const auto rounded = propose_redeployment(odd, coarse);
  ASSERT_FALSE(rounded.refusal);
  EXPECT_EQ(sum(hundredths(rounded)), 1475);
  for (const int value : hundredths(rounded)) EXPECT_EQ(value % 25, 0);
  // Exact quotas 7,73 / 3,85 / 1,94 / 0,68 / 0,55 ETP, i.e. 30,93 / 15,40 / 7,77 / 2,71 / 2,19
  // steps: 56 whole steps, and the last three to the largest remainders, A, C and D.
  EXPECT_EQ(hundredths(rounded), (std::vector{775, 375, 200, 75, 50}));
}

TEST(Redeployment, GivesAZeroPopulationTerritoryOnlyItsFloor) {
  const std::vector rows{territory("A", 60000), territory("B", 0), territory("C", 40000)};
  const auto without_floor = propose_redeployment(rows, settings(500));
  ASSERT_FALSE(without_floor.refusal);
  EXPECT_EQ(hundredths(without_floor), (std::vector{300, 0, 200}));
  EXPECT_EQ(without_floor.target_shares[1].basis_points(), 0);
  const auto with_floor = propose_redeployment(rows, settings(500, 50));
  ASSERT_FALSE(with_floor.refusal);
  EXPECT_EQ(hundredths(with_floor), (std::vector{270, 50, 180}));
}

TEST(Redeployment, SharesEquallyWhenNothingIsKnown) {
  const std::vector rows{territory("A", 0), territory("B", 0)};
  const auto proposal = propose_redeployment(rows, settings(300));
  ASSERT_FALSE(proposal.refusal);
  EXPECT_EQ(proposal.basis, TargetBasis::kEqual);
  EXPECT_EQ(hundredths(proposal), (std::vector{150, 150}));
}

TEST(Redeployment, RefusesATotalBelowTheFloors) {
  const std::vector rows{territory("A", 50000), territory("B", 30000), territory("C", 20000)};
  const auto proposal = propose_redeployment(rows, settings(100, 50));
  ASSERT_TRUE(proposal.refusal);
  EXPECT_EQ(*proposal.refusal, RedeploymentRefusal::kTotalBelowFloors);
  EXPECT_EQ(proposal.needed, fte(150));
  EXPECT_TRUE(proposal.proposed.empty());
  const std::string message = messages::redeployment_refusal(settings(100, 50), proposal);
  EXPECT_NE(message.find("1,5\u00a0ETP"), std::string::npos) << message;
  EXPECT_NE(message.find("planchers"), std::string::npos) << message;
}

TEST(Redeployment, HandlesAZeroTotalAndASingleTerritory) {
  const std::vector rows{territory("A", 50000), territory("B", 50000)};
  const auto zero = propose_redeployment(rows, settings(0));
  ASSERT_FALSE(zero.refusal);
  EXPECT_EQ(hundredths(zero), (std::vector{0, 0}));
  EXPECT_EQ(*propose_redeployment(rows, settings(0, 50)).refusal,
            RedeploymentRefusal::kTotalBelowFloors);

  const std::vector one{territory("A", 1234)};
  const auto single = propose_redeployment(one, settings(275, 50));
  ASSERT_FALSE(single.refusal);
  EXPECT_EQ(hundredths(single), (std::vector{275}));
  EXPECT_EQ(*propose_redeployment({}, settings(100)).refusal, RedeploymentRefusal::kNoTerritory);
}

TEST(Redeployment, KeepsEachChangeWithinTheLimit) {
  // Today 4 / 1 / 1 ETP for 20 / 40 / 40 % of the people, at most ±1 ETP each: A within [3, 5],
  // B and C within [0, 2].
  auto options = settings(600);
  options.max_change = fte(100);
  const std::vector rows{territory("A", 20000, 0, 400), territory("B", 40000, 0, 100),
                         territory("C", 40000, 0, 100)};
  // 6 ETP: unlimited 1,2 / 2,4 / 2,4; A cannot go below 3, B and C share the other 3 ETP.
  const auto six = propose_redeployment(rows, options);
  ASSERT_FALSE(six.refusal);
  EXPECT_EQ(hundredths(six), (std::vector{300, 150, 150}));
  EXPECT_EQ(six.territories_at_floor, 1);
  // 8 ETP: B and C stop at 2, A takes the other 4.
  options.total = fte(800);
  const auto eight = propose_redeployment(rows, options);
  ASSERT_FALSE(eight.refusal);
  EXPECT_EQ(hundredths(eight), (std::vector{400, 200, 200}));
  EXPECT_EQ(eight.territories_at_limit, 2);
  // 10 ETP: at most 5 + 2 + 2 = 9 ETP fit within the limits.
  options.total = fte(1000);
  const auto ten = propose_redeployment(rows, options);
  ASSERT_TRUE(ten.refusal);
  EXPECT_EQ(*ten.refusal, RedeploymentRefusal::kTotalAboveLimits);
  EXPECT_EQ(ten.needed, fte(900));
}

TEST(Redeployment, RefusesSettingsOffTheStep) {
  const std::vector rows{territory("A", 1000)};
  auto options = settings(1473);
  EXPECT_EQ(*propose_redeployment(rows, options).refusal, RedeploymentRefusal::kTotalNotOnStep);
  const std::string message =
      messages::redeployment_refusal(options, propose_redeployment(rows, options));
  EXPECT_NE(message.find("14,7\u00a0ETP ou 14,75\u00a0ETP"), std::string::npos) << message;
  options = settings(1000, 33);
  EXPECT_EQ(*propose_redeployment(rows, options).refusal, RedeploymentRefusal::kFloorNotOnStep);
  options = settings(1000);
  options.step = fte(0);
  EXPECT_EQ(*propose_redeployment(rows, options).refusal, RedeploymentRefusal::kStepZero);
  options = settings(1000);
  options.structures_weight = Percent::from_basis_points(10001);
  EXPECT_EQ(*propose_redeployment(rows, options).refusal, RedeploymentRefusal::kWeightAbove100);
}

TEST(Redeployment, ComparesGapsBeforeAndAfter) {
  DepartementIndicators before;
  before.territories = {territory("A", 50000, 0, 800), territory("B", 30000, 0, 200),
                        territory("C", 20000, 0, 0)};
  before.territories[0].funding = Money::from_euros(192000);  // 24 000 € per ETP
  before.territories[1].funding = Money::from_euros(48000);
  derive_indicators(before);
  // Before: 80 / 20 / 0 % of the FTE for 50 / 30 / 20 % of the people: gaps +30, −10, −20.
  EXPECT_EQ(absolute_gap_sum(before), 6000);
  const std::vector allocation{fte(500), fte(300), fte(200)};
  const auto comparison = compare_redeployment(before, allocation, Money::from_euros(20000));
  EXPECT_EQ(comparison.gap_sum_before, 6000);
  EXPECT_EQ(comparison.gap_sum_after, 0);
  EXPECT_EQ(comparison.territories_changed, 3);
  EXPECT_EQ(comparison.after.territories[1].fte_share.basis_points(), 3000);
  EXPECT_EQ(comparison.after.totals.fte, fte(1000));
  // A and B keep their own 24 000 € per ETP; C had no funded FTE: 20 000 € per ETP given.
  EXPECT_EQ(comparison.after.territories[0].funding, Money::from_euros(120000));
  EXPECT_EQ(comparison.after.territories[1].funding, Money::from_euros(72000));
  EXPECT_EQ(comparison.after.territories[2].funding, Money::from_euros(40000));
  EXPECT_EQ(comparison.before.territories[0].fte, fte(800));
}

TEST(Redeployment, ConvertsABudgetToFteWithoutGoingOver) {
  // 500 000 € at 38 400 € per ETP = 13,02 ETP → 13 ETP in steps of 0,05.
  EXPECT_EQ(fte_for_budget(Money::from_euros(500000), Money::from_euros(38400), fte(5)), fte(1300));
  EXPECT_EQ(fte_for_budget(Money::from_euros(500000), Money{}, fte(5)), fte(0));
}

}  // namespace
}  // namespace maillage::core
