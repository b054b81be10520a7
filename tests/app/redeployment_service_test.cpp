// The redeployment proposal and saved scenarios on the demo Charente (14,75 ETP, seed 004):
// settings read from the form, budget conversion, bad input, audited and version-checked saves.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "app/audit_trail.hpp"
#include "app/indicator_service.hpp"
#include "app/portfolio_facts.hpp"
#include "app/redeployment_service.hpp"
#include "app/scenario_service.hpp"
#include "store/doctrine_files.hpp"
#include "store/generation_repository.hpp"
#include "web/test_server.hpp"

namespace maillage {
namespace {

using core::Fte;

const core::Date kDate = *core::Date::from_ymd(2026, 11, 23);
const auto kNow = app::Timestamp(std::chrono::seconds(1795435200));  // 2026-11-23

class RedeploymentServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                      ("maillage-redeploy-" + std::to_string(::getpid()) + ".db"));
    std::filesystem::copy_file(testing::demo_database_template(), *path_,
                               std::filesystem::copy_options::overwrite_existing);
  }
  static void TearDownTestSuite() {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_->string() + suffix);
    }
    delete path_;
  }

  RedeploymentServiceTest()
      : database_(store::Database::open(path_->string())),
        doctrines_(
            store::load_doctrines(std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data/doctrines")),
        snapshot_(app::load_facts(*database_), doctrines_, kDate, 0),
        charente_(app::compute_caf_indicators(snapshot_, "16")) {}

  const core::DepartementIndicators& indicators() const { return charente_.indicators; }
  const core::Doctrine* doctrine() const {
    for (const auto& doctrine : doctrines_) {
      if (doctrine.id == "charente-2021") return &doctrine;
    }
    return nullptr;
  }
  app::RedeploymentPlan plan(const app::RedeploymentFields& changes) const {
    auto fields = app::default_redeployment_fields(indicators());
    for (const auto& [key, value] : changes) fields[key] = value;
    return app::read_redeployment_plan(fields, indicators(), doctrine());
  }
  static std::string error_on(const app::RedeploymentPlan& plan, const std::string& field) {
    for (const auto& error : plan.errors) {
      if (error.column == field) return error.message;
    }
    return "";
  }
  static core::Actor actor(core::Role role, const std::string& departement) {
    core::Actor actor;
    actor.user_id = 1;
    actor.login = "admin.charente";
    actor.role = role;
    actor.caf_departement = departement;
    return actor;
  }

  static std::filesystem::path* path_;
  std::unique_ptr<store::Database> database_;
  std::vector<core::Doctrine> doctrines_;
  app::PortfolioSnapshot snapshot_;
  app::CafIndicators charente_;
};

std::filesystem::path* RedeploymentServiceTest::path_ = nullptr;

TEST_F(RedeploymentServiceTest, ProposesTheCharente1475FteCloserToPopulation) {
  const auto fields = app::default_redeployment_fields(indicators());
  EXPECT_EQ(fields.at("total_etp"), "14,75");
  const auto plan = app::read_redeployment_plan(fields, indicators(), doctrine());
  ASSERT_TRUE(plan.errors.empty()) << plan.errors.front().message;
  const auto outcome = app::propose_redeployment(indicators(), plan);
  ASSERT_TRUE(outcome.refusal.empty()) << outcome.refusal;
  ASSERT_EQ(outcome.proposal.proposed.size(), 9u);
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    const Fte proposed = outcome.proposal.proposed[i];
    sum += proposed.hundredths();
    EXPECT_EQ(proposed.hundredths() % 5, 0);
    if (indicators().territories[i].ctg_in_force) {
      EXPECT_GE(proposed, Fte::from_hundredths(50));
    }
  }
  EXPECT_EQ(sum, 1475);
  const auto comparison =
      core::compare_redeployment(indicators(), outcome.proposal.proposed, plan.cost_per_fte);
  EXPECT_LT(comparison.gap_sum_after, comparison.gap_sum_before);
  EXPECT_EQ(comparison.after.totals.fte, Fte::from_hundredths(1475));
  ASSERT_GE(outcome.method.size(), 4u);
  EXPECT_NE(outcome.method[0].find("population"), std::string::npos);
}

TEST_F(RedeploymentServiceTest, ConvertsABudgetAtTheDoctrineCeiling) {
  // Charente: 80 % of a cost capped at 48 000 € per ETP, 38 400 € per ETP at most.
  const auto ceiling = plan({{"mode", "budget"}, {"budget", "500 000"}});
  ASSERT_TRUE(ceiling.errors.empty()) << ceiling.errors.front().message;
  EXPECT_EQ(ceiling.cost_per_fte, core::Money::from_euros(38400));
  EXPECT_EQ(ceiling.settings.total, Fte::from_hundredths(1300));  // 13,02 → 13 ETP
  const auto outcome = app::propose_redeployment(indicators(), ceiling);
  ASSERT_TRUE(outcome.refusal.empty());
  EXPECT_NE(outcome.method.front().find("charente-2021"), std::string::npos);

  // At today's mean: 509 600 € for 14,75 ETP = 34 549,15 € per ETP; 509 600 € → 14,75 ETP.
  const auto mean = plan({{"mode", "budget"}, {"budget", "509600"}, {"base_cout", "moyenne"}});
  ASSERT_TRUE(mean.errors.empty());
  EXPECT_EQ(mean.cost_per_fte, core::Money::from_cents(3454915));
  EXPECT_EQ(mean.settings.total, Fte::from_hundredths(1475));
}

