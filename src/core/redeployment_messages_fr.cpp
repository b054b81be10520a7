#include "core/redeployment_messages_fr.hpp"

#include <fmt/core.h>

namespace maillage::core::messages {

namespace {

std::string percent_text(int basis_points) {
  return format_percent(Percent::from_basis_points(basis_points));
}

std::string target_sentence(const RedeploymentSettings& settings, TargetBasis basis) {
  const int weight = settings.structures_weight.basis_points();
  switch (basis) {
    case TargetBasis::kPopulationOnly:
      return "Part cible de chaque territoire = sa part de la population du département. Aucune "
             "structure d'accueil n'est enregistrée pour ces territoires : le poids des "
             "structures ne peut pas s'appliquer.";
    case TargetBasis::kStructuresOnly:
      return "Part cible de chaque territoire = sa part des structures d'accueil et de services "
             "aux familles ouvertes : la population de ces territoires n'est pas connue.";
    case TargetBasis::kEqual:
      return "Ni la population ni les structures de ces territoires ne sont connues : les "
             "territoires qui peuvent recevoir des ETP reçoivent des parts égales.";
    case TargetBasis::kWeighted:
      break;
  }
  if (weight == 0) {
    return "Part cible de chaque territoire = sa part de la population municipale du département "
           "(poids des structures : 0 %).";
  }
  return fmt::format(
      "Part cible de chaque territoire = {} × sa part de la population municipale du "
      "département + {} × sa part des structures d'accueil et de services aux familles ouvertes "
      "(EAJE, RPE, ALSH, centres sociaux, EVS…).",
      percent_text(10000 - weight), percent_text(weight));
}

}  // namespace

std::string redeployment_refusal(const RedeploymentSettings& settings,
                                 const RedeploymentProposal& proposal) {
  if (!proposal.refusal) return {};
  const std::string step = format_fte_unit(settings.step);
  switch (*proposal.refusal) {
    case RedeploymentRefusal::kStepZero:
      return "Le pas d'arrondi doit être supérieur à zéro (par exemple 0,05 ETP).";
    case RedeploymentRefusal::kTotalNotOnStep: {
      const int value = settings.total.hundredths();
      const int base = value - value % settings.step.hundredths();
      return fmt::format(
          "Le total de {} n'est pas un multiple du pas de {} : choisissez {} ou {}, ou un pas "
          "plus fin.",
          format_fte_unit(settings.total), step, format_fte_unit(Fte::from_hundredths(base)),
          format_fte_unit(Fte::from_hundredths(base + settings.step.hundredths())));
    }
    case RedeploymentRefusal::kFloorNotOnStep:
      return fmt::format("Le plancher de {} n'est pas un multiple du pas de {}.",
                         format_fte_unit(settings.floor), step);
    case RedeploymentRefusal::kWeightAbove100:
      return "Le poids des structures doit être compris entre 0 % et 100 %.";
    case RedeploymentRefusal::kNoTerritory:
      return "Aucun territoire ne peut recevoir d'ETP : le département n'a pas d'EPCI, ou aucun "
             "n'a de CTG en vigueur alors que les ETP leur sont réservés.";
    case RedeploymentRefusal::kTotalBelowFloors:
      if (settings.max_change) {
        return fmt::format(
            "Le total de {} ne couvre pas les planchers et les limites de variation : ils "
            "demandent au moins {} en tout. Augmentez le total, baissez le plancher ou relâchez "
            "la limite de variation.",
            format_fte_unit(settings.total), format_fte_unit(proposal.needed));
      }
      return fmt::format(
          "Le total de {} ne couvre pas les planchers : les territoires ayant une CTG en vigueur "
          "demandent au moins {} en tout. Augmentez le total ou baissez le plancher.",
          format_fte_unit(settings.total), format_fte_unit(proposal.needed));
    case RedeploymentRefusal::kTotalAboveLimits:
      return fmt::format(
          "Le total de {} dépasse ce que permettent les limites de variation : au plus {} "
          "peuvent être répartis. Diminuez le total ou relâchez la limite de variation.",
          format_fte_unit(settings.total), format_fte_unit(proposal.needed));
  }
  return {};
}

std::vector<std::string> redeployment_method(const RedeploymentSettings& settings,
                                             const RedeploymentProposal& proposal) {
  std::vector<std::string> sentences;
  sentences.push_back(target_sentence(settings, proposal.basis));
  if (settings.ctg_only) {
    sentences.push_back(
        "Seuls les territoires ayant une CTG en vigueur reçoivent des ETP : la Caf finance la "
        "fonction de coopération au titre du pilotage d'une CTG.");
  }
  sentences.push_back(fmt::format(
      "Le total de {} est partagé entre les territoires qui peuvent en recevoir, en proportion "
      "de leur part cible.",
      format_fte_unit(settings.total)));
  if (!settings.floor.is_zero()) {
    const Source source = redeployment_floor_source();
    sentences.push_back(fmt::format(
        "Plancher : chaque territoire ayant une CTG en vigueur reçoit au moins {} (« à minima à "
        "0.5 ETP », {}), soit {} en tout ; le reste est partagé entre les autres selon leur part "
        "cible.",
        format_fte_unit(settings.floor), source.citation(),
        format_fte_unit(proposal.floors_total)));
  }
  if (settings.max_change) {
    sentences.push_back(fmt::format(
        "Limite de variation : aucun territoire ne gagne ni ne perd plus de {} par rapport à ses "
        "ETP financés aujourd'hui (le plancher l'emporte si les deux se contredisent).",
        format_fte_unit(*settings.max_change)));
  }
  sentences.push_back(fmt::format(
      "Arrondi au pas de {} : chaque territoire reçoit d'abord le multiple du pas inférieur à sa "
      "part exacte, puis les pas restants vont aux plus forts restes (à égalité, à la plus forte "
      "part cible) : le total fait exactement {}.",
      format_fte_unit(settings.step), format_fte_unit(settings.total)));
  sentences.push_back(
      "Écart = part des ETP du territoire − part de sa population, en points (indicateur 4 de "
      "la doctrine du Gard). La somme des écarts absolus mesure l'éloignement d'une répartition "
      "proportionnelle à la population : plus elle est faible, plus la répartition est "
      "équilibrée.");
  return sentences;
}

std::string budget_conversion(Money budget, Money cost_per_fte, std::string_view cost_basis,
                              Fte total, Fte step) {
  return fmt::format(
      "Budget de {} converti en ETP au coût de {} par ETP ({}) : {}, arrondi au pas de {} "
      "inférieur pour ne pas dépasser le budget.",
      format_money(budget), format_money(cost_per_fte), cost_basis, format_fte_unit(total),
      format_fte_unit(step));
}

}  // namespace maillage::core::messages
