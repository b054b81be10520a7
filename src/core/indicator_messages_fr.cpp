#include "core/indicator_messages_fr.hpp"

#include <fmt/core.h>

#include "core/text.hpp"

namespace maillage::core::messages {

namespace {

const std::string kNbsp(kNoBreakSpace);

std::string people(long count) {
  return group_thousands(std::to_string(count));
}

std::string plural(long count, std::string_view one, std::string_view many) {
  return people(count) + " " + std::string(count >= 2 ? many : one);
}

std::string structures_detail(const TerritoryIndicators& row) {
  std::string out;
  for (std::size_t kind = 0; kind < kStructureKindCount; ++kind) {
    const int count = row.structures_by_kind.at(kind);
    if (count == 0) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{}{}:{}{}", short_label(static_cast<StructureKind>(kind)), kNbsp, kNbsp,
                       count);
  }
  return out;
}

}  // namespace

std::string_view indicator_label(Indicator indicator) {
  switch (indicator) {
    case Indicator::kPopulation:
      return "Population";
    case Indicator::kPosts:
      return "Postes";
    case Indicator::kFte:
      return "ETP financés";
    case Indicator::kFteShare:
      return "Part des ETP";
    case Indicator::kPopulationShare:
      return "Part de la population";
    case Indicator::kGap:
      return "Écart (points)";
    case Indicator::kFunding:
      return "Financement Caf";
    case Indicator::kFundingPerFte:
      return "Montant moyen par ETP";
    case Indicator::kStructures:
      return "Structures";
    case Indicator::kFtePerStructure:
      return "ETP par structure";
    case Indicator::kSpecifics:
      return "Spécificités";
    case Indicator::kArea:
      return "Superficie";
  }
  return "";
}

std::string_view indicator_definition(Indicator indicator) {
  switch (indicator) {
    case Indicator::kPopulation:
      return "Population municipale de l'EPCI.";
    case Indicator::kPosts:
      return "Postes ouverts à la date, financés ou non (personnes).";
    case Indicator::kFte:
      return "ETP de mission des postes auxquels la Caf verse un financement à la date.";
    case Indicator::kFteShare:
      return "ETP financés du territoire rapportés aux ETP financés du département.";
    case Indicator::kPopulationShare:
      return "Population du territoire rapportée à celle du département.";
    case Indicator::kGap:
      return "Différence, en points, entre la part des ETP et la part de la population "
             "(parts arrondies au centième).";
    case Indicator::kFunding:
      return "Somme des financements de la Caf aux postes du territoire.";
    case Indicator::kFundingPerFte:
      return "Montant moyen par ETP financé.";
    case Indicator::kStructures:
      return "Structures de services aux familles ouvertes (EAJE, RPE, ALSH, centres sociaux, "
             "EVS, autres).";
    case Indicator::kFtePerStructure:
      return "ETP financés du territoire rapportés au nombre de ses structures.";
    case Indicator::kSpecifics:
      return "Spécificités territoriales et compétences à l'échelle intercommunale.";
    case Indicator::kArea:
      return "Superficie du territoire intercommunal, en km².";
  }
  return "";
}

std::string indicator_value(const TerritoryIndicators& row, Indicator indicator) {
  switch (indicator) {
    case Indicator::kPopulation:
      return people(row.population);
    case Indicator::kPosts:
      return people(row.posts);
    case Indicator::kFte:
      return format_fte(row.fte);
    case Indicator::kFteShare:
      return format_percent(row.fte_share);
    case Indicator::kPopulationShare:
      return format_percent(row.population_share);
    case Indicator::kGap:
      return format_points(row.gap_basis_points);
    case Indicator::kFunding:
      return format_money(row.funding);
    case Indicator::kFundingPerFte:
      return row.funding_per_fte ? format_money(*row.funding_per_fte) : "non défini";
    case Indicator::kStructures:
      return people(row.structures);
    case Indicator::kFtePerStructure:
      return row.fte_per_structure ? format_fte(*row.fte_per_structure) : "non défini";
    case Indicator::kSpecifics:
      return row.specifics.empty() ? "non renseignées" : row.specifics;
    case Indicator::kArea:
      return row.area_hectares ? format_area_km2(*row.area_hectares) : "inconnue";
  }
  return "";
}

