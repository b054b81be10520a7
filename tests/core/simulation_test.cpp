// The simulator's comparison on a small hand-made Charente: the doctrine in force against a
// changed copy, figures computed by hand from the formula (80 % of the cost prorated to the
// mission time, the cost capped at the ceiling × mission FTE).
#include <gtest/gtest.h>

#include <filesystem>

#include "core/doctrine_changes.hpp"
#include "core/funding_engine.hpp"
#include "core/simulation.hpp"
#include "store/doctrine_files.hpp"

namespace maillage {
namespace {

using core::Date;
using core::Fte;
using core::Money;

const Date kDate = *Date::from_ymd(2026, 11, 23);

core::Doctrine charente() {
  auto loaded = store::load_doctrine_file(std::filesystem::path(MAILLAGE_SOURCE_DIR) /
                                          "data/doctrines/charente-2021.toml");
  return std::get<core::Doctrine>(std::move(loaded));
}

core::Post post(const std::string& id, const std::string& territory, int holder, int mission,
                int cost_euros) {
  core::Post post;
  post.id = id;
  post.territory_code = territory;
  post.holder_fte = Fte::from_hundredths(holder);
  post.mission_fte = Fte::from_hundredths(mission);
  post.annual_cost = Money::from_euros(cost_euros);
  return post;
}

core::Ctg ctg(std::int64_t id, const std::string& territory) {
  core::Ctg ctg;
  ctg.id = id;
  ctg.territory_code = territory;
  ctg.start = *Date::from_ymd(2022, 1, 1);
  ctg.end = *Date::from_ymd(2026, 12, 31);
  return ctg;
}

class SimulationTest : public ::testing::Test {
 protected:
  SimulationTest()
      : territories_{{"200000001",
                      core::TerritoryKind::kEpci,
                      "CC Alpha",
                      "16",
                      "CC",
                      std::nullopt,
                      20000,
                      {"16001"}},
                     {"200000002",
                      core::TerritoryKind::kEpci,
                      "CC Bêta",
                      "16",
                      "CC",
                      std::nullopt,
                      30000,
                      {"16002"}},
                     {"16002",
                      core::TerritoryKind::kCommune,
                      "Gamma",
                      "16",
                      "",
                      std::string("200000002"),
                      5000,
                      {}}},
        ctgs_{ctg(1, "200000001"), ctg(2, "200000002")},
        index_(territories_, ctgs_),
        doctrine_(charente()),
        posts_{post("P1", "200000001", 100, 50, 54000),     // 27 000 € prorated, over 24 000 €
               post("P2", "200000001", 100, 100, 46000),    // under both ceilings
               post("P3", "16002", 100, 100, 49000),        // a commune post, over 48 000 €
               post("P4", "200000002", 100, 80, 30000)} {}  // 24 000 € prorated, under

  core::SimulationComparison simulate(const core::DoctrineChanges& changes) {
    auto changed = core::apply_changes(doctrine_, changes, kDate);
    simulated_ = std::get<core::ChangedDoctrine>(std::move(changed)).doctrine;
    const auto before = core::FundingEngine(doctrine_).evaluate_portfolio(index_, posts_, kDate);
    const auto after = core::FundingEngine(simulated_).evaluate_portfolio(index_, posts_, kDate);
    return core::compare_results(index_, before, after);
  }

  static const core::PostChange* change_of(const core::SimulationComparison& comparison,
                                           const std::string& id) {
    for (const auto& change : comparison.changed_posts) {
      if (change.post_id == id) return &change;
    }
    return nullptr;
  }

  std::vector<core::Territory> territories_;
  std::vector<core::Ctg> ctgs_;
  core::PortfolioIndex index_;
  core::Doctrine doctrine_;
  core::Doctrine simulated_;
  std::vector<core::Post> posts_;
};

TEST_F(SimulationTest, ACeilingOf50000RaisesOnlyThePostsItCaps) {
  core::DoctrineChanges changes;
  changes.parameters.push_back({"ceiling_per_fte", Money::from_euros(50000), std::nullopt});
  const auto comparison = simulate(changes);
  // In force: P1 80 % × min(27 000, 24 000) = 19 200; P2 80 % × 46 000 = 36 800;
  // P3 80 % × min(49 000, 48 000) = 38 400; P4 80 % × 24 000 = 19 200. Total 113 600 €.
  // At 50 000 €: P1 80 % × 25 000 = 20 000; P3 80 % × 49 000 = 39 200. Total 115 200 €.
  EXPECT_EQ(comparison.date, kDate);
  EXPECT_EQ(comparison.budget.before.funding, Money::from_euros(113600));
  EXPECT_EQ(comparison.budget.after.funding, Money::from_euros(115200));
  EXPECT_EQ(comparison.budget.difference(), Money::from_euros(1600));
  EXPECT_EQ(comparison.budget.before.fte_funded, Fte::from_hundredths(330));
  EXPECT_EQ(comparison.budget.fte_difference(), Fte{});
  EXPECT_EQ(comparison.budget.verdicts_before.eligible, 4);
  EXPECT_EQ(comparison.budget.verdicts_after.eligible, 4);

  ASSERT_EQ(comparison.changed_posts.size(), 2u);
  const auto* p1 = change_of(comparison, "P1");
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->funding_before, Money::from_euros(19200));
  EXPECT_EQ(p1->funding_after, Money::from_euros(20000));
  EXPECT_EQ(p1->difference(), Money::from_euros(800));
  EXPECT_FALSE(p1->verdict_changed());
  const auto* p3 = change_of(comparison, "P3");
  ASSERT_NE(p3, nullptr);
  EXPECT_EQ(p3->funding_before, Money::from_euros(38400));
  EXPECT_EQ(p3->funding_after, Money::from_euros(39200));
  EXPECT_EQ(p3->territory_name, "Gamma");
  EXPECT_EQ(p3->epci_code, "200000002");  // a commune's post counts for its EPCI

