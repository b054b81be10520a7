#include "core/simulation_messages_fr.hpp"

#include <fmt/core.h>

#include <array>

#include "core/messages_fr.hpp"

namespace maillage::core::change_messages {

namespace {

// Indexes follow ParameterValue: 0 Money, 1 Fte, 2 Percent, 3 Date, 4 int, 5 CodeList.
constexpr std::array<std::string_view, 6> kNouns{
    "un montant en euros", "un temps en ETP",
    "un pourcentage",      "une date",
    "un nombre entier",    "une liste de codes de territoire"};
constexpr std::array<std::string_view, 6> kUnits{"euros", "ETP",    "%",
                                                 "date",  "nombre", "codes de territoire"};
constexpr std::array<std::string_view, 6> kExamples{"50 000",     "0,5", "60",
                                                    "01/01/2027", "2",   "243000643, 200034379"};

std::string_view at(const std::array<std::string_view, 6>& texts, std::size_t kind) {
  return kind < texts.size() ? texts[kind] : std::string_view("?");
}

template <typename Items, typename Name>
std::string joined(const Items& items, Name name) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + name(item);
  return out;
}

}  // namespace

std::string_view kind_noun(std::size_t kind) {
  return at(kNouns, kind);
}

std::string_view kind_unit(std::size_t kind) {
  return at(kUnits, kind);
}

std::string_view kind_example(std::size_t kind) {
  return at(kExamples, kind);
}

std::string parameter_name(const Parameter& parameter) {
  return fmt::format("« {} » ({})", parameter.label, parameter.id);
}

std::string unknown_parameter(std::string_view id, const Doctrine& doctrine) {
  return fmt::format("Le paramètre « {} » n'existe pas dans la doctrine {} (paramètres : {}).", id,
                     doctrine.id,
                     joined(doctrine.parameters, [](const auto& entry) { return entry.first; }));
}

std::string unknown_rule(std::string_view id, const Doctrine& doctrine) {
  return fmt::format("La règle « {} » n'existe pas dans la doctrine {} (règles : {}).", id,
                     doctrine.id, joined(doctrine.rules, [](const Rule& rule) { return rule.id; }));
}

std::string funding_rule_required(std::string_view rule_id) {
  return fmt::format(
      "La règle « {} » calcule le financement : elle ne peut pas être désactivée (changez plutôt "
      "le taux ou le plafond).",
      rule_id);
}

std::string wrong_kind(const Parameter& parameter, std::size_t expected, std::size_t given) {
  return fmt::format("{} attend {}, pas {}.", parameter_name(parameter), kind_noun(expected),
                     kind_noun(given));
}

std::string empty_value(const Parameter& parameter) {
  return fmt::format("{} : la nouvelle valeur est vide.", parameter_name(parameter));
}

std::string not_parsable(const Parameter& parameter, std::string_view text, std::size_t kind) {
  return fmt::format("{} : « {} » n'est pas {} (exemple : {}).", parameter_name(parameter), text,
                     kind_noun(kind), kind_example(kind));
}

std::string percent_out_of_range(const Parameter& parameter, std::string_view value) {
  return fmt::format("{} : {} n'est pas un pourcentage entre 0 et 100.", parameter_name(parameter),
                     value);
}

std::string negative_value(const Parameter& parameter, std::string_view value) {
  return fmt::format("{} : la valeur {} ne peut pas être négative.", parameter_name(parameter),
                     value);
}

std::string integer_out_of_range(const Parameter& parameter, std::string_view value, int max) {
  return fmt::format("{} : {} doit être un nombre entier entre 0 et {}.", parameter_name(parameter),
                     value, max);
}

std::string bad_territory_code(const Parameter& parameter, std::string_view code) {
  return fmt::format(
      "{} : « {} » n'est pas un code de territoire (SIREN d'EPCI à 9 chiffres ou code INSEE de "
      "commune à 5 caractères), séparez les codes par des virgules.",
      parameter_name(parameter), code);
}

std::string unknown_territory(const Parameter& parameter, std::string_view code) {
  return fmt::format("{} : le territoire {} est inconnu (importez-le ou vérifiez le code).",
                     parameter_name(parameter), code);
}

std::string parameter_without_kind(const Parameter& parameter) {
  return fmt::format("{} n'a aucune valeur dans la doctrine : son type est inconnu.",
                     parameter_name(parameter));
}

std::string finding_lifted(const Finding& finding) {
  return fmt::format("Levé : {} [{}] {}", messages::label_of(finding.level), finding.rule_id,
                     finding.message);
}

std::string finding_new(const Finding& finding) {
  return fmt::format("Nouveau : {} [{}] {}", messages::label_of(finding.level), finding.rule_id,
                     finding.message);
}

std::string simulation_note(Date date, std::string_view caf_name, std::string_view doctrine_name) {
  return fmt::format(
      "Simulation au {}, {}, doctrine « {} » modifiée : aucune donnée enregistrée n'est modifiée.",
      format_date(date), caf_name, doctrine_name);
}

}  // namespace maillage::core::change_messages
