#include "app/structure_messages_fr.hpp"

#include <fmt/core.h>

namespace maillage::app::structure_messages {

std::string bad_kind(std::string_view value) {
  return fmt::format(
      "« {} » n'est pas un type de structure connu : eaje, rpe, alsh, centre_social, evs ou "
      "autre",
      value);
}

std::string too_long(std::size_t length, std::size_t max) {
  return fmt::format("le texte compte {} caractères, {} au plus sont admis", length, max);
}

std::string duplicate_reference(std::string_view reference, int first_line) {
  return fmt::format("la référence « {} » figure déjà ligne {}", reference, first_line);
}

std::string reference_taken(std::string_view reference) {
  return fmt::format(
      "la référence « {} » est déjà celle d'une autre structure : choisissez-en une autre",
      reference);
}

std::string bad_area(std::string_view value) {
  return fmt::format(
      "« {} » n'est pas une superficie : écrivez un nombre de km² supérieur à 0, avec au plus "
      "deux décimales, par exemple 1 234,56",
      value);
}

std::string area_too_large(std::string_view value, std::string_view max) {
  return fmt::format("{} km² dépasse la superficie d'un territoire français ({} km² au plus)",
                     value, max);
}

}  // namespace maillage::app::structure_messages
