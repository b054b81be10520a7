#include "app/ctg_import.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "store/ctg_repository.hpp"

namespace maillage::app {
namespace {

using testing::at;

const Timestamp kNow = at("2026-11-23T08:00:00Z");
const std::string kHeader = "code_territoire;date_debut;date_fin;renouvellement\n";

ImportReport import_ctgs(store::Database& database, std::string_view file) {
  return app::import_ctgs(database, file, command_line_actor(), kNow);
}

core::Actor nimes_agent() {
  core::Actor actor;
  actor.user_id = 7;
  actor.login = "agent.nimes";
  actor.role = core::Role::kAgentCaf;
  actor.caf_departement = "30";
  actor.territory_codes = {"243000643"};
  return actor;
}

TEST(CtgImport, ImportsCommaSeparatedIsoDatesAndUpdatesSameStart) {
  auto database = testing::gard_database();
  const auto report = import_ctgs(*database,
                                  "code_territoire,date_debut,date_fin,renouvellement\n"
                                  "243000643,2021-01-01,2025-12-31,non\n"
                                  "243000643,2026-01-01,2030-12-31,oui\n");
  ASSERT_TRUE(report.applied);
  EXPECT_EQ(report.created, 2);
  const auto again = import_ctgs(*database,
                                 "code_territoire;date_debut;date_fin;renouvellement\n"
                                 "243000643;01/01/2026;31/12/2029;oui\n");
  ASSERT_TRUE(again.applied) << (again.errors.empty() ? "" : describe(again.errors.front()));
  EXPECT_EQ(again.updated, 1);
  const auto ctgs = store::CtgRepository(*database).list_for_territory("243000643");
  ASSERT_EQ(ctgs.size(), 2u);
  EXPECT_EQ(ctgs[1].end, core::Date::from_ymd(2029, 12, 31));
}

TEST(CtgImport, RefusesOverlapsUnknownTerritoriesAndReversedDates) {
  auto database = testing::gard_database();
  ASSERT_TRUE(import_ctgs(*database,
                          "code_territoire;date_debut;date_fin;renouvellement\n"
                          "243000643;01/01/2026;31/12/2029;oui\n")
                  .applied);
  const auto report = import_ctgs(*database,
                                  "code_territoire;date_debut;date_fin;renouvellement\n"
                                  "243000643;01/06/2029;31/12/2032;oui\n"
                                  "200034379;01/01/2026;31/12/2025;non\n"
                                  "000000000;01/01/2026;31/12/2029;non\n"
                                  "200034379;01/01/2024;31/12/2027;peut-être\n"
                                  "200034379;01/01/2024;31/12/2027;non\n"
                                  "200034379;01/01/2027;31/12/2030;oui\n");
  EXPECT_FALSE(report.applied);
  std::vector<std::string> located;
  for (const auto& error : report.errors)
    located.push_back(std::to_string(error.line) + ":" + error.column);
  EXPECT_EQ(located, (std::vector<std::string>{"2:date_debut", "3:date_fin", "4:code_territoire",
                                               "5:renouvellement", "7:date_debut"}));
  EXPECT_EQ(store::CtgRepository(*database).list_all().size(), 1u);
}

TEST(CtgImport, AClosedCtgFreesTheRestOfItsPeriod) {
  auto database = testing::gard_database();
  ASSERT_TRUE(import_ctgs(*database, kHeader + "243000643;01/01/2022;31/12/2027;non\n").applied);
  auto ctg = store::CtgRepository(*database).list_for_territory("243000643").front();
  ctg.closed_on = core::Date::from_ymd(2025, 6, 30);
  store::in_transaction(*database,
                        [&] { store::CtgRepository(*database).update_if_version(ctg, 1); });
  const auto overlapping =
      import_ctgs(*database, kHeader + "243000643;01/06/2025;31/12/2030;oui\n");
  ASSERT_EQ(overlapping.errors.size(), 1u);
  EXPECT_NE(overlapping.errors[0].message.find("30/06/2025"), std::string::npos)
      << overlapping.errors[0].message;
  const auto after_closing =
      import_ctgs(*database, kHeader + "243000643;01/07/2025;31/12/2030;oui\n");
  EXPECT_TRUE(after_closing.applied)
      << (after_closing.errors.empty() ? "" : describe(after_closing.errors.front()));
}

TEST(CtgImport, RecordsEachCtgInTheHistory) {
  auto database = testing::gard_database();
  ASSERT_TRUE(app::import_ctgs(*database, kHeader + "243000643;01/01/2026;31/12/2029;oui\n",
                               nimes_agent(), kNow)
                  .applied);
  ASSERT_TRUE(app::import_ctgs(*database, kHeader + "243000643;01/01/2026;31/12/2030;oui\n",
                               nimes_agent(), at("2026-11-24T08:00:00Z"))
                  .applied);
  const auto ctg = store::CtgRepository(*database).list_for_territory("243000643").front();
  const auto history = history_of(*database, "ctg", std::to_string(ctg.id));
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].action, "import");
  EXPECT_FALSE(history[1].before_json);
  EXPECT_EQ(history[0].version, 2);
  const auto changes = changed_fields(nlohmann::json::parse(*history[0].before_json),
                                      nlohmann::json::parse(*history[0].after_json));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].field, "date_fin");
  EXPECT_EQ(changes[0].after, "31/12/2030");
}

TEST(CtgImport, RefusesATerritoryOutsideTheAuthorsPerimeterAndPreviewsCounts) {
  auto database = testing::gard_database();
  const std::string file =
      kHeader + "243000643;01/01/2026;31/12/2029;oui\n" + "200034379;01/01/2026;31/12/2029;oui\n";
  const auto report = app::import_ctgs(*database, file, nimes_agent(), kNow);
  EXPECT_FALSE(report.applied);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].line, 3);
  EXPECT_EQ(report.errors[0].column, "code_territoire");
  EXPECT_EQ(report.errors[0].message, import_messages::territory_not_in_perimeter("200034379"));
  EXPECT_TRUE(store::CtgRepository(*database).list_all().empty());

  ASSERT_TRUE(import_ctgs(*database, kHeader + "243000643;01/01/2021;31/12/2025;non\n").applied);
  const auto preview = preview_ctgs(
      *database,
      kHeader + "243000643;01/01/2021;31/12/2025;oui\n243000643;01/01/2026;31/12/2029;oui\n",
      nimes_agent());
  EXPECT_TRUE(preview.errors.empty());
  EXPECT_EQ(preview.created, 1);
  EXPECT_EQ(preview.updated, 1);
  EXPECT_EQ(store::CtgRepository(*database).list_all().size(), 1u);
}

}  // namespace
}  // namespace maillage::app
