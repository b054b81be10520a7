#include "app/ctg_service.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "store/ctg_repository.hpp"

namespace maillage::app {
namespace {

using testing::at;

const Timestamp kNow = at("2026-11-23T08:00:00Z");

core::Actor actor(core::Role role, std::string departement, std::vector<std::string> territories) {
  core::Actor actor;
  actor.user_id = 3;
  actor.login = std::string(core::code_of(role)) + ".test";
  actor.role = role;
  actor.caf_departement = std::move(departement);
  actor.territory_codes = std::move(territories);
  return actor;
}

const core::Actor kAdmin = actor(core::Role::kAdminCaf, "30", {});
const core::Actor kNimesAgent = actor(core::Role::kAgentCaf, "30", {"243000643"});

CtgFields fields(const std::string& territory, const std::string& start, const std::string& end,
                 const std::string& signatories = "", const std::string& themes = "") {
  return {{"code_territoire", territory}, {"date_debut", start},        {"date_fin", end},
          {"renouvellement", "non"},      {"signataires", signatories}, {"thematiques", themes}};
}

std::vector<std::string> located(const std::vector<ImportError>& errors) {
  std::vector<std::string> out;
  for (const auto& error : errors) out.push_back(error.column + ": " + error.message);
  return out;
}

TEST(CtgService, CreatesWithTrimmedListsAndRecordsItInTheHistory) {
  auto database = testing::gard_database();
  const auto result =
      create_ctg(*database, kAdmin,
                 fields("243000643", "01/01/2026", "31/12/2030",
                        "  Caf du Gard \r\n\r\nNîmes Métropole\n", "petite enfance\n jeunesse "),
                 kNow);
  ASSERT_EQ(result.status, SaveStatus::kSaved) << ::testing::PrintToString(located(result.errors));
  const auto stored = store::CtgRepository(*database).find(result.record.id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->signatories, (std::vector<std::string>{"Caf du Gard", "Nîmes Métropole"}));
  EXPECT_EQ(stored->themes, (std::vector<std::string>{"petite enfance", "jeunesse"}));
  EXPECT_EQ(stored->end, core::Date::from_ymd(2030, 12, 31));
  EXPECT_EQ(stored->version, 1);
  const auto history = history_of(*database, "ctg", std::to_string(result.record.id));
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].action, "create");
  EXPECT_EQ(history[0].user_login, "admin_caf.test");
  const auto after = nlohmann::json::parse(*history[0].after_json);
  EXPECT_EQ(after["signataires"], nlohmann::json({"Caf du Gard", "Nîmes Métropole"}));
  EXPECT_EQ(after["date_debut"], "01/01/2026");
  EXPECT_EQ(ctg_fields(*stored).at("signataires"), "Caf du Gard\nNîmes Métropole");
}

TEST(CtgService, RefusesAnOverlapUntilTheOtherCtgIsClosed) {
  auto database = testing::gard_database();
  const auto first =
      create_ctg(*database, kAdmin, fields("243000643", "01/01/2021", "31/12/2025"), kNow);
  ASSERT_EQ(first.status, SaveStatus::kSaved);
  const auto overlapping =
      create_ctg(*database, kAdmin, fields("243000643", "01/06/2025", "31/05/2030"), kNow);
  EXPECT_EQ(overlapping.status, SaveStatus::kInvalid);
  ASSERT_EQ(overlapping.errors.size(), 1u);
  EXPECT_EQ(overlapping.errors[0].column, "date_debut");
  EXPECT_NE(overlapping.errors[0].message.find("31/12/2025"), std::string::npos);
  EXPECT_EQ(store::CtgRepository(*database).list_all().size(), 1u);

  // Closed on 31/05/2025, the first CTG frees June to December 2025.
  const auto closed =
      close_ctg(*database, kAdmin, first.record.id, "31/05/2025", "Nouvelle CTG élargie", 1, kNow);
  ASSERT_EQ(closed.status, SaveStatus::kSaved) << ::testing::PrintToString(located(closed.errors));
  EXPECT_EQ(closed.record.version, 2);
  const auto now_free =
      create_ctg(*database, kAdmin, fields("243000643", "01/06/2025", "31/05/2030"), kNow);
  EXPECT_EQ(now_free.status, SaveStatus::kSaved)
      << ::testing::PrintToString(located(now_free.errors));

  // Closing later again would take back a period that is now another CTG's.
  const auto reclosed =
      close_ctg(*database, kAdmin, first.record.id, "30/09/2025", "Erreur de date", 2, kNow);
  EXPECT_EQ(reclosed.status, SaveStatus::kInvalid);
  ASSERT_EQ(reclosed.errors.size(), 1u);
  EXPECT_EQ(reclosed.errors[0].column, "cloture_le");
}

