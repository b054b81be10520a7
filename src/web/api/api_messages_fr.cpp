#include "web/api/api_messages_fr.hpp"

#include <fmt/core.h>

namespace maillage::web::api::messages {

std::string malformed_json(std::size_t line, std::size_t column, std::string_view near) {
  return fmt::format(
      "Le corps de la requête n'est pas du JSON valide : erreur ligne {}, colonne {}, près de "
      "« {} ».",
      line, column, near);
}

std::string wrong_type(std::string_view expected, std::string_view actual) {
  return fmt::format("{} attendu, pas {}.", expected, actual);
}

std::string unknown_field(std::string_view meant, std::string_view unit) {
  if (meant.empty()) return "Champ inconnu : retirez-le (la description OpenAPI liste les champs).";
  return fmt::format("Champ inconnu : vouliez-vous dire « {} » ({}) ?", meant, unit);
}

std::string negative_number() {
  return "Le nombre ne peut pas être négatif.";
}

std::string number_too_large(std::int64_t max) {
  return fmt::format("Le nombre est trop grand (au plus {}).", max);
}

std::string bad_iso_date(std::string_view value) {
  return fmt::format("« {} » n'est pas une date au format aaaa-mm-jj (ex. 2027-01-31).", value);
}

std::string bad_query_choice(std::string_view value, std::string_view allowed) {
  return fmt::format("« {} » n'est pas une valeur admise ({}).", value, allowed);
}

std::string bad_limit(std::string_view value, int max) {
  return fmt::format("« {} » : nombre entier de 1 à {} attendu.", value, max);
}

std::string bad_offset(std::string_view value) {
  return fmt::format("« {} » : nombre entier positif ou nul attendu.", value);
}

std::string invalid_detail(std::size_t errors) {
  if (errors == 1) return "Une valeur est invalide : voyez « errors », qui nomme le champ.";
  return fmt::format("{} valeurs sont invalides : voyez « errors », qui nomme chaque champ.",
                     errors);
}

std::string stale_detail(int sent, int current) {
  return fmt::format(
      "L'enregistrement a été modifié depuis la version {} que vous avez lue (il est à la version "
      "{}). Rien n'a été enregistré : « current » contient les valeurs actuelles ; reportez-y vos "
      "changements puis renvoyez-les avec la version {}.",
      sent, current, current);
}

}  // namespace maillage::web::api::messages
