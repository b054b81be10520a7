// Structures and territory profiles edited through the services: perimeter, messages per field,
// version-checked saves, history.
#include "app/structure_service.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "app/structure_messages_fr.hpp"
#include "app/territory_profile_service.hpp"
#include "store/generation_repository.hpp"
#include "store/structure_repository.hpp"
#include "store/territory_profile_repository.hpp"

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
const core::Actor kCharenteAdmin = actor(core::Role::kAdminCaf, "16", {});
const core::Actor kNimesAgent = actor(core::Role::kAgentCaf, "30", {"243000643"});
const core::Actor kNimesElu = actor(core::Role::kElu, "30", {"243000643"});
const core::Actor kNimesEmployer = actor(core::Role::kEmployeur, "30", {"243000643"});

StructureFields fields(const std::string& territory, const std::string& type,
                       const std::string& name, const std::string& reference = "") {
  return {{"code_territoire", territory}, {"type", type}, {"nom", name}, {"reference", reference}};
}

std::vector<std::string> columns_of(const std::vector<ImportError>& errors) {
  std::vector<std::string> columns;
  for (const auto& error : errors) columns.push_back(error.column);
  return columns;
}

TEST(StructureService, CreatesWithItsHistoryAndMakesCachesReload) {
  auto database = testing::gard_database();
  const auto generation = store::GenerationRepository(*database).current();
  const auto result = create_structure(
      *database, kNimesAgent,
      fields("30189", "Centre social", "  Centre social Le Lien ", "CS-30-001"), kNow);
  ASSERT_EQ(result.status, SaveStatus::kSaved)
      << ::testing::PrintToString(columns_of(result.errors));
  const auto stored = store::StructureRepository(*database).find(result.record.id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->kind, core::StructureKind::kCentreSocial);
  EXPECT_EQ(stored->name, "Centre social Le Lien");
  EXPECT_EQ(stored->reference, "CS-30-001");
  EXPECT_GT(store::GenerationRepository(*database).current(), generation);
  const auto history = history_of(*database, "structure", std::to_string(result.record.id));
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].action, "create");
  EXPECT_EQ(nlohmann::json::parse(*history[0].after_json)["type"], "centre_social");
}

TEST(StructureService, OnlyCafSideUsersEditAndOnlyInTheirPerimeter) {
  auto database = testing::gard_database();
  const auto outside =
      create_structure(*database, kNimesAgent, fields("200034379", "eaje", "Crèche d'Uzès"), kNow);
  EXPECT_EQ(outside.status, SaveStatus::kInvalid);
  ASSERT_EQ(columns_of(outside.errors), std::vector<std::string>{"code_territoire"});
  EXPECT_EQ(outside.errors[0].message, import_messages::territory_not_in_perimeter("200034379"));
  EXPECT_EQ(
      create_structure(*database, kCharenteAdmin, fields("30189", "eaje", "Crèche"), kNow).status,
      SaveStatus::kInvalid);
  EXPECT_EQ(create_structure(*database, kNimesElu, fields("30189", "eaje", "Crèche"), kNow).status,
            SaveStatus::kForbidden);
  EXPECT_EQ(
      create_structure(*database, kNimesEmployer, fields("30189", "eaje", "Crèche"), kNow).status,
      SaveStatus::kForbidden);
  EXPECT_TRUE(store::StructureRepository(*database).list_all().empty());

  const auto created = create_structure(*database, kAdmin, fields("30189", "eaje", "Crèche"), kNow);
  ASSERT_EQ(created.status, SaveStatus::kSaved);
  const auto id = created.record.id;
  EXPECT_EQ(
      update_structure(*database, kCharenteAdmin, id, fields("", "rpe", "Relais"), 1, kNow).status,
      SaveStatus::kNotFound);
  EXPECT_EQ(update_structure(*database, kNimesElu, id, fields("", "rpe", "Relais"), 1, kNow).status,
            SaveStatus::kForbidden);
  EXPECT_EQ(close_structure(*database, kNimesElu, id, "31/12/2026", 1, kNow).status,
            SaveStatus::kForbidden);
  EXPECT_EQ(store::StructureRepository(*database).find(id)->version, 1);
}

TEST(StructureService, SaysWhatIsWrongFieldByField) {
  auto database = testing::gard_database();
  const auto result =
      create_structure(*database, kAdmin, fields("", "creche", "", std::string(61, 'R')), kNow);
  EXPECT_EQ(result.status, SaveStatus::kInvalid);
  EXPECT_EQ(columns_of(result.errors),
            (std::vector<std::string>{"reference", "code_territoire", "type", "nom"}));
  EXPECT_EQ(result.errors[2].message, structure_messages::bad_kind("creche"));
  EXPECT_EQ(result.errors[1].line, 0);
  EXPECT_TRUE(store::StructureRepository(*database).list_all().empty());
}

