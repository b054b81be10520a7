#pragma once
#include <string_view>

// Every French word of the note for the Commission d'Action Sociale that the indicators' own
// messages (core/indicator_messages_fr.hpp) do not already give.
namespace maillage::exports::note_messages {

inline constexpr std::string_view kTitle = "Note à la Commission d'Action Sociale";
inline constexpr std::string_view kSubtitle =
    "Chargés de coopération CTG : indicateurs de régulation du département {}";
inline constexpr std::string_view kDateLine = "Situation au {}";
inline constexpr std::string_view kFooter = "{} — note à la CAS";
inline constexpr std::string_view kGeneratedOn = "Générée le {}";
inline constexpr std::string_view kIntroduction =
    "Cette note présente, pour chaque territoire intercommunal (EPCI) du département, les postes "
    "de chargé de coopération financés par la Caf au {} et les indicateurs de régulation de la "
    "doctrine : part des ETP financés rapportée à la part de la population, financement par ETP, "
    "ETP par structure de service aux familles et superficie.";
inline constexpr std::string_view kAccessible =
    "Version accessible : les mêmes informations, avec des tableaux lisibles par un lecteur "
    "d'écran, sont sur la page « Pilotage » de Maillage ({}). Ce PDF n'est pas balisé.";

inline constexpr std::string_view kKeyFigures = "Chiffres clés";
inline constexpr std::string_view kFunding = "Financement Caf";
inline constexpr std::string_view kPeople = "Personnes sur un poste ouvert";
inline constexpr std::string_view kFundedFte = "ETP financés";
inline constexpr std::string_view kFundingPerFte = "Financement moyen par ETP financé";
inline constexpr std::string_view kPopulation = "Habitants (population municipale)";
inline constexpr std::string_view kTerritories = "EPCI, dont {} avec une CTG en vigueur";
inline constexpr std::string_view kStructures = "Structures de service aux familles";
inline constexpr std::string_view kUndefined = "non défini";

inline constexpr std::string_view kTypology = "Typologie des postes";
inline constexpr std::string_view kTypologyCaption = "Qui occupe les postes ouverts";
inline constexpr std::string_view kCategory = "Catégorie";
inline constexpr std::string_view kPosts = "Postes";
inline constexpr std::string_view kPostsShare = "Part des postes";
inline constexpr std::string_view kMissionFte = "ETP de mission";
inline constexpr std::string_view kFteShare = "Part des ETP";

inline constexpr std::string_view kIndicators = "Indicateurs par territoire";
inline constexpr std::string_view kBalanceCaption = "Répartition des ETP et de la population";
inline constexpr std::string_view kMeansCaption = "Financement, structures et superficie";
inline constexpr std::string_view kTerritory = "Territoire";
inline constexpr std::string_view kCtg = "CTG en vigueur";
inline constexpr std::string_view kDepartement = "Département";
inline constexpr std::string_view kMethod =
    "Méthode : les ETP comptés sont les ETP de mission des postes que la Caf finance à la date ; "
    "un poste porté par une commune compte pour son EPCI. L'écart, en points, est la différence "
    "des deux parts arrondies au centième de point. {} poste(s) sans EPCI connu ne sont pas "
    "comptés.";

inline constexpr std::string_view kChart = "Part des ETP financés et part de la population";
inline constexpr std::string_view kChartFte = "Part des ETP financés";
inline constexpr std::string_view kChartPopulation = "Part de la population";
inline constexpr std::string_view kChartNote =
    "Parts en % du total départemental. Un territoire dont la barre des ETP dépasse celle de la "
    "population a plus d'ETP que son poids démographique.";

inline constexpr std::string_view kMap =
    "Carte de l'écart entre part des ETP et part de la population";
inline constexpr std::string_view kMapLegend = "Écart (points)";
inline constexpr std::string_view kNoData = "Pas de données";
inline constexpr std::string_view kClassRange = "de {} à {}";
inline constexpr std::string_view kMissingOutlines = "Contours non disponibles : {}.";

inline constexpr std::string_view kSimulation = "Simulation de la doctrine";
inline constexpr std::string_view kSimulationIntro =
    "Résultat du simulateur, sans effet sur les données enregistrées : les postes ouverts au {} "
    "évalués avec la doctrine en vigueur puis avec les changements suivants.";
inline constexpr std::string_view kChange = "{} : {} → {} (à partir du {})";
inline constexpr std::string_view kBudgetBefore = "Budget, doctrine en vigueur";
inline constexpr std::string_view kBudgetAfter = "Budget simulé";
inline constexpr std::string_view kBudgetDifference = "Écart de budget";
inline constexpr std::string_view kFteBefore = "ETP financés, doctrine en vigueur";
inline constexpr std::string_view kFteAfter = "ETP financés, simulation";
inline constexpr std::string_view kVerdictChanges = "Postes dont le verdict change";
inline constexpr std::string_view kTerritoriesCaption = "Financement par territoire";
inline constexpr std::string_view kFundingBefore = "En vigueur";
inline constexpr std::string_view kFundingAfter = "Simulé";
inline constexpr std::string_view kDifference = "Écart";
inline constexpr std::string_view kPostsCaption = "Postes dont le verdict ou le financement change";
inline constexpr std::string_view kPost = "Poste";
inline constexpr std::string_view kVerdictBefore = "Verdict en vigueur";
inline constexpr std::string_view kVerdictAfter = "Verdict simulé";
inline constexpr std::string_view kNoPostChange =
    "Aucun poste ne change de verdict ni de financement.";

inline constexpr std::string_view kSources = "Sources des règles et des données";
inline constexpr std::string_view kIndicatorSources = "Indicateurs";
inline constexpr std::string_view kDoctrineSources = "Doctrine appliquée : {}";
inline constexpr std::string_view kRuleSource = "{} — {} ({})";
inline constexpr std::string_view kDataSources = "Données";
inline constexpr std::string_view kPopulationSource =
    "Population municipale et composition des EPCI : découpage administratif (Etalab).";
inline constexpr std::string_view kBoundarySource =
    "Contours des EPCI : IGN Admin Express COG 2018 via gregoiredavid/france-geojson, Licence "
    "Ouverte / Etalab ; superficies calculées dans une projection à aires égales.";

// The web route's answers.
inline constexpr std::string_view kRefused =
    "La note à la Commission d'Action Sociale est réservée aux agents et administrateurs de la "
    "Caf.";
inline constexpr std::string_view kBadDate = "« {} » n'est pas une date : écrivez-la jj/mm/aaaa.";

}  // namespace maillage::exports::note_messages
