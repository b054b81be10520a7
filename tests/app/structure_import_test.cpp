#include "app/structure_import.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "app/structure_messages_fr.hpp"
#include "store/structure_repository.hpp"

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

const std::string kHeader = "reference;code_territoire;type;nom;date_fermeture\n";

std::vector<std::string> located(const std::vector<ImportError>& errors) {
  std::vector<std::string> out;
  for (const auto& error : errors) out.push_back(describe(error));
  return out;
}

TEST(StructureImport, WritesAValidFileAndUpdatesByReferenceOnReimport) {
  auto database = testing::gard_database();
  const std::string file = kHeader +
                           "EAJE-1;30189;eaje;Multi-accueil Les Petits Pas;\n"
                           "RPE-1;243000643;Relais petite enfance (RPE);Relais de Nîmes;\n"
                           "CS-1;200034379;Centre-Social;Centre social Le Lien;31/08/2025\n";
  const auto preview = preview_structures(*database, file, command_line_actor());
  EXPECT_EQ(preview.rows, 3);
  EXPECT_EQ(preview.created, 3);
  EXPECT_TRUE(store::StructureRepository(*database).list_all().empty());

  const auto first = import_structures(*database, file, command_line_actor(), kNow);
  ASSERT_TRUE(first.applied) << ::testing::PrintToString(located(first.errors));
  EXPECT_EQ(first.created, 3);
  store::StructureRepository structures(*database);
  const auto relais = structures.find_by_reference("RPE-1");
  ASSERT_TRUE(relais);
  EXPECT_EQ(relais->kind, core::StructureKind::kRpe);
  EXPECT_EQ(relais->territory_code, "243000643");
  EXPECT_EQ(structures.find_by_reference("CS-1")->kind, core::StructureKind::kCentreSocial);
  EXPECT_EQ(structures.find_by_reference("CS-1")->closed_on, core::Date::from_ymd(2025, 8, 31));
  EXPECT_EQ(history_of(*database, "structure", std::to_string(relais->id)).size(), 1u);

  // The same file again: nothing duplicated, nothing written.
  const auto same = import_structures(*database, file, command_line_actor(), kNow);
  ASSERT_TRUE(same.applied);
  EXPECT_EQ(same.rows, 3);
  EXPECT_EQ(same.created, 0);
  EXPECT_EQ(same.updated, 0);
  EXPECT_EQ(structures.list_all().size(), 3u);
  EXPECT_EQ(structures.find_by_reference("RPE-1")->version, 1);

  // A changed name updates; an empty closing date keeps the one recorded.
  const std::string changed = kHeader +
                              "RPE-1;243000643;rpe;Relais petite enfance de Nîmes;\n"
                              "CS-1;200034379;centre_social;Centre social Le Lien;\n";
  const auto preview_changed = preview_structures(*database, changed, command_line_actor());
  EXPECT_EQ(preview_changed.updated, 1);
  EXPECT_EQ(preview_changed.created, 0);
  const auto second = import_structures(*database, changed, command_line_actor(), kNow);
  ASSERT_TRUE(second.applied);
  EXPECT_EQ(second.updated, 1);
  EXPECT_EQ(structures.list_all().size(), 3u);
  EXPECT_EQ(structures.find_by_reference("RPE-1")->name, "Relais petite enfance de Nîmes");
  EXPECT_EQ(structures.find_by_reference("RPE-1")->version, 2);
  EXPECT_EQ(structures.find_by_reference("CS-1")->closed_on, core::Date::from_ymd(2025, 8, 31));
  const auto history = history_of(*database, "structure", std::to_string(relais->id));
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].action, "import");
  EXPECT_EQ(history[0].summary, "Mise à jour de la structure par import");
}