std::string indicator_total(const IndicatorTotals& totals, Indicator indicator) {
  switch (indicator) {
    case Indicator::kPopulation:
      return people(totals.population);
    case Indicator::kPosts:
      return people(totals.posts);
    case Indicator::kFte:
      return format_fte(totals.fte);
    case Indicator::kFteShare:
    case Indicator::kPopulationShare:
      return format_percent(Percent::from_basis_points(totals.territories > 0 ? 10000 : 0));
    case Indicator::kGap:
      return "";
    case Indicator::kFunding:
      return format_money(totals.funding);
    case Indicator::kFundingPerFte:
      return totals.funding_per_fte ? format_money(*totals.funding_per_fte) : "non défini";
    case Indicator::kStructures:
      return people(totals.structures);
    case Indicator::kFtePerStructure:
      return totals.fte_per_structure ? format_fte(*totals.fte_per_structure) : "non défini";
    case Indicator::kSpecifics:
      return "";
    case Indicator::kArea:
      return format_area_km2(totals.area_hectares);
  }
  return "";
}

std::string explain(const TerritoryIndicators& row, const IndicatorTotals& totals,
                    Indicator indicator) {
  switch (indicator) {
    case Indicator::kPopulation:
      return fmt::format("{} habitants (population municipale).", people(row.population));
    case Indicator::kPosts:
      return fmt::format("{} ouverts, financés ou non, pour {} de mission.",
                         plural(row.posts, "poste", "postes"), format_fte_unit(row.mission_fte));
    case Indicator::kFte:
      return fmt::format("{} de mission financés par la Caf sur {} de mission des postes ouverts.",
                         format_fte_unit(row.fte), format_fte_unit(row.mission_fte));
    case Indicator::kFteShare:
      if (totals.fte.is_zero()) return "Aucun ETP financé dans le département : part nulle.";
      return fmt::format("{} sur {} financés dans le département = {}.", format_fte_unit(row.fte),
                         format_fte_unit(totals.fte), format_percent(row.fte_share));
    case Indicator::kPopulationShare:
      if (totals.population == 0) return "Population du département inconnue : part nulle.";
      return fmt::format("{} habitants sur {} dans le département = {}.", people(row.population),
                         people(totals.population), format_percent(row.population_share));
    case Indicator::kGap: {
      const std::string reading =
          row.gap_basis_points > 0   ? "plus d'ETP que son poids dans la population"
          : row.gap_basis_points < 0 ? "moins d'ETP que son poids dans la population"
                                     : "autant d'ETP que son poids dans la population";
      return fmt::format("{} des ETP − {} des habitants = {} : le territoire a {}.",
                         format_percent(row.fte_share), format_percent(row.population_share),
                         format_points(row.gap_basis_points), reading);
    }
    case Indicator::kFunding:
      return fmt::format("Somme des financements de la Caf aux postes du territoire : {}.",
                         format_money(row.funding));
    case Indicator::kFundingPerFte:
      if (!row.funding_per_fte) return "Aucun ETP financé : pas de montant moyen.";
      return fmt::format("{} ÷ {} financés = {} par ETP.", format_money(row.funding),
                         format_fte_unit(row.fte), format_money(*row.funding_per_fte));
    case Indicator::kStructures:
      if (row.structures == 0) return "Aucune structure de services aux familles enregistrée.";
      return fmt::format("{} ouvertes ({}).", plural(row.structures, "structure", "structures"),
                         structures_detail(row));
    case Indicator::kFtePerStructure:
      if (!row.fte_per_structure) return "Aucune structure enregistrée : indicateur non défini.";
      return fmt::format("{} financés ÷ {} = {} par structure.", format_fte_unit(row.fte),
                         plural(row.structures, "structure", "structures"),
                         format_fte_unit(*row.fte_per_structure));
    case Indicator::kSpecifics:
      return row.specifics.empty() ? "Spécificités non renseignées par la Caf." : row.specifics;
    case Indicator::kArea:
      if (!row.area_hectares) return "Superficie inconnue : à saisir ou à calculer.";
      return fmt::format("{}, {}.", format_area_km2(*row.area_hectares),
                         area_source_label(row.area_source));
  }
  return "";
}

