// Saved scenarios: a round trip with allocations, version-checked updates and deletes.
#include "store/scenario_repository.hpp"

#include <gtest/gtest.h>

#include "app/test_database.hpp"

namespace maillage::store {
namespace {

core::Fte fte(int hundredths) {
  return core::Fte::from_hundredths(hundredths);
}

core::Scenario sample_scenario() {
  core::Scenario scenario;
  scenario.caf_departement = "30";
  scenario.name = "Rééquilibrage 2027";
  scenario.on_date = *core::Date::from_ymd(2026, 11, 23);
  scenario.parameters_json = R"({"total":"14,75"})";
  scenario.created_at = "2026-11-23T10:00:00Z";
  scenario.created_by = 1;
  scenario.allocations = {{"243000643", fte(1050)}, {"200034379", fte(275)}};
  return scenario;
}

TEST(ScenarioRepository, KeepsAScenarioWithItsAllocations) {
  auto database = testing::gard_database();
  ScenarioRepository scenarios(*database);
  const std::int64_t id = scenarios.insert(sample_scenario());
  const auto stored = scenarios.find(id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->name, "Rééquilibrage 2027");
  EXPECT_EQ(stored->kind, core::ScenarioKind::kRedeploiement);
  EXPECT_EQ(stored->caf_departement, "30");
  EXPECT_EQ(core::format_date(stored->on_date), "23/11/2026");
  EXPECT_EQ(stored->parameters_json, R"({"total":"14,75"})");
  EXPECT_EQ(stored->created_by, 1);
  EXPECT_EQ(stored->version, 1);
  ASSERT_EQ(stored->allocations.size(), 2u);
  EXPECT_EQ(stored->allocations[0].territory_code, "200034379");  // by code
  EXPECT_EQ(stored->allocations[0].fte, fte(275));
  EXPECT_EQ(stored->allocations[1].fte, fte(1050));

  EXPECT_FALSE(scenarios.find(id + 1));
  auto listed = scenarios.list_for_caf("30", core::ScenarioKind::kRedeploiement);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].allocations.size(), 2u);
  EXPECT_TRUE(scenarios.list_for_caf("16", core::ScenarioKind::kRedeploiement).empty());
  EXPECT_TRUE(scenarios.list_for_caf("30", core::ScenarioKind::kSimulation).empty());
}

TEST(ScenarioRepository, RefusesAStaleUpdateOrDelete) {
  auto database = testing::gard_database();
  ScenarioRepository scenarios(*database);
  core::Scenario scenario = sample_scenario();
  scenario.id = scenarios.insert(scenario);

  scenario.name = "Rééquilibrage 2027, version CAS";
  scenario.allocations = {{"243000643", fte(1325)}};
  EXPECT_TRUE(scenarios.update_if_version(scenario, 1));
  auto stored = scenarios.find(scenario.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->name, "Rééquilibrage 2027, version CAS");
  ASSERT_EQ(stored->allocations.size(), 1u);
  EXPECT_EQ(stored->allocations[0].fte, fte(1325));

  // Someone who opened version 1 saves: refused, nothing written.
  scenario.name = "Ancien";
  scenario.allocations = {};
  EXPECT_FALSE(scenarios.update_if_version(scenario, 1));
  stored = scenarios.find(scenario.id);
  EXPECT_EQ(stored->name, "Rééquilibrage 2027, version CAS");
  EXPECT_EQ(stored->allocations.size(), 1u);

  EXPECT_FALSE(scenarios.remove_if_version(scenario.id, 1));
  EXPECT_TRUE(scenarios.find(scenario.id));
  EXPECT_TRUE(scenarios.remove_if_version(scenario.id, 2));
  EXPECT_FALSE(scenarios.find(scenario.id));
  int allocations = -1;
  database->session() << "SELECT COUNT(*) FROM scenario_allocations", soci::into(allocations);
  EXPECT_EQ(allocations, 0);
}

}  // namespace
}  // namespace maillage::store