TEST(CtgService, ReadsDatesAndRenewalLikeTheImportAndChecksThePerimeter) {
  auto database = testing::gard_database();
  CtgFields bad = fields("200034379", "32/01/2026", "31/12/2025");
  bad["renouvellement"] = "peut-être";
  const auto result = create_ctg(*database, kNimesAgent, bad, kNow);
  EXPECT_EQ(result.status, SaveStatus::kInvalid);
  std::vector<std::string> columns;
  for (const auto& error : result.errors) columns.push_back(error.column);
  EXPECT_EQ(columns, (std::vector<std::string>{"code_territoire", "date_debut", "renouvellement"}));
  EXPECT_EQ(result.errors[0].message, import_messages::territory_not_in_perimeter("200034379"));

  const auto unknown =
      create_ctg(*database, kNimesAgent, fields("999999999", "01/01/2026", "31/12/2029"), kNow);
  ASSERT_FALSE(unknown.errors.empty());
  EXPECT_EQ(unknown.errors[0].message, import_messages::territory_not_in_perimeter("999999999"));

  const auto reversed =
      create_ctg(*database, kNimesAgent, fields("243000643", "01/01/2026", "31/12/2025"), kNow);
  ASSERT_EQ(reversed.errors.size(), 1u);
  EXPECT_EQ(reversed.errors[0].column, "date_fin");

  const auto elu = actor(core::Role::kElu, "30", {"243000643"});
  EXPECT_EQ(
      create_ctg(*database, elu, fields("243000643", "01/01/2026", "31/12/2029"), kNow).status,
      SaveStatus::kForbidden);
  EXPECT_TRUE(store::CtgRepository(*database).list_all().empty());
}

TEST(CtgService, LimitsTheListsOfSignatoriesAndThemes) {
  auto database = testing::gard_database();
  std::string many;
  for (int i = 1; i <= 31; ++i) many += "Signataire " + std::to_string(i) + "\n";
  const std::string long_theme = "thème\n" + std::string(201, 'x');
  const auto result = create_ctg(
      *database, kAdmin, fields("243000643", "01/01/2026", "31/12/2029", many, long_theme), kNow);
  EXPECT_EQ(result.status, SaveStatus::kInvalid);
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[0].column, "signataires");
  EXPECT_NE(result.errors[0].message.find("30"), std::string::npos);
  EXPECT_EQ(result.errors[1].column, "thematiques");
  EXPECT_NE(result.errors[1].message.find("ligne 2"), std::string::npos)
      << result.errors[1].message;
  // 200 characters, accents counted once each, pass.
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "é";
  EXPECT_EQ(
      create_ctg(*database, kAdmin, fields("243000643", "01/01/2026", "31/12/2029", accented), kNow)
          .status,
      SaveStatus::kSaved);
}

