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

// The usual diploma of a national certification level, for readers who think in "bac+N".
std::string_view diploma_of(int level) {
  switch (level) {
    case 3:
      return "CAP, BEP";
    case 4:
      return "bac";
    case 5:
      return "bac+2";
    case 6:
      return "bac+3";
    case 7:
      return "bac+5";
    case 8:
      return "bac+8";
  }
  return "";
}

std::string level_text(int level) {
  const auto diploma = diploma_of(level);
  return diploma.empty() ? fmt::format("{}", level) : fmt::format("{} ({})", level, diploma);
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
      "Le titulaire a un niveau de qualification {} ; le niveau minimum attendu est {}.", level,
      level_text(minimum));
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

std::string remedy_unknown_territory(std::string_view code) {
  return fmt::format(
      "Pour lever ce point : corriger le code du territoire du poste ({}) — code INSEE de la "
      "commune ou SIREN de l'EPCI —, ou importer les territoires de son département.",
      code);
}

std::string remedy_sign_ctg(std::string_view territory_name, Date on) {
  return fmt::format(
      "Pour lever ce point : signer avec la Caf une CTG couvrant le territoire du poste ({}), en "
      "vigueur au {}.",
      territory_name, date(on));
}

std::string remedy_renew_ctg(std::string_view territory_name, Date ended_on, Date on) {
  return fmt::format(
      "Pour lever ce point : renouveler la CTG de {}, arrivée à son terme le {}, par une CTG en "
      "vigueur au {}.",
      territory_name, date(ended_on), date(on));
}

std::string remedy_ctg_starts(Date start) {
  return fmt::format(
      "Pour lever ce point : attendre le début de la CTG déjà signée sur ce territoire, le {} ; "
      "le poste sera finançable à partir de cette date.",
      date(start));
}

std::string remedy_total_fte(Fte holder, Fte max) {
  return fmt::format(
      "Pour lever ce point : corriger le temps de travail total déclaré ({}) ; toutes les "
      "fonctions de l'agent additionnées, il ne peut pas dépasser {}.",
      fte(holder), fte(max));
}

std::string remedy_holder_fte_zero() {
  return "Pour lever ce point : saisir le temps de travail total de l'agent, toutes fonctions "
         "confondues (plus de 0 ETP).";
}

std::string remedy_mission_exceeds_holder(Fte mission, Fte holder) {
  if (holder.is_zero()) {
    return fmt::format(
        "Pour lever ce point : déclarer le temps de travail total réel de l'agent (au moins {}).",
        fte(mission));
  }
  return fmt::format(
      "Pour lever ce point : ramener le temps de mission à {} au plus, ou déclarer le temps de "
      "travail total réel de l'agent (au moins {}).",
      fte(holder), fte(mission));
}

std::string remedy_mission_share(Fte least_mission, Fte holder, Percent threshold,
                                 std::optional<Fte> most_holder) {
  std::string text =
      fmt::format("Pour lever ce point : porter le temps de mission à au moins {} ({} de {})",
                  fte(least_mission), percent(threshold), fte(holder));
  if (most_holder) {
    text += fmt::format(", ou réduire le temps de travail total de l'agent à {} au plus",
                        fte(*most_holder));
  }
  return text + ".";
}

std::string remedy_mission_fte(Fte threshold, Fte holder) {
  if (holder >= threshold) {
    return fmt::format("Pour lever ce point : porter le temps de mission à au moins {}.",
                       fte(threshold));
  }
  return fmt::format(
      "Pour lever ce point : porter le temps de mission à au moins {}, ce qui suppose un temps de "
      "travail total de l'agent d'au moins {} (il est de {}).",
      fte(threshold), fte(threshold), fte(holder));
}

std::string remedy_function_excluded(PostFunction function) {
  return fmt::format(
      "Pour lever ce point : confier la mission à un agent dont la fonction n'est pas « {} », ou "
      "décharger le titulaire de cette fonction pour qu'il se consacre à la coopération.",
      label_of(function));
}

