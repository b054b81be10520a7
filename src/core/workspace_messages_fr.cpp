#include "core/workspace_messages_fr.hpp"

#include <fmt/core.h>

namespace maillage::core::workspace_messages {

std::string required() {
  return "Ce champ est obligatoire.";
}
std::string invalid_date(std::string_view text) {
  return fmt::format("« {} » n'est pas une date : écrivez-la JJ/MM/AAAA, par exemple 31/01/2027.",
                     text);
}
std::string invalid_time(std::string_view text) {
  return fmt::format("« {} » n'est pas une heure : écrivez-la HH:MM, par exemple 14:30.", text);
}
std::string invalid_integer(std::string_view text) {
  return fmt::format("« {} » n'est pas un nombre entier positif.", text);
}
std::string invalid_money(std::string_view text) {
  return fmt::format("« {} » n'est pas un montant en euros, par exemple 12 000 ou 1 500,50.", text);
}
std::string invalid_percent(std::string_view text) {
  return fmt::format("« {} » n'est pas un pourcentage entier de 0 à 100.", text);
}
std::string invalid_decimal(std::string_view text) {
  return fmt::format("« {} » n'est pas un nombre (au plus deux décimales), par exemple 12,5.",
                     text);
}
std::string invalid_yes_no(std::string_view text) {
  return fmt::format("« {} » : répondez « oui » ou « non ».", text);
}
std::string invalid_email(std::string_view text) {
  return fmt::format("« {} » n'est pas une adresse électronique.", text);
}
std::string invalid_choice(std::string_view text, std::string_view allowed) {
  return fmt::format("« {} » n'est pas une valeur possible ; valeurs possibles : {}.", text,
                     allowed);
}
std::string invalid_reference_format(std::string_view text) {
  return fmt::format(
      "« {} » : une référence s'écrit avec des lettres sans accent, des chiffres, « - », « _ » "
      "ou « . », 30 caractères au plus.",
      text);
}
std::string unknown_reference(std::string_view reference, std::string_view kind_label) {
  return fmt::format("« {} » : aucune fiche « {} » n'a cette référence dans cet espace.", reference,
                     kind_label);
}
std::string unknown_post(std::string_view post_id) {
  return fmt::format("« {} » : aucun poste de la Caf n'a cet identifiant.", post_id);
}
std::string end_before_start() {
  return "La fin prévue précède le début.";
}
std::string copil_agenda_minimum() {
  return "L'ordre du jour d'un COPIL comprend a minima « Bilan + perspectives » (référentiel, "
         "« Organisation d'un Comité de pilotage CTG annuel »).";
}
std::string minutes_sent_before_meeting() {
  return "Le compte rendu ne peut pas être envoyé avant la réunion.";
}
std::string update_due_before_date() {
  return "La prochaine mise à jour doit suivre la date du diagnostic.";
}
std::string value_without_date() {
  return "Donnez la date de la valeur constatée.";
}
std::string date_without_value() {
  return "Une date de valeur est donnée sans valeur.";
}
std::string too_long(std::size_t max_characters) {
  return fmt::format("Le texte dépasse {} caractères.", max_characters);
}
std::string still_referred_to(std::string_view referring) {
  return fmt::format("Des fiches y font référence ({}) : modifiez-les d'abord.", referring);
}
std::string reference_taken(std::string_view reference) {
  return fmt::format("La référence « {} » est déjà prise dans cet espace.", reference);
}

}  // namespace maillage::core::workspace_messages
