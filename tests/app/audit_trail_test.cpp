#include "app/audit_trail.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "store/generation_repository.hpp"

namespace maillage::app {
namespace {

using testing::at;

TEST(AuditTrail, RecordsWhoWhenWhatAndListsNewestFirst) {
  auto database = testing::gard_database();
  core::Actor actor;
  actor.user_id = 7;
  actor.login = "agent.gard";
  const nlohmann::json v1 = {{"cout_annuel", "48000"}};
  const nlohmann::json v2 = {{"cout_annuel", "50000"}};
  store::in_transaction(*database, [&] {
    record_audit(*database, actor,
                 {"post", "GARD-001", "create", 1, std::nullopt, v1, "Création du poste"},
                 at("2026-11-23T08:00:00Z"));
    record_audit(*database, actor,
                 {"post", "GARD-001", "update", 2, v1, v2, "Modification du poste"},
                 at("2026-11-23T09:00:00Z"));
    record_audit(*database, command_line_actor(),
                 {"post", "GARD-002", "create", 1, std::nullopt, v1, ""},
                 at("2026-11-23T10:00:00Z"));
  });
  const auto history = history_of(*database, "post", "GARD-001");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].action, "update");
  EXPECT_EQ(history[0].at, "2026-11-23T09:00:00Z");
  EXPECT_EQ(history[0].user_id, 7);
  EXPECT_EQ(history[0].user_login, "agent.gard");
  EXPECT_EQ(history[0].version, 2);
  EXPECT_EQ(history[0].summary, "Modification du poste");
  EXPECT_EQ(nlohmann::json::parse(*history[0].before_json), v1);
  EXPECT_EQ(nlohmann::json::parse(*history[0].after_json), v2);
  EXPECT_EQ(history[1].action, "create");
  EXPECT_FALSE(history[1].before_json);

  const auto recent = store::AuditRepository(*database).list_recent(2);
  ASSERT_EQ(recent.size(), 2u);
  EXPECT_EQ(recent[0].entity_id, "GARD-002");
  EXPECT_FALSE(recent[0].user_id);  // the command line is no account
  EXPECT_EQ(store::GenerationRepository(*database).current(), 3);
}

TEST(ChangedFields, ListsTheFieldsThatDifferAsText) {
  const nlohmann::json before = {{"cout_annuel", 48000},
                                 {"fonction", "cooperation"},
                                 {"themes", {"enfance", "jeunesse"}},
                                 {"rapport_annuel_transmis", true},
                                 {"vacant_depuis", "2026-01-31"}};
  const nlohmann::json after = {{"cout_annuel", 50000},     {"fonction", "cooperation"},
                                {"themes", {"enfance"}},    {"rapport_annuel_transmis", false},
                                {"vacant_depuis", nullptr}, {"ferme_le", "2026-12-31"}};
  const auto changes = changed_fields(before, after);
  std::vector<std::string> shown;
  for (const auto& change : changes) {
    shown.push_back(change.field + ": " + change.before + " -> " + change.after);
  }
  EXPECT_EQ(shown, (std::vector<std::string>{
                       "cout_annuel: 48000 -> 50000", "ferme_le:  -> 2026-12-31",
                       "rapport_annuel_transmis: oui -> non",
                       "themes: enfance, jeunesse -> enfance", "vacant_depuis: 2026-01-31 -> "}));
  EXPECT_TRUE(changed_fields(before, before).empty());
  EXPECT_EQ(changed_fields(nullptr, {{"a", "x"}}).size(), 1u);
}

}  // namespace
}  // namespace maillage::app
