#include "app/post_import.hpp"

#include <gtest/gtest.h>

#include "app/test_database.hpp"
#include "store/post_repository.hpp"

namespace maillage::app {
namespace {

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
  const auto first = import_posts(*database, file);
  ASSERT_TRUE(first.applied) << (first.errors.empty() ? "" : describe(first.errors.front()));
  EXPECT_EQ(first.created, 2);
  const auto post = store::PostRepository(*database).find("GARD-1");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->annual_cost, core::Money::from_euros(50000));
  EXPECT_EQ(post->mission_fte, core::Fte::from_hundredths(50));
  EXPECT_EQ(post->function, core::PostFunction::kResponsableEquipement);
  EXPECT_EQ(post->hiring_date, core::Date::from_ymd(2020, 9, 1));

  const auto second = import_posts(*database, file);
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
  const auto report = import_posts(*database, file);
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
      import_posts(*database, "identifiant;code_territoire;couleur\nA;243000643;bleu\n");
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

}  // namespace
}  // namespace maillage::app