TEST(StructureService, RefusesATakenReferenceAndAStaleSave) {
  auto database = testing::gard_database();
  const auto first =
      create_structure(*database, kAdmin, fields("30189", "eaje", "Crèche A", "REF-1"), kNow);
  const auto second =
      create_structure(*database, kAdmin, fields("30189", "eaje", "Crèche B", "REF-2"), kNow);
  ASSERT_EQ(second.status, SaveStatus::kSaved);
  const auto taken =
      create_structure(*database, kAdmin, fields("30189", "rpe", "Relais", "REF-1"), kNow);
  EXPECT_EQ(taken.status, SaveStatus::kInvalid);
  ASSERT_EQ(columns_of(taken.errors), std::vector<std::string>{"reference"});
  EXPECT_EQ(taken.errors[0].message, structure_messages::reference_taken("REF-1"));
  const auto renamed_onto = update_structure(*database, kAdmin, second.record.id,
                                             fields("", "eaje", "Crèche B", "REF-1"), 1, kNow);
  EXPECT_EQ(renamed_onto.status, SaveStatus::kInvalid);

  const auto saved = update_structure(*database, kAdmin, first.record.id,
                                      fields("", "eaje", "Crèche A bis", "REF-1"), 1, kNow);
  ASSERT_EQ(saved.status, SaveStatus::kSaved);
  EXPECT_EQ(saved.record.version, 2);
  EXPECT_EQ(saved.record.territory_code, "30189");  // the territory stays
  const auto stale = update_structure(*database, kAdmin, first.record.id,
                                      fields("", "eaje", "Crèche A ter", "REF-1"), 1, kNow);
  EXPECT_EQ(stale.status, SaveStatus::kStale);
  EXPECT_EQ(stale.record.name, "Crèche A bis");
  EXPECT_EQ(store::StructureRepository(*database).find(first.record.id)->name, "Crèche A bis");
}

TEST(StructureService, ClosesAndReopensAStructure) {
  auto database = testing::gard_database();
  const auto created = create_structure(*database, kAdmin, fields("30189", "alsh", "ALSH"), kNow);
  const auto id = created.record.id;
  const auto missing = close_structure(*database, kAdmin, id, " ", 1, kNow);
  EXPECT_EQ(missing.status, SaveStatus::kInvalid);
  EXPECT_EQ(columns_of(missing.errors), std::vector<std::string>{"date_fermeture"});
  const auto wrong = close_structure(*database, kAdmin, id, "31/02/2026", 1, kNow);
  ASSERT_EQ(wrong.errors.size(), 1u);
  EXPECT_EQ(wrong.errors[0].message, import_messages::invalid_date("31/02/2026"));

  const auto closed = close_structure(*database, kAdmin, id, "31/08/2026", 1, kNow);
  ASSERT_EQ(closed.status, SaveStatus::kSaved);
  EXPECT_EQ(store::StructureRepository(*database).find(id)->closed_on,
            core::Date::from_ymd(2026, 8, 31));
  EXPECT_EQ(close_structure(*database, kAdmin, id, "31/08/2026", 1, kNow).status,
            SaveStatus::kStale);

  auto reopen = fields("", "alsh", "ALSH");
  reopen["date_fermeture"] = "";
  ASSERT_EQ(update_structure(*database, kAdmin, id, reopen, 2, kNow).status, SaveStatus::kSaved);
  EXPECT_FALSE(store::StructureRepository(*database).find(id)->closed_on);
  const auto history = history_of(*database, "structure", std::to_string(id));
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[1].action, "close");  // newest first
  EXPECT_EQ(history[1].summary, "Fermeture de la structure au 31/08/2026");
}

