#include "app/post_import.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "store/generation_repository.hpp"
#include "store/post_repository.hpp"

namespace maillage::app {
namespace {

using testing::at;

const Timestamp kNow = at("2026-11-23T08:00:00Z");

// A Caf officer of Nîmes Métropole only (the Pays d'Uzès is outside their perimeter).
core::Actor nimes_agent() {
  core::Actor actor;
  actor.user_id = 7;
  actor.login = "agent.nimes";
  actor.role = core::Role::kAgentCaf;
  actor.caf_departement = "30";
  actor.territory_codes = {"243000643"};
  return actor;
}

ImportReport import_as_command_line(store::Database& database, std::string_view file) {
  return import_posts(database, file, command_line_actor(), kNow);
}

const std::string kHeader =
    "identifiant;code_territoire;porteur;etp_agent;etp_mission;cout_annuel;fonction;"
    "niveau_diplome;statut;date_embauche;vacant_depuis;caf_associee_recrutement;"
    "participation_reseau;rapport_annuel_transmis\n";

TEST(PostImport, WritesAValidFileAndUpdatesOnReimport) {
  auto database = testing::gard_database();
  const std::string file = kHeader +
                           "GARD-1;243000643;epci;1;0,5;50 000;responsable_equipement;6;existant;"
                           "01/09/2020;;oui;oui;oui\n"
                           "GARD-2;30189;commune;0.8;0.8;40000;cooperation;5;creation;2026-02-01;;"
                           "OUI;non;non\n";
  const auto first = import_as_command_line(*database, file);
  ASSERT_TRUE(first.applied) << (first.errors.empty() ? "" : describe(first.errors.front()));
  EXPECT_EQ(first.created, 2);
  const auto post = store::PostRepository(*database).find("GARD-1");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->annual_cost, core::Money::from_euros(50000));
  EXPECT_EQ(post->mission_fte, core::Fte::from_hundredths(50));
  EXPECT_EQ(post->function, core::PostFunction::kResponsableEquipement);
  EXPECT_EQ(post->hiring_date, core::Date::from_ymd(2020, 9, 1));

  const auto second = import_as_command_line(*database, file);
  EXPECT_EQ(second.updated, 2);
  EXPECT_EQ(store::PostRepository(*database).find("GARD-2")->version, 2);
}

TEST(PostImport, RefusesAWholeFileListingEveryErrorByLineAndColumn) {
  auto database = testing::gard_database();
  const std::string file =
      kHeader +
      "OK-1;243000643;epci;1;1;45000;cooperation;6;existant;;;oui;oui;oui\n"
      "BAD-1;99999;mairie;1,2;0,5;45 000,555;chef;9;ancien;32/01/2026;;peut-etre;oui;oui\n"
      "BAD-2;243000643;epci;0,5;0,8;-3;cooperation;6;existant;;;oui;oui;oui\n"
      "OK-1;243000643;epci;1;1;45000;cooperation;6;existant;;;oui;oui;oui\n"
      "court;243000643\n";
  const auto report = import_as_command_line(*database, file);
  EXPECT_FALSE(report.applied);
  std::vector<std::string> located;
  for (const auto& error : report.errors) {
    located.push_back(std::to_string(error.line) + ":" + error.column);
  }
  const std::vector<std::string> expected{"3:code_territoire",
                                          "3:porteur",
                                          "3:etp_agent",
                                          "3:cout_annuel",
                                          "3:fonction",
                                          "3:niveau_diplome",
                                          "3:statut",
                                          "3:date_embauche",
                                          "3:caf_associee_recrutement",
                                          "4:etp_mission",
                                          "4:cout_annuel",
                                          "5:identifiant",
                                          "6:"};
  EXPECT_EQ(located, expected);
  EXPECT_NE(describe(report.errors.front()).find("ligne 3, colonne « code_territoire »"),
            std::string::npos);
  EXPECT_TRUE(store::PostRepository(*database).list_all().empty()) << "rien ne doit être écrit";
}

TEST(PostImport, RefusesAMissingOrUnknownColumn) {
  auto database = testing::gard_database();
  const auto report =
      import_as_command_line(*database, "identifiant;code_territoire;couleur\nA;243000643;bleu\n");
  EXPECT_FALSE(report.applied);
  bool unknown = false;
  int missing = 0;
  for (const auto& error : report.errors) {
    if (error.column == "couleur") unknown = true;
    if (error.message.find("manque") != std::string::npos) ++missing;
  }
  EXPECT_TRUE(unknown);
  EXPECT_EQ(missing, 12);
}

const std::string kNimesLine =
    "GARD-1;243000643;epci;1;1;45000;cooperation;6;existant;;;oui;oui;oui\n";
const std::string kUzesLine =
    "GARD-9;200034379;epci;1;1;45000;cooperation;6;existant;;;oui;oui;oui\n";

TEST(PostImport, RecordsEachCreationAndUpdateInTheHistoryAndBumpsTheGeneration) {
  auto database = testing::gard_database();
  const auto generation = store::GenerationRepository(*database).current();
  ASSERT_TRUE(import_posts(*database, kHeader + kNimesLine, nimes_agent(), kNow).applied);
  const std::string changed =
      kHeader + "GARD-1;243000643;epci;1;1;48000;cooperation;6;existant;;;oui;oui;oui\n";
  ASSERT_TRUE(import_posts(*database, changed, nimes_agent(), at("2026-11-24T08:00:00Z")).applied);
  const auto history = history_of(*database, "post", "GARD-1");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].action, "import");
  EXPECT_FALSE(history[1].before_json);
  EXPECT_EQ(history[1].version, 1);
  EXPECT_EQ(history[0].action, "import");
  EXPECT_EQ(history[0].version, 2);
  EXPECT_EQ(history[0].user_login, "agent.nimes");
  EXPECT_EQ(history[0].at, "2026-11-24T08:00:00Z");
  const auto changes = changed_fields(nlohmann::json::parse(*history[0].before_json),
                                      nlohmann::json::parse(*history[0].after_json));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].field, "cout_annuel");
  EXPECT_GT(store::GenerationRepository(*database).current(), generation);
}