std::string explain_total(const IndicatorTotals& totals, Indicator indicator) {
  switch (indicator) {
    case Indicator::kPopulation:
      return fmt::format("{} habitants dans les {} EPCI du département.", people(totals.population),
                         totals.territories);
    case Indicator::kPosts:
      return fmt::format("{} ouverts, financés ou non, pour {} de mission.",
                         plural(totals.posts, "poste", "postes"),
                         format_fte_unit(totals.mission_fte));
    case Indicator::kFte:
      return fmt::format("{} financés par la Caf sur {} de mission des postes ouverts.",
                         format_fte_unit(totals.fte), format_fte_unit(totals.mission_fte));
    case Indicator::kFunding:
      return fmt::format("Somme des financements de la Caf : {}.", format_money(totals.funding));
    case Indicator::kFundingPerFte:
      if (!totals.funding_per_fte) return "Aucun ETP financé : pas de montant moyen.";
      return fmt::format("{} ÷ {} financés = {} par ETP.", format_money(totals.funding),
                         format_fte_unit(totals.fte), format_money(*totals.funding_per_fte));
    case Indicator::kStructures:
      return fmt::format("{} ouvertes dans le département.",
                         plural(totals.structures, "structure", "structures"));
    case Indicator::kFtePerStructure:
      if (!totals.fte_per_structure) return "Aucune structure enregistrée : indicateur non défini.";
      return fmt::format("{} financés ÷ {} = {} par structure.", format_fte_unit(totals.fte),
                         plural(totals.structures, "structure", "structures"),
                         format_fte_unit(*totals.fte_per_structure));
    case Indicator::kArea:
      if (totals.territories_without_area == 0) {
        return fmt::format("{} en tout.", format_area_km2(totals.area_hectares));
      }
      return fmt::format("{} pour les EPCI dont la superficie est connue ({} sans superficie).",
                         format_area_km2(totals.area_hectares), totals.territories_without_area);
    case Indicator::kFteShare:
    case Indicator::kPopulationShare:
    case Indicator::kGap:
    case Indicator::kSpecifics:
      return "";
  }
  return "";
}

std::string_view short_label(StructureKind kind) {
  switch (kind) {
    case StructureKind::kEaje:
      return "EAJE";
    case StructureKind::kRpe:
      return "RPE";
    case StructureKind::kAlsh:
      return "ALSH";
    case StructureKind::kCentreSocial:
      return "centre social";
    case StructureKind::kEvs:
      return "EVS";
    case StructureKind::kAutre:
      return "autre";
  }
  return "";
}

std::string explain_typology(const TypologyShare& share, const IndicatorTotals& totals) {
  return fmt::format("{} sur {} ({}) et {} sur {} ({}).", plural(share.posts, "poste", "postes"),
                     people(totals.posts), format_percent(share.posts_share),
                     format_fte_unit(share.fte), format_fte_unit(totals.mission_fte),
                     format_percent(share.fte_share));
}

std::string_view typology_label_management() {
  return "Chefs de service ou DGS";
}
std::string_view typology_label_administrative() {
  return "Agents administratifs";
}
std::string_view typology_label_low_time() {
  return "Moins de 25\u00A0% de leur temps sur la mission";
}

std::string ctg_status(const TerritoryIndicators& row) {
  if (!row.ctg_in_force) return "Non";
  return row.ctg_end ? "Oui, jusqu'au " + format_date(*row.ctg_end) : "Oui";
}

std::string_view area_source_label(AreaSource source) {
  switch (source) {
    case AreaSource::kBoundaries:
      return "calculée à partir des limites administratives (projection à aires égales)";
    case AreaSource::kEntered:
      return "saisie par la Caf";
    case AreaSource::kNone:
      return "inconnue";
  }
  return "";
}

}  // namespace maillage::core::messages
