#include <array>
#include <utility>

#include "core/indicators.hpp"

namespace maillage::core {

namespace {

constexpr std::string_view kGard = "001_10d59468317a00ab.txt";
constexpr std::string_view kRegulation = "LES INDICATEURS DE RÉGULATION";

constexpr std::array<std::pair<Indicator, std::string_view>, 12> kCodes{{
    {Indicator::kPopulation, "population"},
    {Indicator::kPosts, "posts"},
    {Indicator::kFte, "fte"},
    {Indicator::kFteShare, "fte_share"},
    {Indicator::kPopulationShare, "population_share"},
    {Indicator::kGap, "gap"},
    {Indicator::kFunding, "funding"},
    {Indicator::kFundingPerFte, "funding_per_fte"},
    {Indicator::kStructures, "structures"},
    {Indicator::kFtePerStructure, "fte_per_structure"},
    {Indicator::kSpecifics, "specifics"},
    {Indicator::kArea, "area"},
}};

Source regulation(std::string_view quote) {
  return Source{std::string(kGard), std::string(kRegulation), std::string(quote)};
}

}  // namespace

std::string_view code_of(Indicator indicator) {
  for (const auto& [value, code] : kCodes) {
    if (value == indicator) return code;
  }
  return "";
}

std::optional<Indicator> parse_indicator(std::string_view code) {
  for (const auto& [value, known] : kCodes) {
    if (known == code) return value;
  }
  return std::nullopt;
}

Source indicator_source(Indicator indicator) {
  switch (indicator) {
    case Indicator::kFundingPerFte:
      return regulation("Montant moyen par ETP financé pour la coordination");
    case Indicator::kFteShare:
      return regulation(
          "Le nombre d'ETP du territoire rapporté au nombre d'ETP total financé sur le territoire "
          "du Gard");
    case Indicator::kFtePerStructure:
    case Indicator::kStructures:
      return regulation(
          "Le nombre d'ETP du territoire rapporté au nombre de structures du territoire");
    case Indicator::kGap:
    case Indicator::kPopulationShare:
    case Indicator::kPopulation:
      return regulation(
          "La différence entre le % ETP du territoire et le % d'habitant sur chaque territoire "
          "CTG");
    case Indicator::kSpecifics:
      return regulation(
          "Les spécificités territoriales et les compétences à l'échelle du territoire "
          "intercommunal");
    case Indicator::kArea:
      return regulation("La superficie du territoire intercommunal");
    case Indicator::kFte:
      // The Charente table lists the FTE per EPCI this indicator reproduces.
      return Source{"004_5379960f3bbf2085.txt", "LA FONCTION DE COORDINATION EN CHARENTE",
                    "EPCI / ETP contractualisé CTG … Total 14,75 etp"};
    case Indicator::kFunding:
    case Indicator::kPosts:
      return Source{"003_cc91e10dffa25d2c.txt", "QUELQUES CHIFFRES",
                    "Soutien financier de la Caf … Personnes financées … ETP financés"};
  }
  return regulation("");
}

Source typology_source() {
  return Source{std::string(kGard), "Typologie des postes de chargés de coopération",
                "26 % des chargés de coopération sont chefs de service ou DGS (15,61 Etp soit 24 % "
                "des Etp)"};
}

}  // namespace maillage::core
