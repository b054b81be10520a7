#include "app/redeployment_messages_fr.hpp"

#include <fmt/core.h>

namespace maillage::app::redeployment_messages {

std::string required() {
  return "la valeur est obligatoire";
}

std::string negative(std::string_view value, std::string_view what) {
  return fmt::format("« {} » est négatif : {} ne peut pas être négatif", value, what);
}

std::string too_many_decimals(std::string_view value, std::string_view what) {
  return fmt::format("« {} » a trop de décimales : {} s'écrit avec deux décimales au plus", value,
                     what);
}

std::string not_a_number(std::string_view value, std::string_view example) {
  return fmt::format("« {} » n'est pas un nombre (exemple : {})", value, example);
}

std::string too_large(std::string_view value, std::string_view maximum) {
  return fmt::format("« {} » dépasse le maximum admis ({})", value, maximum);
}

std::string bad_date(std::string_view value) {
  return fmt::format("« {} » n'est pas une date : écrivez-la jj/mm/aaaa, par exemple 31/01/2027",
                     value);
}

std::string bad_choice(std::string_view value) {
  return fmt::format("« {} » n'est pas un choix proposé", value);
}

std::string no_cost_per_fte(std::string_view basis) {
  return fmt::format(
      "impossible de convertir le budget en ETP : {} n'est pas connu à cette date ; saisissez un "
      "total d'ETP ou choisissez l'autre base de coût",
      basis);
}

std::string budget_too_small(std::string_view budget, std::string_view cost) {
  return fmt::format("le budget de {} ne paie pas un seul pas d'ETP au coût de {} par ETP", budget,
                     cost);
}

std::string name_too_long(std::size_t length, std::size_t maximum) {
  return fmt::format("le nom fait {} caractères ; {} au plus", length, maximum);
}

std::string unknown_territory(std::string_view code) {
  return fmt::format("le territoire {} n'est pas un EPCI du département de votre Caf", code);
}

std::string scenario_created(std::string_view name) {
  return fmt::format(
      "Le scénario « {} » a été enregistré. Il ne modifie ni les postes ni les "
      "financements.",
      name);
}

std::string scenario_updated(std::string_view name) {
  return fmt::format("Le scénario « {} » a été mis à jour.", name);
}

std::string scenario_deleted(std::string_view name) {
  return fmt::format("Le scénario « {} » a été supprimé.", name);
}

}  // namespace maillage::app::redeployment_messages