TEST_F(RedeploymentServiceTest, SaysWhatIsWrongWithEachField) {
  EXPECT_NE(error_on(plan({{"total_etp", "-2"}}), "total_etp").find("négatif"), std::string::npos);
  EXPECT_NE(error_on(plan({{"total_etp", "douze"}}), "total_etp").find("n'est pas un nombre"),
            std::string::npos);
  EXPECT_NE(error_on(plan({{"total_etp", "1,255"}}), "total_etp").find("décimales"),
            std::string::npos);
  EXPECT_NE(error_on(plan({{"total_etp", "2000"}}), "total_etp").find("maximum"),
            std::string::npos);
  EXPECT_NE(error_on(plan({{"total_etp", ""}}), "total_etp").find("obligatoire"),
            std::string::npos);
  EXPECT_NE(error_on(plan({{"poids_structures", "120"}}), "poids_structures").find("100"),
            std::string::npos);
  EXPECT_NE(error_on(plan({{"plancher", "0,5a"}}), "plancher").find("n'est pas un nombre"),
            std::string::npos);
  EXPECT_NE(error_on(plan({{"mode", "budget"}, {"budget", "-5"}}), "budget").find("négatif"),
            std::string::npos);
  EXPECT_FALSE(error_on(plan({{"pas", "0"}}), "pas").empty());

  // Nine EPCIs with a CTG need 4,5 ETP at 0,5 each: 3 ETP is refused, on the total.
  const auto below = plan({{"total_etp", "3"}});
  ASSERT_TRUE(below.errors.empty());
  const auto outcome = app::propose_redeployment(indicators(), below);
  EXPECT_EQ(outcome.refusal_field, "total_etp");
  EXPECT_NE(outcome.refusal.find("4,5\u00a0ETP"), std::string::npos) << outcome.refusal;
}

TEST_F(RedeploymentServiceTest, ReadsAdjustedValuesPerTerritory) {
  const auto& rows = indicators().territories;
  const std::vector<Fte> proposed(rows.size(), Fte::from_hundredths(100));
  app::RedeploymentFields fields{{app::allocation_field(rows[0].code), "2,5"},
                                 {app::allocation_field(rows[1].code), "-1"}};
  const auto input = app::read_allocation(fields, indicators(), proposed);
  EXPECT_EQ(input.values[0], Fte::from_hundredths(250));
  EXPECT_EQ(input.values[2], Fte::from_hundredths(100));  // not sent: the proposal
  ASSERT_EQ(input.errors.size(), 1u);
  EXPECT_EQ(input.errors[0].column, app::allocation_field(rows[1].code));
  EXPECT_EQ(input.typed.at(app::allocation_field(rows[1].code)), "-1");
}

TEST_F(RedeploymentServiceTest, SavesAScenarioAuditedAndVersionChecked) {
  const auto admin = actor(core::Role::kAdminCaf, "16");
  const std::string epci = indicators().territories[0].code;
  app::ScenarioDraft draft{
      "Charente 2027",
      kDate,
      app::plan_parameters(app::default_redeployment_fields(indicators()), kDate),
      {{epci, Fte::from_hundredths(300)}}};
  const auto generation = store::GenerationRepository(*database_).current();
  const auto created = app::create_scenario(*database_, admin, draft, kNow);
  ASSERT_EQ(created.status, app::SaveStatus::kSaved);
  EXPECT_GT(store::GenerationRepository(*database_).current(), generation);
  const auto history = app::history_of(*database_, "scenario", std::to_string(created.record.id));
  ASSERT_EQ(history.size(), 1u);
  EXPECT_NE(history[0].summary.find("Charente 2027"), std::string::npos);

  const auto reopened = app::visible_scenario(*database_, admin, created.record.id);
  ASSERT_TRUE(reopened);
  EXPECT_EQ(app::fields_from_parameters(reopened->parameters_json).at("total_etp"), "14,75");

  draft.name = "Charente 2027 bis";
  EXPECT_EQ(app::update_scenario(*database_, admin, created.record.id, draft, 1, kNow).status,
            app::SaveStatus::kSaved);
  const auto stale = app::update_scenario(*database_, admin, created.record.id, draft, 1, kNow);
  EXPECT_EQ(stale.status, app::SaveStatus::kStale);
  EXPECT_EQ(stale.record.version, 2);

  // Other Cafs and other roles neither see nor write it.
  EXPECT_FALSE(
      app::visible_scenario(*database_, actor(core::Role::kAdminCaf, "30"), created.record.id));
  EXPECT_EQ(app::create_scenario(*database_, actor(core::Role::kElu, "16"), draft, kNow).status,
            app::SaveStatus::kForbidden);
  EXPECT_EQ(app::delete_scenario(*database_, actor(core::Role::kAdminCaf, "30"), created.record.id,
                                 2, kNow)
                .status,
            app::SaveStatus::kNotFound);

  // A Gard EPCI in a Charente scenario, and no name: refused on each field, nothing written.
  app::ScenarioDraft wrong{" ", kDate, {}, {{"243000643", Fte::from_hundredths(100)}}};
  const auto refused = app::create_scenario(*database_, admin, wrong, kNow);
  EXPECT_EQ(refused.status, app::SaveStatus::kInvalid);
  ASSERT_EQ(refused.errors.size(), 2u);
  EXPECT_EQ(refused.errors[0].column, "nom");
  EXPECT_EQ(refused.errors[1].column, "etp_243000643");

  EXPECT_EQ(app::delete_scenario(*database_, admin, created.record.id, 1, kNow).status,
            app::SaveStatus::kStale);
  EXPECT_EQ(app::delete_scenario(*database_, admin, created.record.id, 2, kNow).status,
            app::SaveStatus::kSaved);
  EXPECT_TRUE(app::list_scenarios(*database_, admin).empty());
}

}  // namespace
}  // namespace maillage