  // Territories at EPCI level, by name: Alpha 19 200 + 36 800; Bêta 38 400 + 19 200.
  ASSERT_EQ(comparison.territories.size(), 2u);
  const auto& alpha = comparison.territories[0];
  EXPECT_EQ(alpha.code, "200000001");
  EXPECT_EQ(alpha.posts, 2);
  EXPECT_EQ(alpha.funding_before, Money::from_euros(56000));
  EXPECT_EQ(alpha.funding_after, Money::from_euros(56800));
  const auto& beta = comparison.territories[1];
  EXPECT_EQ(beta.name, "CC Bêta");
  EXPECT_EQ(beta.posts, 2);
  EXPECT_EQ(beta.funding_before, Money::from_euros(57600));
  EXPECT_EQ(beta.funding_after, Money::from_euros(58400));
  EXPECT_EQ(beta.difference(), Money::from_euros(800));
  EXPECT_EQ(beta.fte_before, Fte::from_hundredths(180));
}

TEST_F(SimulationTest, ARateOf60PercentLowersEveryPost) {
  core::DoctrineChanges changes;
  changes.parameters.push_back(
      {"funding_rate", core::Percent::from_basis_points(6000), std::nullopt});
  const auto comparison = simulate(changes);
  // 60 % × (24 000 + 46 000 + 48 000 + 24 000) = 85 200 €.
  EXPECT_EQ(comparison.budget.after.funding, Money::from_euros(85200));
  EXPECT_EQ(comparison.budget.difference(), Money::from_euros(-28400));
  EXPECT_EQ(comparison.changed_posts.size(), 4u);
  EXPECT_EQ(change_of(comparison, "P2")->funding_after, Money::from_euros(27600));
  EXPECT_EQ(comparison.verdict_changes(), 0);
}

TEST_F(SimulationTest, AnExceptionAddedTurnsTheWarningIntoANote) {
  core::DoctrineChanges changes;
  changes.parameters.push_back(
      {"intercommunal_exceptions", core::CodeList{"200000002"}, std::nullopt});
  const auto comparison = simulate(changes);
  EXPECT_EQ(comparison.budget.difference(), Money{});
  ASSERT_EQ(comparison.changed_posts.size(), 1u);
  const auto& p3 = comparison.changed_posts[0];
  EXPECT_EQ(p3.post_id, "P3");
  ASSERT_EQ(p3.findings_removed.size(), 1u);
  EXPECT_EQ(p3.findings_removed[0].rule_id, "CHARENTE-INTERCO");
  EXPECT_EQ(p3.findings_removed[0].level, core::Level::kAvertissement);
  ASSERT_EQ(p3.findings_added.size(), 1u);
  EXPECT_EQ(p3.findings_added[0].level, core::Level::kInfo);
  EXPECT_FALSE(p3.verdict_changed());
}

TEST_F(SimulationTest, NoChangeMeansNoDifference) {
  const auto comparison = simulate({});
  EXPECT_EQ(comparison.budget.difference(), Money{});
  EXPECT_TRUE(comparison.changed_posts.empty());
  EXPECT_TRUE(comparison.changed_ctgs.empty());
  for (const auto& territory : comparison.territories) EXPECT_FALSE(territory.changed());
}

TEST_F(SimulationTest, ARuleSwitchedOffChangesTheVerdictsItDecided) {
  // Without a CTG in force the post is excluded by CHARENTE-CTG; switched off, it is funded.
  ctgs_[0].end = *Date::from_ymd(2025, 12, 31);
  index_ = core::PortfolioIndex(territories_, ctgs_);
  core::DoctrineChanges changes;
  changes.disabled_rules.push_back("CHARENTE-CTG");
  const auto comparison = simulate(changes);
  EXPECT_EQ(comparison.budget.verdicts_before.excluded, 2);
  EXPECT_EQ(comparison.budget.verdicts_after.excluded, 0);
  EXPECT_EQ(comparison.verdict_changes(), 2);
  const auto* p1 = change_of(comparison, "P1");
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->verdict_before, core::Verdict::kExclu);
  EXPECT_EQ(p1->verdict_after, core::Verdict::kEligible);
  EXPECT_EQ(p1->funding_before, Money{});
  EXPECT_EQ(p1->funding_after, Money::from_euros(19200));
  ASSERT_EQ(p1->findings_removed.size(), 1u);
  EXPECT_EQ(p1->findings_removed[0].rule_id, "CHARENTE-CTG");
  EXPECT_EQ(comparison.budget.difference(), Money::from_euros(56000));
}

}  // namespace
}  // namespace maillage