TEST(CtgService, UpdatesOverItsVersionKeepingTheTerritory) {
  auto database = testing::gard_database();
  const auto created =
      create_ctg(*database, kAdmin, fields("243000643", "01/01/2026", "31/12/2029"), kNow);
  ASSERT_EQ(created.status, SaveStatus::kSaved);
  const auto id = created.record.id;
  const auto saved = update_ctg(*database, kNimesAgent, id,
                                fields("200034379", "01/01/2026", "31/12/2030", "Caf du Gard"), 1,
                                at("2026-11-24T08:00:00Z"));
  ASSERT_EQ(saved.status, SaveStatus::kSaved) << ::testing::PrintToString(located(saved.errors));
  EXPECT_EQ(saved.record.territory_code, "243000643");
  EXPECT_EQ(saved.record.version, 2);

  const auto stale =
      update_ctg(*database, kAdmin, id, fields("", "01/01/2026", "31/12/2031"), 1, kNow);
  EXPECT_EQ(stale.status, SaveStatus::kStale);
  EXPECT_EQ(stale.record.end, core::Date::from_ymd(2030, 12, 31));
  EXPECT_EQ(stale.record.version, 2);

  const auto history = history_of(*database, "ctg", std::to_string(id));
  ASSERT_EQ(history.size(), 2u);
  const auto changes = changed_fields(nlohmann::json::parse(*history[0].before_json),
                                      nlohmann::json::parse(*history[0].after_json));
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].field, "date_fin");
  EXPECT_EQ(changes[0].before, "31/12/2029");
  EXPECT_EQ(changes[0].after, "31/12/2030");
  EXPECT_EQ(changes[1].field, "signataires");

  const auto charente_admin = actor(core::Role::kAdminCaf, "16", {});
  EXPECT_EQ(
      update_ctg(*database, charente_admin, id, fields("", "01/01/2026", "31/12/2031"), 2, kNow)
          .status,
      SaveStatus::kNotFound);
  EXPECT_EQ(update_ctg(*database, kAdmin, id + 100, fields("", "01/01/2026", "31/12/2031"), 2, kNow)
                .status,
            SaveStatus::kNotFound);
  const auto elu = actor(core::Role::kElu, "30", {"243000643"});
  EXPECT_EQ(update_ctg(*database, elu, id, fields("", "01/01/2026", "31/12/2031"), 2, kNow).status,
            SaveStatus::kForbidden);
}

TEST(CtgService, ClosesBetweenStartAndEndWithAReason) {
  auto database = testing::gard_database();
  const auto created =
      create_ctg(*database, kAdmin, fields("243000643", "01/01/2026", "31/12/2029"), kNow);
  const auto id = created.record.id;
  const auto outside = close_ctg(*database, kAdmin, id, "01/01/2030", " ", 1, kNow);
  EXPECT_EQ(outside.status, SaveStatus::kInvalid);
  ASSERT_EQ(outside.errors.size(), 2u);
  EXPECT_EQ(outside.errors[0].column, "cloture_le");
  EXPECT_EQ(outside.errors[0].message,
            import_messages::closing_outside_period("01/01/2026", "31/12/2029"));
  EXPECT_EQ(outside.errors[1].column, "motif");
  EXPECT_EQ(close_ctg(*database, kAdmin, id, "demain", "Fusion", 1, kNow).errors.at(0).message,
            import_messages::invalid_date("demain"));
  EXPECT_EQ(close_ctg(*database, kAdmin, id, "30/06/2027", "Fusion", 0, kNow).status,
            SaveStatus::kStale);

  const auto closed = close_ctg(*database, kAdmin, id, "30/06/2027", "Fusion d'EPCI", 1, kNow);
  ASSERT_EQ(closed.status, SaveStatus::kSaved);
  EXPECT_EQ(closed.record.closed_on, core::Date::from_ymd(2027, 6, 30));
  const auto history = history_of(*database, "ctg", std::to_string(id));
  EXPECT_EQ(history[0].action, "close");
  EXPECT_EQ(history[0].summary, "Fin de la CTG au 30/06/2027 : Fusion d'EPCI");

  // Its dates must still frame the closing day.
  const auto moved =
      update_ctg(*database, kAdmin, id, fields("", "01/07/2027", "31/12/2029"), 2, kNow);
  EXPECT_EQ(moved.status, SaveStatus::kInvalid);
  ASSERT_EQ(moved.errors.size(), 1u);
  EXPECT_EQ(moved.errors[0].column, "date_debut");
}

}  // namespace
}  // namespace maillage::app