std::string remedy_service_funded_function(PostFunction function, Fte mission, Fte holder) {
  return fmt::format(
      "Pour lever ce point : confier la mission à un agent qui n'exerce pas la fonction « {} » ; "
      "à défaut, tenir à la disposition de la Caf la répartition déclarée ({} de mission sur {} "
      "de temps de travail) pour le contrôle a posteriori de l'équipement.",
      label_of(function), fte(mission), fte(holder));
}

std::string remedy_not_intercommunal(std::optional<std::string> epci_name,
                                     std::optional<std::string> epci_code) {
  std::string epci = "d'une intercommunalité";
  if (epci_name && epci_code) {
    epci = fmt::format("de l'intercommunalité {} ({})", *epci_name, *epci_code);
  } else if (epci_code) {
    epci = fmt::format("de l'intercommunalité {}", *epci_code);
  }
  return fmt::format(
      "Pour lever ce point : rattacher le poste au territoire {} ; la commune peut rester "
      "l'employeur si le poste couvre tout l'EPCI (convention entre communes).",
      epci);
}

std::string remedy_derogatory_employer(EmployerKind employer) {
  return fmt::format(
      "Pour lever ce point : faire porter le poste par un agent de la collectivité (EPCI ou "
      "commune) ; à défaut, justifier auprès de la Caf la dérogation (porteur : {}).",
      label_of(employer));
}

std::string remedy_qualification(int level, int minimum) {
  return fmt::format(
      "Pour lever ce point : confier la mission à un titulaire de niveau {} au moins, ou "
      "permettre au titulaire actuel (niveau {}) d'obtenir une certification de ce niveau "
      "(formation, validation des acquis de l'expérience).",
      level_text(minimum), level);
}

std::string remedy_caf_in_recruitment() {
  return "Pour lever ce point : recueillir l'avis de la Caf sur le choix du titulaire, et "
         "l'associer à tout recrutement sur ce poste avant la phase finale.";
}

std::string remedy_network() {
  return "Pour lever ce point : participer au réseau départemental des chargés de coopération "
         "animé par la Caf (rencontres de l'animation départementale des professionnels "
         "financés).";
}

std::string remedy_annual_report_due(int year, Date due) {
  return fmt::format(
      "À faire : transmettre à la Caf le bilan annuel d'activité {} du chargé de coopération au "
      "plus tard le {}.",
      year, date(due));
}

std::string remedy_annual_report_late(int year, Date due, Date next_due) {
  return fmt::format(
      "Pour lever ce point : transmettre à la Caf le bilan annuel d'activité {} du chargé de "
      "coopération, attendu depuis le {} ; celui de {} sera attendu au plus tard le {}.",
      year, date(due), year + 1, date(next_due));
}

std::string remedy_vacancy_kept(Date last_funded_day) {
  return fmt::format(
      "Pour lever ce point : recruter un nouveau titulaire qui prenne son poste au plus tard le "
      "{} pour garder le financement sans interruption ; il devra respecter les critères de la "
      "doctrine.",
      date(last_funded_day));
}

std::string remedy_vacancy_stopped() {
  return "Pour lever ce point : recruter un titulaire qui respecte les critères de la doctrine ; "
         "le financement reprend à sa prise de poste.";
}

std::string remedy_cooperation_committee(int posts, std::string_view territory_name,
                                         int min_posts) {
  // Nothing records that the committee exists: the finding stays, hence no "lever ce point".
  return fmt::format(
      "Pour y répondre : mettre en place sur le territoire de la CTG de {} un comité réunissant "
      "ses {} chargés de coopération co-financés ; ce rappel demeure tant qu'au moins {} postes y "
      "sont co-financés.",
      territory_name, posts, min_posts);
}

std::string remedy_parameter_undefined(std::string_view parameter_id, Date on) {
  return fmt::format(
      "Pour lever ce point : compléter la doctrine de la Caf en donnant au paramètre « {} » une "
      "valeur en vigueur au {}.",
      parameter_id, date(on));
}

std::string remedy_deadline(Date deadline) {
  return fmt::format(" À faire au plus tard le {}.", date(deadline));
}

