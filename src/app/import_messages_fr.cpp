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

}  // namespace maillage::app::import_messages
