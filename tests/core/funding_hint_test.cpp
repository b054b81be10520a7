// The funding formula's hint: which bound sets the amount, and what would raise it, for both
// kinds of ceiling (on the cost: Gard, Charente; on the funding: Tarn, Allier, national).
#include <gtest/gtest.h>

#include <string>

#include "core/funding_result.hpp"
#include "core/messages_fr.hpp"

namespace maillage::core {
namespace {

Money euros(std::int64_t value) {
  return Money::from_euros(value);
}
Fte fte(int hundredths) {
  return Fte::from_hundredths(hundredths);
}
Percent percent(int whole) {
  return Percent::from_basis_points(whole * 100);
}

// French formatting puts no-break spaces in figures; the expectations read better without.
std::string plain(std::string text) {
  for (const std::string nbsp : {"\xC2\xA0", "\xE2\x80\xAF"}) {
    for (auto at = text.find(nbsp); at != std::string::npos; at = text.find(nbsp, at)) {
      text.replace(at, nbsp.size(), " ");
    }
  }
  return text;
}

// Gard: 50 % of the cost prorated to the mission time, cost capped at 48 000 € per mission FTE.
FundingFigures gard(Money cost, Fte mission, Fte holder) {
  return compute_funding(cost, mission, holder, percent(50), euros(48000), true);
}
// Tarn: the prorated cost, funding capped at 24 000 € per mission FTE.
FundingFigures tarn(Money cost, Fte mission, Fte holder) {
  return compute_funding(cost, mission, holder, percent(100), euros(24000), false);
}

std::string hint(const FundingFigures& figures,
                 FundingStanding standing = FundingStanding::kFunded) {
  return plain(messages::funding_hint(figures, funding_limits(figures), standing));
}

TEST(FundingHint, CeilingOnCostBindingAtFullMission) {
  const auto figures = gard(euros(60000), fte(100), fte(100));
  const auto limits = funding_limits(figures);
  EXPECT_TRUE(limits.capped);
  EXPECT_EQ(figures.funding, euros(24000));
  EXPECT_EQ(limits.cost_to_cap, euros(48000));
  EXPECT_EQ(limits.full_mission_funding, euros(24000));
  EXPECT_EQ(hint(figures),
            "Le plafond de 48 000 € de dépense par ETP de mission est atteint et tout le temps de "
            "travail de l'agent (1 ETP) va à la mission : 24 000 € est le financement maximal de "
            "ce poste ; un coût plus élevé ne le changerait pas (même montant pour tout coût "
            "annuel d'au moins 48 000 €).");
}

TEST(FundingHint, CeilingOnCostBindingOnPartOfTheTime) {
  // Monsieur X (001): 50 000 € × 0,5 = 25 000 €, capped at 24 000 €, 50 % → 12 000 €.
  const auto figures = gard(euros(50000), fte(50), fte(100));
  const auto limits = funding_limits(figures);
  EXPECT_TRUE(limits.capped);
  EXPECT_EQ(limits.capped_funding, euros(12000));
  EXPECT_EQ(limits.full_mission_funding, euros(24000));  // 50 000 € capped at 48 000 €
  EXPECT_EQ(hint(figures),
            "Le plafond de 48 000 € de dépense par ETP de mission est atteint : un coût plus "
            "élevé ne changerait pas le financement (12 000 € pour tout coût annuel d'au moins "
            "48 000 €) ; seul un temps de mission plus élevé l'augmenterait (jusqu'à 24 000 € "
            "pour 1 ETP de mission, tout le temps de travail de l'agent).");
}

TEST(FundingHint, CostBindingUnderACeilingOnCost) {
  const auto figures = gard(euros(45000), fte(100), fte(100));
  const auto limits = funding_limits(figures);
  EXPECT_FALSE(limits.capped);
  EXPECT_EQ(figures.funding, euros(22500));
  EXPECT_EQ(limits.capped_funding, euros(24000));
  EXPECT_EQ(hint(figures),
            "Le financement suit le coût : il est limité par le coût annuel (45 000 €) et non par "
            "le plafond (48 000 € pour 1 ETP de mission) ; un coût annuel plus élevé "
            "l'augmenterait, jusqu'à 24 000 € (atteints à partir d'un coût annuel de 48 000 €).");
}

TEST(FundingHint, CostBindingOnPartOfTheTimeNamesBothLevers) {
  // 35 000 € × 0,25 / 0,75 = 11 666,67 € under the 12 000 € ceiling; 50 % → 5 833,34 €.
  const auto figures = gard(euros(35000), fte(25), fte(75));
  const auto limits = funding_limits(figures);
  EXPECT_FALSE(limits.capped);
  EXPECT_EQ(limits.capped_funding, euros(6000));
  EXPECT_EQ(limits.cost_to_cap, euros(36000));  // 48 000 € × 0,75
  // All of the 0,75 ETP on the mission: 35 000 € under 36 000 €, 50 % → 17 500 €.
  EXPECT_EQ(limits.full_mission_funding, euros(17500));
  EXPECT_EQ(hint(figures),
            "Le financement suit le coût : il est limité par le coût proratisé au temps de "
            "mission (11 666,67 €) et non par le plafond (12 000 € pour 0,25 ETP de mission) ; "
            "un coût annuel plus élevé l'augmenterait, jusqu'à 6 000 € (atteints à partir d'un "
            "coût annuel de 36 000 €) ; un temps de mission plus élevé aussi (jusqu'à 17 500 € "
            "pour 0,75 ETP de mission).");
}

TEST(FundingHint, PartTimeHolderAllOnTheMissionNeedsMoreWorkingTime) {
  // Tarn, 0,4 ETP all on the mission at 17 200 €: capped at 24 000 € × 0,4 = 9 600 €.
  const auto figures = tarn(euros(17200), fte(40), fte(40));
  const auto limits = funding_limits(figures);
  EXPECT_TRUE(limits.capped);
  EXPECT_EQ(limits.capped_funding_per_fte, euros(24000));
  EXPECT_EQ(
      hint(figures),
      "Le plafond de 24 000 € de financement par ETP de mission est atteint et tout le temps "
      "de travail de l'agent (0,4 ETP) va à la mission : un coût plus élevé ne changerait pas "
      "le financement (9 600 € pour tout coût annuel d'au moins 9 600 €) ; seul un temps de "
      "mission plus élevé, donc un temps de travail plus élevé, l'augmenterait (au plus "
      "24 000 € par ETP de mission).");
  // Gard: the ceiling is on the cost, so 50 % of 48 000 € per mission FTE.
  EXPECT_EQ(funding_limits(gard(euros(30000), fte(50), fte(50))).capped_funding_per_fte,
            euros(24000));
}

TEST(FundingHint, RoundingThatAlreadyGivesTheCappedAmountCountsAsCapped) {
  // 47 999,99 € × 50 % = 23 999,995 € → 24 000 €: a higher cost would change nothing.
  const auto figures = gard(Money::from_cents(4799999), fte(100), fte(100));
  EXPECT_EQ(figures.funding, euros(24000));
  EXPECT_TRUE(funding_limits(figures).capped);
}

TEST(FundingHint, CeilingOnFundingBindingAtFullMission) {
  const auto figures = tarn(euros(30000), fte(100), fte(100));
  const auto limits = funding_limits(figures);
  EXPECT_TRUE(limits.capped);
  EXPECT_EQ(limits.cost_to_cap, euros(24000));
  EXPECT_NE(hint(figures).find("24 000 € est le financement maximal de ce poste"),
            std::string::npos)
      << hint(figures);
}

TEST(FundingHint, CeilingOnFundingBindingOnPartOfTheTime) {
  const auto figures = tarn(euros(50000), fte(50), fte(100));
  EXPECT_EQ(figures.funding, euros(12000));
  EXPECT_EQ(hint(figures),
            "Le plafond de 24 000 € de financement par ETP de mission est atteint : un coût plus "
            "élevé ne changerait pas le financement (12 000 € pour tout coût annuel d'au moins "
            "24 000 €) ; seul un temps de mission plus élevé l'augmenterait (jusqu'à 24 000 € "
            "pour 1 ETP de mission, tout le temps de travail de l'agent).");
}

TEST(FundingHint, CostBindingUnderACeilingOnFunding) {
  const auto figures = tarn(euros(20000), fte(100), fte(100));
  EXPECT_FALSE(funding_limits(figures).capped);
  EXPECT_EQ(hint(figures),
            "Le financement suit le coût : il est limité par le coût annuel (20 000 €) et non par "
            "le plafond (24 000 € pour 1 ETP de mission) ; un coût annuel plus élevé "
            "l'augmenterait, jusqu'à 24 000 € (atteints à partir d'un coût annuel de 24 000 €).");
}

TEST(FundingHint, CeilingOnFundingWithARateBelowFullCost) {
  // 80 % of the cost, at most 24 000 € per mission FTE: 20 000 € → 16 000 €; the ceiling is
  // reached at 24 000 € / 80 % = 30 000 €.
  const auto figures =
      compute_funding(euros(20000), fte(100), fte(100), percent(80), euros(24000), false);
  const auto limits = funding_limits(figures);
  EXPECT_FALSE(limits.capped);
  EXPECT_EQ(limits.cost_to_cap, euros(30000));
  EXPECT_NE(hint(figures).find("limité par 80 % du coût annuel (16 000 €)"), std::string::npos)
      << hint(figures);
}

TEST(FundingHint, ThresholdCostFollowsTheFormulasRounding) {
  // A ceiling of 24 000,03 € per FTE on 80 % of the cost, 0,86 of a 0,99 ETP holder: the exact
  // threshold 24 000,03 € × 0,99 / 80 % = 29 700,037… € gives 29 700,04 €, where the roundings
  // of the formula still fall one cent short of the ceiling; the hint names 29 700,05 €.
  const auto at = [](Money cost) {
    return compute_funding(cost, fte(86), fte(99), percent(80), Money::from_cents(2400003), false);
  };
  const auto limits = funding_limits(at(euros(20000)));
  EXPECT_EQ(limits.cost_to_cap, Money::from_cents(2970005));
  EXPECT_EQ(at(limits.cost_to_cap).funding, limits.capped_funding);
  EXPECT_LT(at(limits.cost_to_cap - Money::from_cents(1)).funding, limits.capped_funding);
}

TEST(FundingHint, NoMissionTime) {
  const auto figures = tarn(euros(30000), fte(0), fte(100));
  EXPECT_EQ(hint(figures),
            "Aucun temps de mission n'est déclaré : le financement est nul ; il augmenterait avec "
            "le temps de mission, jusqu'à 24 000 € si tout le temps de travail de l'agent (1 ETP) "
            "y était consacré.");
}

TEST(FundingHint, ExcludedPostSaysTheAmountWaitsForTheBlockingPoints) {
  const auto text = hint(gard(euros(45000), fte(100), fte(100)), FundingStanding::kExcluded);
  EXPECT_EQ(text.rfind("Le poste étant exclu, ce montant ne serait versé qu'une fois les points "
                       "bloquants levés. Le financement suit le coût",
                       0),
            0u)
      << text;
}

TEST(FundingHint, InconsistentTimesGiveNoLever) {
  const std::string correct_first = "Les données du poste sont à corriger d'abord";
  // 0,6 ETP of mission for a 0,5 ETP holder: whatever the formula gives is meaningless.
  EXPECT_EQ(hint(tarn(euros(20000), fte(60), fte(50))).rfind(correct_first, 0), 0u);
  EXPECT_EQ(hint(gard(euros(45000), fte(100), fte(120)), FundingStanding::kInputError)
                .rfind(correct_first, 0),
            0u);
}

TEST(FundingHint, ExplainedFindingsCarryTheHintOfTheFormula) {
  PostResult result;
  result.funding_explanation = FundingExplanation{
      std::make_shared<const FundingExplanation::Rule>(FundingExplanation::Rule{"R", "source"}),
      gard(euros(60000), fte(100), fte(100))};
  const auto findings = explained_findings(result);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(plain(findings.front().remedy).find("Le plafond de 48 000 €"), std::string::npos);
}

}  // namespace
}  // namespace maillage::core