namespace {

std::string ceiling_text(const FundingFigures& f) {
  return fmt::format("{} {} par ETP de mission", money(f.ceiling_per_fte),
                     f.ceiling_on_cost ? "de dépense" : "de financement");
}

std::string funding_hint_no_mission(const FundingFigures& f, const FundingLimits& l) {
  return fmt::format(
      "Aucun temps de mission n'est déclaré : le financement est nul ; il augmenterait avec le "
      "temps de mission, jusqu'à {} si tout le temps de travail de l'agent ({}) y était consacré.",
      money(l.full_mission_funding), fte(f.holder));
}

std::string funding_hint_capped(const FundingFigures& f, const FundingLimits& l) {
  if (f.mission < f.holder) {
    return fmt::format(
        "Le plafond de {} est atteint : un coût plus élevé ne changerait pas le financement ({} "
        "pour tout coût annuel d'au moins {}) ; seul un temps de mission plus élevé "
        "l'augmenterait (jusqu'à {} pour {} de mission, tout le temps de travail de l'agent).",
        ceiling_text(f), money(f.funding), money(l.cost_to_cap), money(l.full_mission_funding),
        fte(f.holder));
  }
  if (f.holder >= Fte::full_time()) {
    return fmt::format(
        "Le plafond de {} est atteint et tout le temps de travail de l'agent ({}) va à la "
        "mission : {} est le financement maximal de ce poste ; un coût plus élevé ne le "
        "changerait pas (même montant pour tout coût annuel d'au moins {}).",
        ceiling_text(f), fte(f.holder), money(f.funding), money(l.cost_to_cap));
  }
  // A part-time holder already all on the mission: only more working time would raise it.
  return fmt::format(
      "Le plafond de {} est atteint et tout le temps de travail de l'agent ({}) va à la mission : "
      "un coût plus élevé ne changerait pas le financement ({} pour tout coût annuel d'au moins "
      "{}) ; seul un temps de mission plus élevé, donc un temps de travail plus élevé, "
      "l'augmenterait (au plus {} par ETP de mission).",
      ceiling_text(f), fte(f.holder), money(f.funding), money(l.cost_to_cap),
      money(l.capped_funding_per_fte));
}

std::string funding_hint_cost_bound(const FundingFigures& f, const FundingLimits& l) {
  const bool whole_time = f.mission >= f.holder;
  const std::string_view cost = whole_time ? "coût annuel" : "coût proratisé au temps de mission";
  // Compare like with like: a ceiling on the cost against the cost, one on the funding
  // against the share of the cost the Caf would fund.
  std::string bound;
  if (f.ceiling_on_cost || f.rate.basis_points() == 10000) {
    bound = fmt::format("le {} ({})", cost, money(f.prorated_cost));
  } else {
    bound = fmt::format("{} du {} ({})", percent(f.rate), cost, money(f.funding));
  }
  std::string text = fmt::format(
      "Le financement suit le coût : il est limité par {} et non par le plafond ({} pour {} de "
      "mission) ; un coût annuel plus élevé l'augmenterait, jusqu'à {} (atteints à partir d'un "
      "coût annuel de {})",
      bound, money(f.ceiling_total), fte(f.mission), money(l.capped_funding), money(l.cost_to_cap));
  if (!whole_time) {
    text += fmt::format(" ; un temps de mission plus élevé aussi (jusqu'à {} pour {} de mission)",
                        money(l.full_mission_funding), fte(f.holder));
  }
  return text + ".";
}

}  // namespace

std::string funding_hint(const FundingFigures& figures, const FundingLimits& limits,
                         FundingStanding standing) {
  // On inconsistent times (mission above the holder's time…) any lever would be made up.
  if (standing == FundingStanding::kInputError || figures.mission > figures.holder) {
    return "Les données du poste sont à corriger d'abord (erreur de saisie) : ce montant sera "
           "recalculé sur les valeurs corrigées.";
  }
  std::string text = standing == FundingStanding::kExcluded
                         ? "Le poste étant exclu, ce montant ne serait versé qu'une fois les "
                           "points bloquants levés. "
                         : "";
  if (figures.mission.is_zero()) return text + funding_hint_no_mission(figures, limits);
  if (limits.capped) return text + funding_hint_capped(figures, limits);
  return text + funding_hint_cost_bound(figures, limits);
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