TEST(StructureImport, RefusesAWholeFileListingEveryErrorByLineAndColumn) {
  auto database = testing::gard_database();
  const std::string file = kHeader +
                           "EAJE-1;30189;eaje;Crèche valable;\n"
                           "EAJE-2;30189;creche;Crèche Les Lucioles;\n"
                           "EAJE-3;99999;eaje;Crèche fantôme;\n"
                           "EAJE-4;30189;eaje;Crèche fermée;31/13/2025\n"
                           "EAJE-1;30189;eaje;Doublon;\n"
                           ";30189;;;\n"
                           "EAJE-6;30189;eaje\n";
  const auto report = import_structures(*database, file, command_line_actor(), kNow);
  EXPECT_FALSE(report.applied);
  EXPECT_EQ(
      located(report.errors),
      (std::vector<std::string>{
          "ligne 3, colonne « type » : " + structure_messages::bad_kind("creche"),
          "ligne 4, colonne « code_territoire » : " + import_messages::unknown_territory("99999"),
          "ligne 5, colonne « date_fermeture » : " + import_messages::bad_date("31/13/2025"),
          "ligne 6, colonne « reference » : " +
              structure_messages::duplicate_reference("EAJE-1", 2),
          "ligne 7, colonne « reference » : " + import_messages::required("reference"),
          "ligne 7, colonne « type » : " + import_messages::required("type"),
          "ligne 7, colonne « nom » : " + import_messages::required("nom"),
          "ligne 8 : " + import_messages::wrong_width(3, 5)}));
  EXPECT_TRUE(store::StructureRepository(*database).list_all().empty());  // not even line 2

  const auto header = import_structures(*database, "reference;code;type;nom\nA;30189;eaje;B\n",
                                        command_line_actor(), kNow);
  EXPECT_FALSE(header.applied);
  EXPECT_EQ(header.errors.front().line, 1);
}

TEST(StructureImport, KeepsASignedInImporterInTheirPerimeter) {
  auto database = testing::gard_database();
  ASSERT_TRUE(import_structures(*database, kHeader + "UZ-1;200034379;evs;EVS d'Uzès;\n",
                                command_line_actor(), kNow)
                  .applied);
  const std::string file = kHeader +
                           "N-1;30189;alsh;Accueil de loisirs de Nîmes;\n"
                           "N-2;200034379;alsh;Accueil de loisirs d'Uzès;\n"
                           "UZ-1;30189;evs;EVS repris;\n";
  const auto report = import_structures(*database, file, nimes_agent(), kNow);
  EXPECT_FALSE(report.applied);
  EXPECT_EQ(located(report.errors),
            (std::vector<std::string>{"ligne 3, colonne « code_territoire » : " +
                                          import_messages::territory_not_in_perimeter("200034379"),
                                      "ligne 4, colonne « reference » : " +
                                          structure_messages::reference_taken("UZ-1")}));
  EXPECT_EQ(store::StructureRepository(*database).find_by_reference("UZ-1")->name, "EVS d'Uzès");

  auto elu = nimes_agent();
  elu.role = core::Role::kElu;
  const auto refused = import_structures(
      *database, kHeader + "N-1;30189;alsh;Accueil de loisirs de Nîmes;\n", elu, kNow);
  EXPECT_FALSE(refused.applied);
  EXPECT_FALSE(store::StructureRepository(*database).find_by_reference("N-1"));
}

TEST(StructureImport, ReadsKindsByCodeOrFrenchName) {
  EXPECT_EQ(read_structure_kind("EAJE"), core::StructureKind::kEaje);
  EXPECT_EQ(read_structure_kind(" centre_social "), core::StructureKind::kCentreSocial);
  EXPECT_EQ(read_structure_kind("CENTRE SOCIAL"), core::StructureKind::kCentreSocial);
  EXPECT_EQ(read_structure_kind("Établissement d'accueil du jeune enfant (EAJE)"),
            core::StructureKind::kEaje);
  EXPECT_EQ(read_structure_kind("ÉTABLISSEMENT D’ACCUEIL DU JEUNE ENFANT"),
            core::StructureKind::kEaje);
  EXPECT_EQ(read_structure_kind("Espace de vie sociale"), core::StructureKind::kEvs);
  EXPECT_EQ(read_structure_kind("accueil de loisirs"), core::StructureKind::kAlsh);
  EXPECT_EQ(read_structure_kind("Autre structure"), core::StructureKind::kAutre);
  EXPECT_FALSE(read_structure_kind("crèche"));
  EXPECT_FALSE(read_structure_kind(""));
  for (const auto kind : {core::StructureKind::kEaje, core::StructureKind::kRpe,
                          core::StructureKind::kAlsh, core::StructureKind::kCentreSocial,
                          core::StructureKind::kEvs, core::StructureKind::kAutre}) {
    EXPECT_EQ(core::parse_structure_kind(core::code_of(kind)), kind);
    EXPECT_EQ(read_structure_kind(core::label_of(kind)), kind);
  }
}

}  // namespace
}  // namespace maillage::app
