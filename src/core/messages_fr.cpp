#include "core/messages_fr.hpp"

#include <fmt/core.h>

#include "core/code_table.hpp"

namespace maillage::core::messages {

namespace {

constexpr CodeTable<PostFunction, 4> kFunctionLabels{{
    {PostFunction::kCooperation, "chargé de coopération"},
    {PostFunction::kAssistantAdministratif, "assistant administratif"},
    {PostFunction::kDirection,
     "direction (secrétaire général, DGS, DGA, directeur ou responsable de service)"},
    {PostFunction::kResponsableEquipement,
     "responsable d'équipement (direction d'EAJE, d'ALSH, animation de RPE…)"},
}};

constexpr CodeTable<EmployerKind, 5> kEmployerLabels{{
    {EmployerKind::kEpci, "EPCI"},
    {EmployerKind::kCommune, "commune"},
    {EmployerKind::kSyndicat, "syndicat intercommunal"},
    {EmployerKind::kAssociation, "association"},
    {EmployerKind::kPrestataire, "prestataire de la collectivité"},
}};

constexpr CodeTable<PostStatus, 2> kStatusLabels{{
    {PostStatus::kExistant, "poste existant"},
    {PostStatus::kCreation, "création de poste (développement)"},
}};

constexpr CodeTable<Verdict, 3> kVerdictLabels{{
    {Verdict::kEligible, "éligible"},
    {Verdict::kAMettreEnConformite, "à mettre en conformité"},
    {Verdict::kExclu, "exclu"},
}};

constexpr CodeTable<Level, 5> kLevelLabels{{
    {Level::kInfo, "info"},
    {Level::kAvertissement, "avertissement"},
    {Level::kMiseEnConformite, "mise en conformité"},
    {Level::kExclusion, "exclusion"},
    {Level::kErreurSaisie, "erreur de saisie"},
}};

std::string fte(Fte value) {
  return format_fte_unit(value);
}
std::string money(Money value) {
  return format_money(value);
}
std::string date(Date value) {
  return format_date(value);
}
std::string percent(Percent value) {
  return format_percent(value);
}

}  // namespace

std::string_view label_of(PostFunction function) {
  return code_in(kFunctionLabels, function);
}
std::string_view label_of(EmployerKind employer) {
  return code_in(kEmployerLabels, employer);
}
std::string_view label_of(PostStatus status) {
  return code_in(kStatusLabels, status);
}
std::string_view label_of(Verdict verdict) {
  return code_in(kVerdictLabels, verdict);
}
std::string_view label_of(Level level) {
  return code_in(kLevelLabels, level);
}

std::string unknown_territory(std::string_view code) {
  return fmt::format("Le territoire {} est inconnu : importez les territoires ou corrigez le code.",
                     code);
}

std::string no_ctg_in_force(Date on) {
  return fmt::format(
      "Aucune CTG en vigueur sur ce territoire au {} : le poste ne peut pas être financé.",
      date(on));
}

std::string ctg_in_force(Date start, Date end, bool renewal) {
  return fmt::format("CTG en vigueur du {} au {}{}.", date(start), date(end),
                     renewal ? " (renouvellement)" : "");
}

std::string total_fte_exceeds(Fte holder, Fte max) {
  return fmt::format(
      "Le temps de travail total déclaré ({}) dépasse {} : les fonctions d'une personne ne "
      "peuvent pas dépasser {}. Corrigez la saisie.",
      fte(holder), fte(max), fte(max));
}

std::string mission_exceeds_holder(Fte mission, Fte holder) {
  return fmt::format(
      "Le temps de mission ({}) dépasse le temps de travail total de l'agent ({}). Corrigez la "
      "saisie.",
      fte(mission), fte(holder));
}

std::string holder_fte_zero() {
  return "Le temps de travail total de l'agent est nul. Corrigez la saisie.";
}

namespace {

std::string funding_with_cost_ceiling(const FundingFigures& f) {
  return fmt::format(
      "Coût proratisé au temps de mission : {} × {} / {} = {} ; plafond : {} × {} = {} ; "
      "coût éligible retenu : {} ; financement Caf : {} × {} = {}.",
      money(f.cost), format_fte(f.mission), fte(f.holder), money(f.prorated_cost),
      money(f.ceiling_per_fte), fte(f.mission), money(f.ceiling_total), money(f.eligible_cost),
      percent(f.rate), money(f.eligible_cost), money(f.funding));
}

std::string funding_with_funding_ceiling(const FundingFigures& f) {
  return fmt::format(
      "Coût proratisé au temps de mission : {} × {} / {} = {} ; {} de ce coût, dans la limite "
      "de {} × {} = {} ; financement Caf : {}.",
      money(f.cost), format_fte(f.mission), fte(f.holder), money(f.prorated_cost), percent(f.rate),
      money(f.ceiling_per_fte), fte(f.mission), money(f.ceiling_total), money(f.funding));
}

}  // namespace

std::string funding_explained(const FundingFigures& figures) {
  return figures.ceiling_on_cost ? funding_with_cost_ceiling(figures)
                                 : funding_with_funding_ceiling(figures);
}

std::string mission_share_below(Fte mission, Fte holder, Percent share, Percent threshold) {
  return fmt::format(
      "La mission de coopération représente {} du temps de travail ({} sur {}), moins que le "
      "minimum de {}.",
      percent(share), fte(mission), fte(holder), percent(threshold));
}

std::string mission_fte_below(Fte mission, Fte threshold) {
  return fmt::format("Le temps de mission ({}) est inférieur au minimum de {}.", fte(mission),
                     fte(threshold));
}

std::string function_excluded(PostFunction function) {
  return fmt::format("La fonction déclarée, {}, n'est pas finançable comme chargé de coopération.",
                     label_of(function));
}

std::string service_funded_function(PostFunction function, Fte mission) {
  return fmt::format(
      "L'agent exerce aussi une fonction de {} : ce temps de management n'est pas compté, seul le "
      "temps de mission ({}) est financé ; la répartition déclarée pourra être vérifiée a "
      "posteriori par le contrôle de l'équipement financé en prestation de service.",
      label_of(function), fte(mission));
}

std::string not_intercommunal(std::string_view territory_name, std::string_view code) {
  return fmt::format(
      "Le poste est rattaché à la commune {} ({}) et non à une intercommunalité : les postes "
      "doivent être à l'échelon intercommunal.",
      territory_name, code);
}

std::string intercommunal_exception(std::string_view territory_name, std::string_view epci_code) {
  return fmt::format(
      "Poste communal à {} admis par exception : la commune appartient à l'EPCI {}, dispensé de "
      "l'échelon intercommunal.",
      territory_name, epci_code);
}

std::string derogatory_employer(EmployerKind employer) {
  return fmt::format(
      "Le poste est porté par un {} : possible à titre exceptionnel et dérogatoire seulement, la "
      "dérogation doit être justifiée.",
      label_of(employer));
}

std::string qualification_below(int level, int minimum) {
  return fmt::format(
      "Le titulaire a un niveau de qualification {} ; le niveau minimum attendu est {} (bac+2).",
      level, minimum);
}

std::string caf_not_in_recruitment() {
  return "La Caf n'a pas été associée au recrutement : elle doit émettre un avis sur le choix du "
         "candidat avant la phase finale.";
}

std::string no_network_participation() {
  return "Le titulaire ne participe pas au réseau des chargés de coopération animé par la Caf.";
}

std::string annual_report_due(int year, Date due) {
  return fmt::format(
      "Le rapport d'activité {} n'est pas encore transmis ; il est attendu au plus "
      "tard le {}.",
      year, date(due));
}

std::string annual_report_late(int year, Date due) {
  return fmt::format(
      "Le rapport d'activité {} n'a pas été transmis à la Caf (attendu au plus tard "
      "le {}).",
      year, date(due));
}

std::string vacancy_funding_kept(Date since, Date last_funded_day, int months) {
  return fmt::format(
      "Poste vacant depuis le {} : le financement est maintenu pendant les {} premiers mois, "
      "jusqu'au {} inclus ; au-delà, le remplacement devra respecter les critères de la doctrine.",
      date(since), months, date(last_funded_day));
}

std::string vacancy_funding_stopped(Date since, Date limit, int months) {
  return fmt::format(
      "Poste vacant depuis le {} : le financement n'est maintenu que pendant {} mois ; il a "
      "cessé le {}.",
      date(since), months, date(limit));
}

std::string cooperation_committee_required(int posts, std::string_view territory_name) {
  return fmt::format(
      "{} postes de chargé de coopération sont co-financés sur la CTG de {} : un comité des "
      "chargés de coopération doit être mis en place sur le territoire.",
      posts, territory_name);
}

std::string parameter_undefined(std::string_view parameter_id, Date on) {
  return fmt::format("Le paramètre « {} » n'a pas de valeur au {} : règle non appliquée.",
                     parameter_id, date(on));
}

std::string applies_at_renewal(Date ctg_end) {
  return fmt::format(
      " Cette règle s'applique au renouvellement de la CTG : mise en conformité attendue avant "
      "la fin de la CTG en cours, le {}.",
      date(ctg_end));
}

std::string applies_after_renewed_ctg(Date renewed_end) {
  return fmt::format(
      " Mise en conformité attendue avant le terme de la CTG renouvelée, le {} ; au-delà, le "
      "poste sera exclu.",
      date(renewed_end));
}

std::string applies_after_future_renewed_ctg() {
  return " Mise en conformité attendue avant le terme de la prochaine CTG renouvelée.";
}

std::string note_past_last_checked(Date last_checked, Date on) {
  return fmt::format(
      "Les valeurs de la doctrine ont été vérifiées pour la dernière fois le {} ; le calcul au {} "
      "suppose qu'elles n'ont pas changé depuis.",
      date(last_checked), date(on));
}

std::string note_before_valid_from(Date valid_from, Date on) {
  return fmt::format("La doctrine n'est en vigueur qu'à partir du {} ; calcul au {} indicatif.",
                     date(valid_from), date(on));
}

}  // namespace maillage::core::messages