TEST(PostImport, RefusesATerritoryOutsideTheAuthorsPerimeterOnItsLine) {
  auto database = testing::gard_database();
  const auto report = import_posts(*database,
                                   kHeader + kNimesLine + kUzesLine +
                                       "GARD-3;999999999;epci;1;1;45000;cooperation;6;"
                                       "existant;;;oui;oui;oui\n",
                                   nimes_agent(), kNow);
  EXPECT_FALSE(report.applied);
  ASSERT_EQ(report.errors.size(), 2u);
  EXPECT_EQ(report.errors[0].line, 3);
  EXPECT_EQ(report.errors[0].column, "code_territoire");
  EXPECT_EQ(report.errors[0].message, import_messages::territory_not_in_perimeter("200034379"));
  // Unknown and outside the perimeter read the same.
  EXPECT_EQ(report.errors[1].message, import_messages::territory_not_in_perimeter("999999999"));
  EXPECT_TRUE(store::PostRepository(*database).list_all().empty());
  EXPECT_TRUE(history_of(*database, "post", "GARD-1").empty());
}

TEST(PostImport, RefusesAnIdTakenOutsideThePerimeterWithoutSayingWhere) {
  auto database = testing::gard_database();
  ASSERT_TRUE(import_as_command_line(*database, kHeader + kUzesLine).applied);
  // The same id, moved into the author's territory: it would take over another territory's post.
  const std::string file =
      kHeader + "GARD-9;243000643;epci;1;1;45000;cooperation;6;existant;;;oui;oui;oui\n";
  const auto report = import_posts(*database, file, nimes_agent(), kNow);
  EXPECT_FALSE(report.applied);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].line, 2);
  EXPECT_EQ(report.errors[0].column, "identifiant");
  EXPECT_EQ(report.errors[0].message, import_messages::post_id_taken("GARD-9"));
  EXPECT_EQ(store::PostRepository(*database).find("GARD-9")->territory_code, "200034379");
}

TEST(PostImport, TheCommandLineIsNotLimitedToAPerimeter) {
  auto database = testing::gard_database();
  const auto report = import_as_command_line(*database, kHeader + kNimesLine + kUzesLine);
  EXPECT_TRUE(report.applied);
  EXPECT_EQ(history_of(*database, "post", "GARD-9").front().user_login, "ligne-de-commande");
}

TEST(PostImport, PreviewCountsWithoutWriting) {
  auto database = testing::gard_database();
  ASSERT_TRUE(import_as_command_line(*database, kHeader + kNimesLine).applied);
  const std::string file = kHeader + kNimesLine +
                           "GARD-2;30189;commune;1;1;45000;cooperation;6;existant;;;oui;oui;oui\n";
  const auto preview = preview_posts(*database, file, nimes_agent());
  EXPECT_FALSE(preview.applied);
  EXPECT_TRUE(preview.errors.empty());
  EXPECT_EQ(preview.rows, 2);
  EXPECT_EQ(preview.created, 1);
  EXPECT_EQ(preview.updated, 1);
  EXPECT_FALSE(store::PostRepository(*database).exists("GARD-2"));
  EXPECT_EQ(preview_posts(*database, kHeader + kUzesLine, nimes_agent()).errors.size(), 1u);
}

}  // namespace
}  // namespace maillage::app
