#include "app/import_messages_fr.hpp"

#include <fmt/core.h>

namespace maillage::app::import_messages {

namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

}  // namespace

std::string missing_column(std::string_view column) {
  return fmt::format("la colonne « {} » manque dans l'en-tête", column);
}

std::string unknown_column(std::string_view column, const std::vector<std::string>& expected) {
  return fmt::format("colonne « {} » inconnue ; colonnes attendues : {}", column, joined(expected));
}

std::string wrong_width(std::size_t cells, std::size_t expected) {
  return fmt::format("la ligne a {} valeurs alors que l'en-tête a {} colonnes", cells, expected);
}

std::string required(std::string_view column) {
  return fmt::format("la valeur est obligatoire ({})", column);
}

std::string bad_fte(std::string_view value) {
  return fmt::format("« {} » n'est pas un temps de travail valide (ETP, ex. 0,75 ou 1)", value);
}

std::string bad_money(std::string_view value) {
  return fmt::format("« {} » n'est pas un montant valide (ex. 45 000 ou 45 000,50)", value);
}

std::string bad_date(std::string_view value) {
  return fmt::format("« {} » n'est pas une date valide (JJ/MM/AAAA ou AAAA-MM-JJ)", value);
}

std::string bad_yes_no(std::string_view value) {
  return fmt::format("« {} » : répondez oui ou non", value);
}

std::string bad_integer(std::string_view value, int min, int max) {
  return fmt::format("« {} » : nombre entier attendu, de {} à {}", value, min, max);
}

std::string bad_choice(std::string_view value, const std::vector<std::string>& allowed) {
  return fmt::format("« {} » n'est pas une valeur admise ({})", value, joined(allowed));
}

std::string unreadable_file(std::string_view path) {
  return fmt::format("le fichier {} est introuvable ou illisible", path);
}

std::string no_rows() {
  return "le fichier ne contient aucune ligne de données";
}

std::string duplicate_id(std::string_view id, int first_line) {
  return fmt::format("l'identifiant « {} » figure déjà ligne {}", id, first_line);
}

std::string unknown_territory(std::string_view code) {
  return fmt::format(
      "territoire « {} » inconnu : importez d'abord les territoires (maillage territories "
      "import) ou corrigez le code SIREN de l'EPCI / INSEE de la commune",
      code);
}

std::string holder_fte_range(std::string_view value) {
  return fmt::format(
      "le temps de travail total de l'agent ({} ETP) doit être supérieur à 0 et au plus 1 : les "
      "fonctions d'une personne s'additionnent dans la limite d'1 ETP",
      value);
}

std::string mission_fte_zero() {
  return "le temps de mission doit être supérieur à 0";
}

std::string mission_above_holder(std::string_view mission, std::string_view holder) {
  return fmt::format(
      "le temps de mission ({} ETP) dépasse le temps de travail total de l'agent ({} ETP)", mission,
      holder);
}

std::string cost_not_positive() {
  return "le coût annuel doit être supérieur à 0 €";
}

std::string end_before_start(std::string_view start, std::string_view end) {
  return fmt::format("la date de fin ({}) précède la date de début ({})", end, start);
}

std::string overlapping_ctg(std::string_view territory, std::string_view other_start,
                            std::string_view other_end, std::string_view where) {
  return fmt::format("cette CTG chevauche celle du territoire {} du {} au {} ({})", territory,
                     other_start, other_end, where);
}

std::string vacancy_before_hiring(std::string_view vacant, std::string_view hired) {
  return fmt::format("la date de vacance ({}) précède la date d'embauche ({})", vacant, hired);
}

std::string required() {
  return "la valeur est obligatoire";
}

std::string invalid_date(std::string_view value) {
  return fmt::format("« {} » n'est pas une date : écrivez-la jj/mm/aaaa, par exemple 31/01/2027",
                     value);
}

std::string post_id_taken(std::string_view id) {
  // Says nothing of where the existing post is: it may lie outside the user's perimeter.
  return fmt::format("l'identifiant « {} » est déjà pris : choisissez-en un autre", id);
}

std::string territory_not_in_perimeter(std::string_view code) {
  return fmt::format("territoire « {} » inconnu ou hors de votre périmètre", code);
}

std::string closing_outside_period(std::string_view start, std::string_view end) {
  return fmt::format(
      "la date de fin anticipée doit être comprise entre le début de la CTG ({}) et sa fin "
      "prévue ({})",
      start, end);
}

std::string closed_outside_new_period(std::string_view closed_on) {
  return fmt::format(
      "cette CTG a pris fin le {} : ses dates de début et de fin doivent encadrer ce jour",
      closed_on);
}

std::string too_many_entries(std::string_view what, std::size_t max) {
  return fmt::format("au plus {} {}, un par ligne", max, what);
}

std::string entry_too_long(std::size_t line, std::size_t length, std::size_t max) {
  return fmt::format("la ligne {} compte {} caractères, au plus {} sont admis : abrégez-la", line,
                     length, max);
}

std::string empty_file() {
  return "le fichier est vide : choisissez le fichier CSV qui contient vos lignes";
}

std::string not_a_csv_name(std::string_view filename) {
  return fmt::format(
      "« {} » n'est pas un fichier CSV : enregistrez votre tableau au format « CSV UTF-8 "
      "(délimité par des points-virgules) », avec l'extension .csv",
      filename);
}

std::string spreadsheet_not_csv() {
  return "ce fichier est un classeur (Excel ou LibreOffice), pas un CSV : dans votre tableur, "
         "choisissez « Enregistrer sous » puis le format « CSV UTF-8 (délimité par des "
         "points-virgules) »";
}

std::string unexpected_content_type(std::string_view content_type) {
  return fmt::format(
      "le fichier envoyé est de type « {} » : un fichier texte CSV est attendu (extension .csv)",
      content_type);
}

std::string no_file_chosen() {
  return "aucun fichier n'a été choisi : sélectionnez le fichier CSV à importer";
}

std::string unknown_import_kind() {
  return "choisissez ce que contient le fichier : des postes ou des conventions (CTG)";
}

std::string file_altered() {
  return "le fichier à appliquer ne correspond plus à celui qui a été vérifié : envoyez-le à "
         "nouveau pour le vérifier";
}

}  // namespace maillage::app::import_messages
