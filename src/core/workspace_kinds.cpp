#include <algorithm>

#include "core/workspace_kind.hpp"

namespace maillage::core {

namespace {

constexpr std::string_view kReferentiel = "000_f7f48a8774440105.txt";

FieldSpec reference_field() {
  return {kReferenceField,
          "Référence",
          FieldType::kText,
          false,
          {},
          {},
          "Laissée vide, elle est attribuée à l'enregistrement."};
}

// The CTG's axes, as the référentiel's missions and the issue name them.
std::vector<Choice> themes() {
  return {{"petite_enfance", "Petite enfance"},
          {"enfance", "Enfance"},
          {"jeunesse", "Jeunesse"},
          {"education", "Éducation"},
          {"parentalite", "Parentalité"},
          {"animation_vie_sociale", "Animation de la vie sociale"},
          {"acces_droits_numerique", "Accès aux droits et au numérique"},
          {"logement", "Logement"},
          {"handicap_inclusion", "Handicap et inclusion"},
          {"autre", "Autre"}};
}

const std::vector<Role> kTerritoryWriters{Role::kEmployeur, Role::kChargeCooperation};

KindSpec objective() {
  return {"objectif",
          "Objectif",
          "Objectifs",
          "OBJ",
          "intitule",
          "",
          WorkspaceLevel::kCtg,
          kTerritoryWriters,
          true,
          {std::string(kReferentiel), "1- Impulser et mettre en œuvre les politiques",
           "Il traduit les orientations politiques en Plan d'Actions"},
          {reference_field(),
           {"thematique", "Thématique", FieldType::kChoice, true, themes()},
           {"intitule", "Intitulé", FieldType::kText, true},
           {"priorite_caf",
            "Priorité de la Caf",
            FieldType::kChoice,
            false,
            {{"sdsf", "Schéma départemental des services aux familles (SDSF)"},
             {"cog", "Convention d'objectifs et de gestion (Cog)"},
             {"sdsf_cog", "SDSF et Cog"},
             {"aucune", "Aucune"}}},
           {"description", "Description", FieldType::kLongText}}};
}

KindSpec action() {
  return {"action",
          "Action",
          "Actions",
          "ACT",
          "intitule",
          "date_debut",
          WorkspaceLevel::kCtg,
          kTerritoryWriters,
          true,
          {std::string(kReferentiel), "1- Impulser et mettre en œuvre les politiques",
           "Il assure le suivi du Plan d'Actions et du projet de territoire."},
          {reference_field(),
           {"objectif", "Objectif", FieldType::kReference, true, {}, "objectif"},
           {"intitule", "Intitulé", FieldType::kText, true},
           {"pilote", "Pilote", FieldType::kText, false, {}, {}, "Qui porte l'action."},
           {"partenaires",
            "Partenaires",
            FieldType::kReferences,
            false,
            {},
            "partenaire",
            "Références de l'annuaire, séparées par des virgules."},
           {"date_debut", "Début", FieldType::kDate},
           {"date_fin", "Fin prévue", FieldType::kDate},
           {"budget", "Budget (€)", FieldType::kMoney},
           {"statut",
            "Statut",
            FieldType::kChoice,
            true,
            {{"a_lancer", "À lancer"},
             {"en_cours", "En cours"},
             {"realisee", "Réalisée"},
             {"reportee", "Reportée"},
             {"abandonnee", "Abandonnée"}}},
           {"avancement", "Avancement (%)", FieldType::kPercent},
           {"description", "Description", FieldType::kLongText}}};
}

KindSpec indicator() {
  return {"indicateur",
          "Indicateur",
          "Indicateurs",
          "IND",
          "intitule",
          "",
          WorkspaceLevel::kCtg,
          kTerritoryWriters,
          true,
          {"001_10d59468317a00ab.txt", "LA DOCTRINE DE MISE EN CONFORMITÉ",
           "Mise en place des évaluations intermédiaires, annuelles et au terme de la période de "
           "contractualisation sur la base des indicateurs de suivi et d'évaluation."},
          {reference_field(),
           {"action", "Action", FieldType::kReference, true, {}, "action"},
           {"intitule", "Intitulé", FieldType::kText, true},
           {"unite", "Unité", FieldType::kText, false, {}, {}, "familles, places, %…"},
           {"cible", "Cible", FieldType::kDecimal},
           {"valeur", "Valeur constatée", FieldType::kDecimal},
           {"date_valeur", "Date de la valeur", FieldType::kDate},
           {"source", "Source", FieldType::kText, false, {}, {}, "D'où vient la valeur."}}};
}

KindSpec meeting() {
  return {
      "reunion",
      "Réunion",
      "Instances et réunions",
      "REU",
      "intitule",
      "date",
      WorkspaceLevel::kCtg,
      kTerritoryWriters,
      true,
      {std::string(kReferentiel), "Organisation d'un Comité de pilotage CTG annuel",
       "Il organise, en lien avec le Chargé de développement de la Caf, les Comités de pilotage "
       "(une fois par an minimum) et les différents comités techniques et groupes de travail."},
      {reference_field(),
       {"instance",
        "Instance",
        FieldType::kChoice,
        true,
        {{"copil", "Comité de pilotage (COPIL)"},
         {"comite_technique", "Comité technique"},
         {"groupe_travail", "Groupe de travail"},
         {"commission_thematique", "Commission thématique"},
         {"comite_charges", "Comité des chargés de coopération"}}},
       {"intitule", "Intitulé", FieldType::kText, true},
       {"date", "Date", FieldType::kDate, true},
       {"heure", "Heure", FieldType::kTime, false, {}, {}, "Par exemple 14:30."},
       {"duree_minutes", "Durée (minutes)", FieldType::kInteger},
       {"lieu", "Lieu", FieldType::kText},
       {"date_validee_caf",
        "Date définie avec la Caf",
        FieldType::kYesNo,
        false,
        {},
        {},
        "« A définir en concertation avec la Caf » (référentiel)."},
       {"invites",
        "Invités",
        FieldType::kReferences,
        false,
        {},
        "partenaire",
        "Références de l'annuaire des partenaires."},
       {"ordre_du_jour",
        "Ordre du jour",
        FieldType::kLongText,
        false,
        {},
        {},
        "Pour un COPIL, « a minima : Bilan + perspectives »."},
       {"preparation_caf", "Préparation faite avec le chargé de développement de la Caf",
        FieldType::kYesNo},
       {"quoi", "Quoi ?", FieldType::kLongText},
       {"pourquoi", "Pourquoi ?", FieldType::kLongText},
       {"qui", "Qui ?", FieldType::kLongText, false, {}, {}, "La Caf, les élus, les partenaires…"},
       {"pour_qui", "Pour qui ?", FieldType::kLongText},
       {"ou", "Où ?", FieldType::kLongText},
       {"quand", "Quand ?", FieldType::kLongText},
       {"comment", "Comment ?", FieldType::kLongText},
       {"supports", "Supports", FieldType::kText, false, {}, {}, "Pas de format imposé."},
       {"animation", "Animation et interventions", FieldType::kLongText},
       {"prise_de_notes",
        "Prise de notes",
        FieldType::kText,
        false,
        {},
        {},
        "Qui prend les notes."},
       {"presents", "Présents", FieldType::kReferences, false, {}, "partenaire"},
       {"compte_rendu", "Compte rendu", FieldType::kLongText},
       {"decisions", "Décisions", FieldType::kLongText},
       {"actions_decidees",
        "Actions concernées par les décisions",
        FieldType::kReferences,
        false,
        {},
        "action"},
       {"compte_rendu_envoye_le",
        "Compte rendu envoyé à la Caf le",
        FieldType::kDate,
        false,
        {},
        {},
        "« Le compte rendu sera envoyé à la Caf » (référentiel)."},
       {"suites", "Suites", FieldType::kLongText}}};
}

KindSpec diagnostic() {
  return {"diagnostic",
          "Diagnostic",
          "Diagnostics",
          "DIA",
          "intitule",
          "date",
          WorkspaceLevel::kCtg,
          kTerritoryWriters,
          true,
          {std::string(kReferentiel), "1- Impulser et mettre en œuvre les politiques",
           "Il fait converger les différents diagnostics territoriaux"},
          {reference_field(),
           {"type",
            "Type",
            FieldType::kChoice,
            true,
            {{"diagnostic_territorial", "Diagnostic territorial"},
             {"diagnostic_thematique", "Diagnostic thématique"},
             {"contrat_de_ville", "Contrat de ville"},
             {"abs", "Analyse des besoins sociaux (ABS)"},
             {"cteac", "Contrat territorial d'éducation artistique et culturelle (CTEAC)"},
             {"ctj", "Contrat territorial jeunesse (CTJ)"},
             {"pedt", "Projet éducatif territorial (PEDT)"},
             {"sdsf", "Schéma départemental des services aux familles (SDSF)"},
             {"projet_social_cs", "Projet social de centre social"},
             {"projet_evs", "Projet d'espace de vie sociale"},
             {"autre", "Autre"}}},
           {"intitule", "Intitulé", FieldType::kText, true},
           {"auteur", "Auteur", FieldType::kText},
           {"date", "Date", FieldType::kDate},
           {"perimetre", "Périmètre", FieldType::kText},
           {"constats", "Principaux constats", FieldType::kLongText},
           {"objectifs", "Objectifs qu'il justifie", FieldType::kReferences, false, {}, "objectif"},
           {"prochaine_mise_a_jour", "Prochaine mise à jour", FieldType::kDate}}};
}

KindSpec partner() {
  return {"partenaire",
          "Partenaire",
          "Partenaires",
          "PAR",
          "nom",
          "",
          WorkspaceLevel::kCtg,
          kTerritoryWriters,
          true,
          {std::string(kReferentiel), "3- Animer la mise en réseau des acteurs",
           "Le Chargé de coopération identifie et mobilise les partenaires stratégiques"},
          {reference_field(),
           {"nom", "Nom", FieldType::kText, true},
           {"categorie",
            "Catégorie",
            FieldType::kChoice,
            true,
            {{"elu", "Élu"},
             {"caf", "Caf"},
             {"service_familles", "Service aux familles"},
             {"service_collectivite", "Service de la collectivité"},
             {"etat", "État"},
             {"conseil_departemental", "Conseil départemental"},
             {"msa", "MSA"},
             {"ars", "ARS"},
             {"cpam", "CPAM"},
             {"education_nationale", "Éducation nationale"},
             {"association", "Association"},
             {"habitant", "Habitant"},
             {"autre", "Autre"}}},
           {"organisme", "Organisme", FieldType::kText},
           {"fonction", "Fonction", FieldType::kText},
           {"courriel", "Courriel", FieldType::kEmail},
           {"telephone", "Téléphone", FieldType::kText},
           {"notes", "Notes", FieldType::kLongText}}};
}

KindSpec participation() {
  return {"participation",
          "Participation",
          "Participation des habitants",
          "PTC",
          "intitule",
          "date",
          WorkspaceLevel::kCtg,
          kTerritoryWriters,
          true,
          {std::string(kReferentiel), "4- Organiser et animer la relation avec la population",
           "Le Chargé de coopération favorise l'expression et la mobilisation des habitants, "
           "développe et anime des dispositifs de concertation et de participation avec le "
           "public"},
          {reference_field(),
           {"type",
            "Type",
            FieldType::kChoice,
            true,
            {{"reunion_publique", "Réunion publique"},
             {"questionnaire", "Questionnaire"},
             {"atelier", "Atelier"},
             {"conseil_habitants", "Conseil d'habitants"},
             {"evenement", "Événement"},
             {"autre", "Autre"}}},
           {"intitule", "Intitulé", FieldType::kText, true},
           {"date", "Date", FieldType::kDate, true},
           {"public", "Public touché", FieldType::kText},
           {"participants", "Nombre de participants", FieldType::kInteger},
           {"resultat", "Résultat", FieldType::kLongText},
           {"supports", "Supports d'information", FieldType::kText},
           {"actions", "Actions liées", FieldType::kReferences, false, {}, "action"}}};
}

KindSpec comment() {
  return {"commentaire",
          "Commentaire",
          "Commentaires",
          "COM",
          "texte",
          "",
          WorkspaceLevel::kCtg,
          {Role::kAdminCaf, Role::kAgentCaf, Role::kEmployeur, Role::kChargeCooperation},
          false,
          {std::string(kReferentiel), "3- Animer la mise en réseau des acteurs",
           "Il assure des échanges réguliers avec le chargé de développement territorial de la "
           "Caf et les partenaires du territoire"},
          {reference_field(),
           {"sujet",
            "À propos de",
            FieldType::kReference,
            false,
            {},
            kAnyTarget,
            "Référence d'une fiche de l'espace (facultatif)."},
           {"texte", "Commentaire", FieldType::kLongText, true}}};
}

KindSpec network_meeting() {
  return {"reunion_reseau",
          "Réunion de réseau",
          "Réunions du réseau départemental",
          "RES",
          "intitule",
          "date",
          WorkspaceLevel::kCaf,
          {Role::kAdminCaf, Role::kAgentCaf},
          true,
          {std::string(kReferentiel), "Les conditions d'éligibilité du financement",
           "participent aux réunions de réseau des chargés de coopération organisées par la Caf"},
          {reference_field(),
           {"intitule", "Intitulé", FieldType::kText, true},
           {"date", "Date", FieldType::kDate, true},
           {"lieu", "Lieu", FieldType::kText},
           {"postes_presents",
            "Postes présents",
            FieldType::kReferences,
            false,
            {},
            kPostTarget,
            "Identifiants des postes dont le chargé de coopération était présent."},
           {"compte_rendu", "Compte rendu", FieldType::kLongText}}};
}

}  // namespace

const FieldSpec* KindSpec::field(std::string_view code) const {
  const auto found = std::find_if(fields.begin(), fields.end(),
                                  [&](const FieldSpec& f) { return f.code == code; });
  return found == fields.end() ? nullptr : &*found;
}

bool KindSpec::writable_by(Role role) const {
  return std::find(writers.begin(), writers.end(), role) != writers.end();
}

const std::vector<KindSpec>& workspace_kinds() {
  static const std::vector<KindSpec> kKinds{objective(),     action(),     indicator(),
                                            meeting(),       diagnostic(), partner(),
                                            participation(), comment(),    network_meeting()};
  return kKinds;
}

const KindSpec* find_kind(std::string_view code) {
  const auto& kinds = workspace_kinds();
  const auto found =
      std::find_if(kinds.begin(), kinds.end(), [&](const KindSpec& k) { return k.code == code; });
  return found == kinds.end() ? nullptr : &*found;
}

}  // namespace maillage::core
