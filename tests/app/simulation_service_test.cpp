// The simulator on the demo portfolio: each Caf's posts under its doctrine and a changed copy,
// from the stored facts, writing nothing.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/portfolio_facts.hpp"
#include "app/request_error.hpp"
#include "app/simulation_service.hpp"
#include "store/doctrine_files.hpp"
#include "store/generation_repository.hpp"
#include "support/test_backend.hpp"
#include "web/test_server.hpp"

namespace maillage {
namespace {

using core::Date;
using core::Money;

const Date kDate = *Date::from_ymd(2026, 11, 23);

class SimulationServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { target_ = new std::string(testing::demo_database_copy()); }
  static void TearDownTestSuite() {
    testing::drop_copy(*target_);
    delete target_;
  }

  SimulationServiceTest()
      : database_(store::Database::open(*target_)),
        doctrines_(
            store::load_doctrines(std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data/doctrines")),
        facts_(app::load_facts(*database_)),
        index_(facts_.territories, facts_.ctgs) {}

  app::Simulation simulate(const std::string& departement, const core::DoctrineChanges& changes) {
    auto result = app::simulate(facts_, index_, doctrines_, departement, kDate, changes);
    if (auto* errors = std::get_if<std::vector<core::ChangeError>>(&result)) {
      ADD_FAILURE() << errors->front().message;
    }
    return std::get<app::Simulation>(std::move(result));
  }

  static const core::PostChange* change_of(const app::Simulation& simulation,
                                           const std::string& id) {
    for (const auto& change : simulation.comparison.changed_posts) {
      if (change.post_id == id) return &change;
    }
    return nullptr;
  }

  static std::string* target_;
  std::unique_ptr<store::Database> database_;
  std::vector<core::Doctrine> doctrines_;
  app::PortfolioFacts facts_;
  core::PortfolioIndex index_;
};

std::string* SimulationServiceTest::target_ = nullptr;

// The demo: the Charente tries a 50 000 € ceiling. Of its 19 posts only CHAR-007
// (54 000 €, 0,5 ETP of mission out of 1) has a prorated cost (27 000 €) above the ceiling:
// 80 % × 24 000 € = 19 200 € in force, 80 % × 25 000 € = 20 000 € simulated.
TEST_F(SimulationServiceTest, CharenteAt50000EurosRaisesTheCappedPostOnly) {
  core::DoctrineChanges changes;
  changes.parameters.push_back({"ceiling_per_fte", Money::from_euros(50000), std::nullopt});
  const auto simulation = simulate("16", changes);
  EXPECT_EQ(simulation.caf.name, "Caf de la Charente");
  EXPECT_EQ(simulation.doctrine.id, "charente-2021");
  const auto& budget = simulation.comparison.budget;
  EXPECT_EQ(budget.before.posts, 19);
  // Sum of 80 % × min(cost × mission / holder, 48 000 € × mission) over the 19 posts.
  EXPECT_EQ(budget.before.funding, Money::from_euros(509600));
  EXPECT_EQ(budget.after.funding, Money::from_euros(510400));
  EXPECT_EQ(budget.difference(), Money::from_euros(800));
  EXPECT_EQ(budget.before.fte_funded, core::Fte::from_hundredths(1475));  // seed 004: 14,75
  ASSERT_EQ(simulation.comparison.changed_posts.size(), 1u);
  const auto* char007 = change_of(simulation, "CHAR-007");
  ASSERT_NE(char007, nullptr);
  EXPECT_EQ(char007->funding_before, Money::from_euros(19200));
  EXPECT_EQ(char007->funding_after, Money::from_euros(20000));
  // Its EPCI carries the difference; the nine Charente EPCIs of seed 004 are all listed.
  EXPECT_EQ(simulation.comparison.territories.size(), 9u);
  int changed = 0;
  for (const auto& territory : simulation.comparison.territories) {
    if (!territory.changed()) continue;
    ++changed;
    EXPECT_EQ(territory.code, "200070282");
    EXPECT_EQ(territory.difference(), Money::from_euros(800));
  }
  EXPECT_EQ(changed, 1);
  ASSERT_EQ(simulation.simulated.applied.size(), 1u);
  EXPECT_EQ(simulation.simulated.applied[0].before, "48\u00a0000\u00a0€");
}

// Gard: renewals count for phase 2 from 01/01/2026; moved to 01/01/2027, the CTGs renewed in 2026
// no longer do, so GARD-006 (0,24 ETP of mission out of 1 on a renewed CTG) is to be brought into
// line instead of excluded: 50 % × min(46 000 × 0,24, 48 000 × 0,24) = 50 % × 11 040 = 5 520 €.
TEST_F(SimulationServiceTest, GardPhaseDateMovedTurnsExclusionsIntoDeadlines) {
  core::DoctrineChanges changes;
  changes.parameters.push_back({"renewal_phase_start", *Date::from_ymd(2027, 1, 1), std::nullopt});
  const auto simulation = simulate("30", changes);
  const auto* post = change_of(simulation, "GARD-006");
  ASSERT_NE(post, nullptr);
  EXPECT_EQ(post->verdict_before, core::Verdict::kExclu);
  EXPECT_EQ(post->verdict_after, core::Verdict::kAMettreEnConformite);
  EXPECT_EQ(post->funding_before, Money{});
  EXPECT_EQ(post->funding_after, Money::from_euros(5520));
  EXPECT_TRUE(post->deadline_after.has_value());
  EXPECT_GT(simulation.comparison.verdict_changes(), 1);
  EXPECT_GT(simulation.comparison.budget.difference(), Money{});
}

// GARD-052 sits on the commune of Vauvert (CC de Petite Camargue, 243000593), excluded as not
// intercommunal; with its EPCI among the exceptions it is funded: 50 % × 42 000 € = 21 000 €.
TEST_F(SimulationServiceTest, GardExceptionAddedFundsTheCommunalPost) {
  core::DoctrineChanges changes;
  changes.parameters.push_back(
      {"intercommunal_exceptions", core::CodeList{"243000643", "243000593"}, std::nullopt});
  const auto simulation = simulate("30", changes);
  const auto* post = change_of(simulation, "GARD-052");
  ASSERT_NE(post, nullptr);
  EXPECT_EQ(post->verdict_before, core::Verdict::kExclu);
  EXPECT_EQ(post->verdict_after, core::Verdict::kEligible);
  EXPECT_EQ(post->funding_after, Money::from_euros(21000));
  EXPECT_EQ(post->epci_code, "243000593");
}

TEST_F(SimulationServiceTest, RefusesUnknownTerritoriesAndCafs) {
  core::DoctrineChanges changes;
  changes.parameters.push_back(
      {"intercommunal_exceptions", core::CodeList{"243000643", "999999999"}, std::nullopt});
  auto result = app::simulate(facts_, index_, doctrines_, "30", kDate, changes);
  ASSERT_TRUE(std::holds_alternative<std::vector<core::ChangeError>>(result));
  const auto& errors = std::get<std::vector<core::ChangeError>>(result);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "intercommunal_exceptions");
  EXPECT_NE(errors[0].message.find("999999999 est inconnu"), std::string::npos);
  EXPECT_THROW(app::simulate(facts_, index_, doctrines_, "75", kDate, {}), app::RequestError);
}

TEST_F(SimulationServiceTest, WritesNothing) {
  const auto generation = store::GenerationRepository(*database_).current();
  core::DoctrineChanges changes;
  changes.parameters.push_back({"funding_rate", core::Percent::from_basis_points(6000), {}});
  changes.disabled_rules.push_back("GARD-25PCT");
  const auto simulation = simulate("30", changes);
  EXPECT_GT(simulation.comparison.budget.difference(), Money{});  // 60 % instead of 50 %
  EXPECT_EQ(store::GenerationRepository(*database_).current(), generation);
  const auto reloaded = app::load_facts(*database_);
  EXPECT_EQ(reloaded.posts.size(), facts_.posts.size());
  // The doctrines in memory are the stored ones still.
  for (const auto& doctrine : doctrines_) {
    if (doctrine.id == "gard-2024") {
      EXPECT_NE(doctrine.rule("GARD-25PCT"), nullptr);
    }
  }
  // The snapshot overload gives the same comparison from the cached evaluation.
  const app::PortfolioSnapshot snapshot(app::load_facts(*database_), doctrines_, kDate, generation);
  auto cached = app::simulate(snapshot, doctrines_, "30", changes);
  ASSERT_TRUE(std::holds_alternative<app::Simulation>(cached));
  EXPECT_EQ(std::get<app::Simulation>(cached).comparison.budget.after.funding,
            simulation.comparison.budget.after.funding);
  EXPECT_EQ(std::get<app::Simulation>(cached).comparison.changed_posts.size(),
            simulation.comparison.changed_posts.size());
}

}  // namespace
}  // namespace maillage