TEST(TerritoryProfile, ReadsAreasInSquareKilometresToTheHundredth) {
  EXPECT_EQ(parse_area_km2("1 234,56"), 123'456);
  EXPECT_EQ(parse_area_km2("1\xC2\xA0"
                           "234,56"),
            123'456);
  EXPECT_EQ(parse_area_km2("1234.5"), 123'450);
  EXPECT_EQ(parse_area_km2("12"), 1'200);
  EXPECT_EQ(parse_area_km2("0,01"), 1);
  for (const char* bad :
       {"", "0", "0,00", "-3", "12,345", "abc", "1,2,3", "12,", ",5", "1e3", "12345678"}) {
    EXPECT_FALSE(parse_area_km2(bad)) << bad;
  }
  EXPECT_EQ(format_area_km2(123'456),
            "1\xC2\xA0"
            "234,56");
  EXPECT_EQ(format_area_km2(123'450),
            "1\xC2\xA0"
            "234,5");
  EXPECT_EQ(format_area_km2(1'200), "12");
  EXPECT_EQ(format_area_km2(5), "0,05");
}

TEST(TerritoryProfile, SavesATypedAreaAndSpecificsWithTheirHistory) {
  auto database = testing::gard_database();
  const auto generation = store::GenerationRepository(*database).current();
  EXPECT_EQ(profile_or_empty(*database, "243000643").version, 0);
  const auto saved = update_territory_profile(
      *database, kNimesAgent, "243000643",
      {{"superficie_km2", " 162,12 "}, {"specificites", "Compétence petite enfance\r\nQPV  \r\n"}},
      0, kNow);
  ASSERT_EQ(saved.status, SaveStatus::kSaved);
  const auto stored = store::TerritoryProfileRepository(*database).find("243000643");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->area_hectares, 16'212);
  EXPECT_EQ(stored->area_source, core::AreaSource::kEntered);
  EXPECT_EQ(stored->specifics, "Compétence petite enfance\nQPV");
  EXPECT_EQ(stored->version, 1);
  EXPECT_GT(store::GenerationRepository(*database).current(), generation);

  const auto again = update_territory_profile(
      *database, kAdmin, "243000643",
      {{"superficie_km2", "162,12"}, {"specificites", "Compétence jeunesse"}}, 1, kNow);
  ASSERT_EQ(again.status, SaveStatus::kSaved);
  const auto history = history_of(*database, "territory_profile", "243000643");
  ASSERT_EQ(history.size(), 2u);
  const auto changes = changed_fields(nlohmann::json::parse(*history[0].before_json),
                                      nlohmann::json::parse(*history[0].after_json));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].field, "specificites");
  EXPECT_EQ(changes[0].before, "Compétence petite enfance\nQPV");
}

TEST(TerritoryProfile, RefusesBadValuesStaleSavesAndOutsiders) {
  auto database = testing::gard_database();
  const auto bad = update_territory_profile(
      *database, kAdmin, "243000643",
      {{"superficie_km2", "12,345"}, {"specificites", std::string(4001, 'x')}}, 0, kNow);
  EXPECT_EQ(bad.status, SaveStatus::kInvalid);
  EXPECT_EQ(columns_of(bad.errors), (std::vector<std::string>{"superficie_km2", "specificites"}));
  EXPECT_EQ(bad.errors[0].message, structure_messages::bad_area("12,345"));
  const auto huge = update_territory_profile(*database, kAdmin, "243000643",
                                             {{"superficie_km2", "200 000"}}, 0, kNow);
  EXPECT_EQ(columns_of(huge.errors), std::vector<std::string>{"superficie_km2"});
  EXPECT_FALSE(store::TerritoryProfileRepository(*database).find("243000643"));

  EXPECT_EQ(update_territory_profile(*database, kNimesElu, "243000643", {}, 0, kNow).status,
            SaveStatus::kForbidden);
  EXPECT_EQ(update_territory_profile(*database, kCharenteAdmin, "243000643", {}, 0, kNow).status,
            SaveStatus::kNotFound);
  EXPECT_EQ(update_territory_profile(*database, kNimesAgent, "200034379", {}, 0, kNow).status,
            SaveStatus::kNotFound);
  EXPECT_EQ(update_territory_profile(*database, kAdmin, "999999999", {}, 0, kNow).status,
            SaveStatus::kNotFound);

  ASSERT_EQ(update_territory_profile(*database, kAdmin, "243000643", {{"specificites", "Premier"}},
                                     0, kNow)
                .status,
            SaveStatus::kSaved);
  // A second editor who opened the page before the first save.
  const auto stale = update_territory_profile(*database, kNimesAgent, "243000643",
                                              {{"specificites", "Second"}}, 0, kNow);
  EXPECT_EQ(stale.status, SaveStatus::kStale);
  EXPECT_EQ(stale.record.specifics, "Premier");
  EXPECT_EQ(store::TerritoryProfileRepository(*database).find("243000643")->specifics, "Premier");
}

TEST(TerritoryProfile, AnEmptyAreaKeepsTheComputedOneAndClearsATypedOne) {
  auto database = testing::gard_database();
  store::TerritoryProfileRepository(*database).insert(
      {"243000643", 16'212, core::AreaSource::kBoundaries, "", 1});
  EXPECT_EQ(profile_fields(profile_or_empty(*database, "243000643")).at("superficie_km2"), "");
  ASSERT_EQ(update_territory_profile(*database, kAdmin, "243000643",
                                     {{"superficie_km2", ""}, {"specificites", "Rural"}}, 1, kNow)
                .status,
            SaveStatus::kSaved);
  auto stored = store::TerritoryProfileRepository(*database).find("243000643");
  EXPECT_EQ(stored->area_hectares, 16'212);
  EXPECT_EQ(stored->area_source, core::AreaSource::kBoundaries);

  ASSERT_EQ(
      update_territory_profile(*database, kAdmin, "243000643",
                               {{"superficie_km2", "170"}, {"specificites", "Rural"}}, 2, kNow)
          .status,
      SaveStatus::kSaved);
  stored = store::TerritoryProfileRepository(*database).find("243000643");
  EXPECT_EQ(stored->area_hectares, 17'000);
  EXPECT_EQ(stored->area_source, core::AreaSource::kEntered);
  ASSERT_EQ(update_territory_profile(*database, kAdmin, "243000643",
                                     {{"superficie_km2", ""}, {"specificites", "Rural"}}, 3, kNow)
                .status,
            SaveStatus::kSaved);
  stored = store::TerritoryProfileRepository(*database).find("243000643");
  EXPECT_FALSE(stored->area_hectares);
  EXPECT_EQ(stored->area_source, core::AreaSource::kNone);
}

}  // namespace
}  // namespace maillage::app
