#include "web/views/import_columns.hpp"

#include "export/csv_writer.hpp"

namespace maillage::web::views {

namespace {

constexpr const char* kDate = "jj/mm/aaaa (ou aaaa-mm-jj)";
constexpr const char* kYesNo = "oui ou non";
constexpr const char* kTerritory =
    "SIREN de l'EPCI (9 chiffres) ou code INSEE de la commune (5 caractères)";

}  // namespace

const std::vector<ColumnHelp>& post_column_help() {
  static const std::vector<ColumnHelp> kColumns{
      {"identifiant", "Référence unique du poste ; un identifiant déjà importé met le poste à jour",
       "texte libre", true, "GARD-100"},
      {"code_territoire", "Territoire du poste", kTerritory, true, ""},
      {"porteur", "Employeur de l'agent", "epci, commune, syndicat, association ou prestataire",
       true, "epci"},
      {"etp_agent", "Temps de travail total de l'agent, toutes fonctions",
       "ETP, virgule décimale : 1 = temps plein, 0,8…", true, "1"},
      {"etp_mission", "Temps consacré à la mission de coopération", "ETP, au plus etp_agent : 0,5…",
       true, "0,8"},
      {"cout_annuel", "Coût chargé annuel du poste", "euros : 48000 ou 48 000,50", true, "48000"},
      {"fonction", "Fonction principale de l'agent",
       "cooperation, assistant_administratif, direction ou responsable_equipement", true,
       "cooperation"},
      {"niveau_diplome", "Niveau de diplôme de l'agent",
       "3 à 8 (cadre national des certifications : 5 = bac + 2, 6 = licence, 7 = master)", true,
       "6"},
      {"statut", "Poste existant ou création", "existant ou creation", true, "creation"},
      {"date_embauche", "Date d'embauche de l'agent", kDate, false, "01/09/2026"},
      {"vacant_depuis", "Date depuis laquelle le poste est vacant (vide s'il est pourvu)", kDate,
       false, ""},
      {"caf_associee_recrutement", "La Caf a été associée au recrutement", kYesNo, true, "oui"},
      {"participation_reseau",
       "L'agent participe au réseau départemental des chargés de coopération", kYesNo, true, "oui"},
      {"rapport_annuel_transmis", "Le rapport d'activité annuel a été transmis à la Caf", kYesNo,
       true, "non"},
  };
  return kColumns;
}

const std::vector<ColumnHelp>& ctg_column_help() {
  static const std::vector<ColumnHelp> kColumns{
      {"code_territoire", "Territoire signataire de la CTG", kTerritory, true, ""},
      {"date_debut",
       "Premier jour de la CTG ; une CTG du même territoire et de même début est mise à jour",
       kDate, true, "01/01/2026"},
      {"date_fin", "Dernier jour prévu ; les CTG d'un territoire ne se chevauchent pas", kDate,
       true, "31/12/2030"},
      {"renouvellement", "La CTG renouvelle une CTG précédente", kYesNo, true, "oui"},
  };
  return kColumns;
}

const std::vector<ColumnHelp>& structure_column_help() {
  static const std::vector<ColumnHelp> kColumns{
      {"reference",
       "Référence unique de la structure (numéro de dossier de la Caf ou du gestionnaire) ; une "
       "référence déjà importée met la structure à jour",
       "texte libre, 60 caractères au plus", true, "EAJE-2026-001"},
      {"code_territoire", "Commune où se trouve la structure, ou son EPCI", kTerritory, true, ""},
      {"type", "Type de structure",
       "eaje, rpe, alsh, centre_social, evs ou autre (ou le nom en toutes lettres : « Centre "
       "social », « Relais petite enfance »…)",
       true, "eaje"},
      {"nom", "Nom de la structure", "texte libre, 200 caractères au plus", true,
       "Multi-accueil Les Petits Pas"},
      {"date_fermeture",
       "Dernier jour d'ouverture, pour une structure fermée ; vide, une date de fermeture déjà "
       "enregistrée dans Maillage est conservée",
       kDate, false, ""},
  };
  return kColumns;
}

mstch::array column_rows(const std::vector<ColumnHelp>& columns) {
  mstch::array rows;
  for (const auto& column : columns) {
    rows.push_back(mstch::map{{"name", column.name},
                              {"meaning", column.meaning},
                              {"format", column.format},
                              {"required", column.required}});
  }
  return rows;
}

std::string template_csv(const std::vector<ColumnHelp>& columns,
                         const std::string& territory_code) {
  exports::Table table;
  table.title = "Modèle";
  std::vector<exports::Cell> example;
  for (const auto& column : columns) {
    table.columns.push_back({column.name, column.name, exports::ColumnType::kText});
    const std::string value = column.name == "code_territoire" ? territory_code : column.example;
    example.push_back(value.empty() ? exports::Cell{} : exports::Cell{value});
  }
  table.rows.push_back(std::move(example));
  return exports::write_csv(table, exports::CsvHeader::kKeys);
}

}  // namespace maillage::web::views
