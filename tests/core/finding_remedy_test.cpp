// What the engine puts in Finding::remedy beyond what the rule cases of tests/rules check: no hint
// where there is nothing to change, and the hint of a rule whose parameter has no value yet.
#include <gtest/gtest.h>

#include "core/funding_engine.hpp"

namespace maillage::core {
namespace {

Date day(int year, int month, int day_of_month) {
  return *Date::from_ymd(year, month, day_of_month);
}

// A doctrine with the intercommunal rule only, Nîmes Métropole excepted from 2025.
Doctrine intercommunal_doctrine() {
  Doctrine doctrine;
  doctrine.id = "essai";
  doctrine.valid_from = day(2025, 1, 1);
  doctrine.last_checked = day(2030, 1, 1);
  Parameter exceptions{"exceptions", "Exceptions", {}, {}};
  exceptions.values.push_back({day(2025, 1, 1), CodeList{"243000643"}});
  doctrine.parameters.emplace("exceptions", exceptions);
  Rule rule;
  rule.id = "ESSAI-INTERCO";
  rule.kind = "intercommunal_level";
  rule.parameters = {{"exceptions", "exceptions"}};
  doctrine.rules.push_back(rule);
  return doctrine;
}

struct Facts {
  std::vector<Territory> territories;
  std::vector<Ctg> ctgs;
};

Facts commune_of(const std::string& epci_code) {
  Facts facts;
  Territory commune;
  commune.code = "30189";
  commune.kind = TerritoryKind::kCommune;
  commune.name = "Nîmes";
  commune.epci_code = epci_code;
  Territory epci;
  epci.code = epci_code;
  epci.name = "CA de l'essai";
  facts.territories = {commune, epci};
  Ctg ctg;
  ctg.id = 1;
  ctg.territory_code = epci_code;
  ctg.start = day(2026, 1, 1);
  ctg.end = day(2029, 12, 31);
  facts.ctgs = {ctg};
  return facts;
}

Post post_in(const std::string& territory_code) {
  Post post;
  post.id = "P";
  post.territory_code = territory_code;
  post.holder_fte = Fte::full_time();
  post.mission_fte = Fte::full_time();
  post.annual_cost = Money::from_euros(45000);
  return post;
}

TEST(FindingRemedy, AnExceptionThatAdmitsThePostHasNoHint) {
  const Doctrine doctrine = intercommunal_doctrine();
  const Facts facts = commune_of("243000643");
  const PortfolioIndex index(facts.territories, facts.ctgs);
  const auto result =
      FundingEngine(doctrine).evaluate_post(index, post_in("30189"), day(2026, 6, 1));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings.front().level, Level::kInfo);
  EXPECT_TRUE(result.findings.front().remedy.empty()) << result.findings.front().remedy;
}

TEST(FindingRemedy, ACommuneOutsideTheExceptionsIsToldWhichEpciToJoin) {
  const Doctrine doctrine = intercommunal_doctrine();
  const Facts facts = commune_of("200066918");
  const PortfolioIndex index(facts.territories, facts.ctgs);
  const auto result =
      FundingEngine(doctrine).evaluate_post(index, post_in("30189"), day(2026, 6, 1));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_NE(result.findings.front().remedy.find("l'intercommunalité CA de l'essai (200066918)"),
            std::string::npos)
      << result.findings.front().remedy;
}

TEST(FindingRemedy, AParameterWithoutValueAsksToCompleteTheDoctrine) {
  const Doctrine doctrine = intercommunal_doctrine();
  const Facts facts = commune_of("200066918");
  const PortfolioIndex index(facts.territories, facts.ctgs);
  // Before 2025 the list of exceptions has no value.
  const auto result =
      FundingEngine(doctrine).evaluate_post(index, post_in("30189"), day(2024, 6, 1));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings.front().level, Level::kAvertissement);
  EXPECT_NE(result.findings.front().remedy.find("« exceptions »"), std::string::npos)
      << result.findings.front().remedy;
}

TEST(FindingRemedy, AnUnknownTerritoryIsToldWhatToCorrect) {
  const Doctrine doctrine = intercommunal_doctrine();
  const Facts facts = commune_of("200066918");
  const PortfolioIndex index(facts.territories, facts.ctgs);
  const auto result =
      FundingEngine(doctrine).evaluate_post(index, post_in("99999"), day(2026, 6, 1));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_NE(result.findings.front().remedy.find("corriger le code du territoire du poste (99999)"),
            std::string::npos)
      << result.findings.front().remedy;
}

}  // namespace
}  // namespace maillage::core
