#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/doctrine.hpp"
#include "core/finding.hpp"

// The French sentences of the doctrine simulator's core (changes refused, value texts).
namespace maillage::core::change_messages {

// "un montant en euros", "un temps en ETP", "un pourcentage", "une date", "un nombre entier",
// "une liste de codes de territoire".
std::string_view kind_noun(std::size_t kind);
// "euros", "ETP", "%", "date", "nombre", "codes de territoire".
std::string_view kind_unit(std::size_t kind);
// "50 000", "0,5", "60", "01/01/2027", "2", "243000643, 200034379".
std::string_view kind_example(std::size_t kind);

// "« Plafond de dépense par ETP de mission » (ceiling_per_fte)".
std::string parameter_name(const Parameter& parameter);

std::string unknown_parameter(std::string_view id, const Doctrine& doctrine);
std::string unknown_rule(std::string_view id, const Doctrine& doctrine);
std::string funding_rule_required(std::string_view rule_id);
std::string wrong_kind(const Parameter& parameter, std::size_t expected, std::size_t given);
std::string empty_value(const Parameter& parameter);
std::string not_parsable(const Parameter& parameter, std::string_view text, std::size_t kind);
std::string percent_out_of_range(const Parameter& parameter, std::string_view value);
std::string negative_value(const Parameter& parameter, std::string_view value);
std::string integer_out_of_range(const Parameter& parameter, std::string_view value, int max);
std::string bad_territory_code(const Parameter& parameter, std::string_view code);
std::string unknown_territory(const Parameter& parameter, std::string_view code);
std::string parameter_without_kind(const Parameter& parameter);

// A finding that only one side has: "Levé : avertissement [CHARENTE-INTERCO] …" (only in force),
// "Nouveau : exclusion [GARD-25PCT] …" (only simulated).
std::string finding_lifted(const Finding& finding);
std::string finding_new(const Finding& finding);
// "Simulation au 23/11/2026, Caf de la Charente, doctrine … : aucune donnée enregistrée n'est
// modifiée."
std::string simulation_note(Date date, std::string_view caf_name, std::string_view doctrine_name);

inline constexpr std::string_view kNoCode = "aucun";
inline constexpr std::string_view kRuleApplied = "appliquée";
inline constexpr std::string_view kRuleDisabled = "désactivée";
inline constexpr std::string_view kNoValue = "non défini";

}  // namespace maillage::core::change_messages
