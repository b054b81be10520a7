#include "web/api/api_schemas.hpp"

#include <map>

#include "web/cookies.hpp"

namespace maillage::web::api::schema {

using nlohmann::json;

namespace {

json text(const std::string& description) {
  return {{"type", "string"}, {"description", description}};
}

json integer(const std::string& description) {
  return {{"type", "integer"}, {"format", "int64"}, {"minimum", 0}, {"description", description}};
}

json boolean(const std::string& description) {
  return {{"type", "boolean"}, {"description", description}};
}

json date(const std::string& description, bool can_be_null = false) {
  json out{{"type", "string"}, {"format", "date"}, {"description", description}};
  if (can_be_null) out["nullable"] = true;
  return out;
}

json choice(std::initializer_list<const char*> codes, const std::string& description) {
  json values = json::array();
  for (const char* code : codes) values.push_back(code);
  return {{"type", "string"}, {"enum", values}, {"description", description}};
}

json read_only(json property) {
  property["readOnly"] = true;
  return property;
}

json object(json properties, std::initializer_list<const char*> required,
            const std::string& description = "") {
  json out{{"type", "object"}, {"properties", std::move(properties)}};
  if (required.size() > 0) {
    out["required"] = json::array();
    for (const char* name : required) out["required"].push_back(name);
  }
  if (!description.empty()) out["description"] = description;
  return out;
}

json array_of(json items, const std::string& description = "") {
  json out{{"type", "array"}, {"items", std::move(items)}};
  if (!description.empty()) out["description"] = description;
  return out;
}

json verdict() {
  return choice({"eligible", "a_mettre_en_conformite", "exclu"}, "Verdict de la doctrine.");
}

// The writable fields of a post, under the import file's column names.
json post_fields() {
  return {
      {"identifiant", text("Identifiant du poste, unique (ex. GARD-001).")},
      {"code_territoire", text("Code SIREN de l'EPCI ou code INSEE de la commune du poste.")},
      {"porteur", choice({"epci", "commune", "syndicat", "association", "prestataire"},
                         "Employeur de l'agent.")},
      {"etp_agent_centiemes",
       integer("Temps de travail total de l'agent en centièmes d'ETP (100 = 1 ETP), de 1 à 100.")},
      {"etp_mission_centiemes",
       integer("Temps consacré à la mission de coopération, en centièmes d'ETP (75 = 0,75 ETP).")},
      {"cout_annuel_centimes",
       integer("Coût annuel chargé du poste en centimes d'euro (4800000 = 48 000 €).")},
      {"fonction",
       choice({"cooperation", "assistant_administratif", "direction", "responsable_equipement"},
              "Fonction de l'agent en plus de la mission.")},
      {"niveau_diplome",
       {{"type", "integer"},
        {"minimum", 3},
        {"maximum", 8},
        {"description", "Niveau du cadre national des certifications (5 = bac+2)."}}},
      {"statut", choice({"existant", "creation"}, "Poste existant ou création.")},
      {"date_embauche", date("Date d'embauche de l'agent.", true)},
      {"vacant_depuis", date("Date depuis laquelle le poste est vacant.", true)},
      {"caf_associee_recrutement", boolean("La Caf a été associée au recrutement.")},
      {"participation_reseau", boolean("L'agent participe au réseau départemental.")},
      {"rapport_annuel_transmis", boolean("Le rapport annuel a été transmis.")},
  };
}

json version_property(const std::string& description) {
  return {{"type", "integer"}, {"minimum", 1}, {"description", description}};
}

json funding_summary() {
  return object(
      {{"date", date("Date du calcul.")},
       {"verdict", verdict()},
       {"verdict_libelle", text("Verdict en français.")},
       {"financement_centimes", integer("Financement Caf annuel, en centimes.")},
       {"cout_eligible_centimes", integer("Coût retenu après plafond et proratisation.")},
       {"etp_finance_centiemes", integer("ETP financés, en centièmes.")},
       {"echeance", date("Pour a_mettre_en_conformite : la première échéance.", true)},
       {"ctg_id", {{"type", "integer"}, {"nullable", true}, {"description", "CTG en vigueur."}}}},
      {"date", "verdict", "financement_centimes", "cout_eligible_centimes",
       "etp_finance_centiemes"},
      "Financement et verdict d'un poste à une date.");
}

json finding() {
  return object(
      {{"regle", text("Identifiant de la règle de la doctrine.")},
       {"niveau",
        choice({"info", "avertissement", "mise_en_conformite", "exclusion", "erreur_saisie"},
               "Poids du constat sur le verdict.")},
       {"niveau_libelle", text("Niveau en français.")},
       {"message", text("Le constat, en français, avec ses chiffres.")},
       {"source", text("Document, section et citation de la règle.")},
       {"echeance", date("Date limite pour se mettre en conformité.", true)},
       {"piste",
        {{"type", "string"},
         {"nullable", true},
         {"description", "Ce qui changerait le résultat (« Pour lever ce point : … »)."}}}},
      {"regle", "niveau", "message", "source"}, "Le constat d'une règle.");
}

json totals() {
  return object({{"postes", integer("Nombre de postes.")},
                 {"etp_mission_centiemes", integer("Somme des temps de mission.")},
                 {"etp_finance_centiemes", integer("Somme des ETP financés.")},
                 {"cout_annuel_centimes", integer("Somme des coûts annuels.")},
                 {"financement_centimes", integer("Somme des financements Caf.")},
                 {"eligibles", integer("Postes éligibles.")},
                 {"a_mettre_en_conformite", integer("Postes à mettre en conformité.")},
                 {"exclus", integer("Postes exclus.")}},
                {"postes", "etp_mission_centiemes", "etp_finance_centiemes", "cout_annuel_centimes",
                 "financement_centimes", "eligibles", "a_mettre_en_conformite", "exclus"},
                "Totaux des postes ouverts listés.");
}

json post() {
  json properties = post_fields();
  properties["cloture_le"] = read_only(date("Dernier jour du poste s'il a pris fin.", true));
  properties["version"] = read_only(version_property("Version enregistrée."));
  properties["territoire_nom"] = read_only(text("Nom du territoire."));
  properties["financement"] = read_only(nullable("ResumeFinancement"));
  properties["financement"]["description"] = "Financement à la date demandée ; null si clos.";
  return object(properties,
                {"identifiant", "code_territoire", "porteur", "etp_agent_centiemes",
                 "etp_mission_centiemes", "cout_annuel_centimes", "fonction", "niveau_diplome",
                 "statut", "date_embauche", "vacant_depuis", "caf_associee_recrutement",
                 "participation_reseau", "rapport_annuel_transmis", "cloture_le", "version"},
                "Un poste de chargé de coopération.");
}

json post_write() {
  json properties = post_fields();
  properties["version"] = version_property(
      "Pour une modification : la version lue (ou l'en-tête If-Match). Ignorée à la création.");
  return object(
      properties, {},
      "Champs d'un poste. Les mêmes contrôles et messages qu'une ligne du fichier des postes "
      "s'appliquent. Tous les champs sont obligatoires sauf date_embauche et vacant_depuis ; en "
      "modification (PUT, remplacement complet) identifiant et code_territoire peuvent être omis "
      "et ne changent pas. Les champs en lecture seule de Poste sont acceptés et ignorés ; tout "
      "autre champ est refusé (422).");
}

json ctg_fields() {
  return {
      {"code_territoire", text("Code du territoire signataire (EPCI ou commune).")},
      {"date_debut", date("Premier jour de la CTG.")},
      {"date_fin", date("Dernier jour prévu de la CTG.")},
      {"renouvellement", boolean("Signée comme renouvellement d'une CTG précédente.")},
      {"signataires", array_of(text("Un signataire."), "Signataires, un par élément.")},
      {"thematiques", array_of(text("Une thématique."), "Thématiques, une par élément.")},
  };
}

json ctg() {
  json properties = ctg_fields();
  properties["id"] = read_only(integer("Identifiant de la CTG."));
  properties["cloture_le"] =
      read_only(date("Dernier jour si la CTG a été close avant terme.", true));
  properties["version"] = read_only(version_property("Version enregistrée."));
  properties["territoire_nom"] = read_only(text("Nom du territoire."));
  properties["dernier_jour"] = read_only(date("Date de fin, ou de clôture si plus tôt."));
  properties["en_vigueur"] = read_only(boolean("En vigueur aujourd'hui."));
  return object(
      properties,
      {"id", "code_territoire", "date_debut", "date_fin", "renouvellement", "signataires",
       "thematiques", "cloture_le", "version", "territoire_nom", "dernier_jour", "en_vigueur"},
      "Une Convention Territoriale Globale.");
}

json ctg_write() {
  json properties = ctg_fields();
  properties["version"] = version_property(
      "Pour une modification : la version lue (ou l'en-tête If-Match). Ignorée à la création.");
  return object(
      properties, {},
      "Champs d'une CTG, avec les contrôles d'une ligne du fichier des conventions ; sa période "
      "ne chevauche pas une autre CTG du territoire. En modification (PUT, remplacement "
      "complet), code_territoire peut être omis et ne change pas. Les champs en lecture seule de "
      "Ctg sont acceptés et ignorés ; tout autre champ est refusé (422).");
}

json closing() {
  return object({{"cloture_le", date("Dernier jour (aaaa-mm-jj).")},
                 {"motif", text("Motif, gardé dans l'historique.")},
                 {"version", version_property("Version lue (ou l'en-tête If-Match).")}},
                {"cloture_le", "motif"}, "Fin anticipée d'un enregistrement.");
}

json problem() {
  return object(
      {{"type", text("Toujours about:blank.")},
       {"title", text("Titre en français.")},
       {"status", {{"type", "integer"}}},
       {"detail", text("Explication en français : ce qui ne va pas et quoi faire.")},
       {"errors", array_of(ref("ErreurChamp"), "Pour 400 et 422 : chaque champ en erreur.")},
       {"current",
        {{"type", "object"},
         {"description", "Pour 409 : l'enregistrement tel qu'il est enregistré."}}}},
      {"type", "title", "status", "detail"}, "Problème au format RFC 9457.");
}

}  // namespace

json ref(const std::string& name) {
  return {{"$ref", "#/components/schemas/" + name}};
}

json nullable(const std::string& name) {
  return {{"allOf", json::array({ref(name)})}, {"nullable", true}};
}

json json_answer(const std::string& description, const json& schema) {
  return {{"description", description}, {"content", {{"application/json", {{"schema", schema}}}}}};
}

json responses(json successes, std::initializer_list<int> problems, bool authenticated) {
  static const std::map<int, const char*> kDescriptions{
      {400, "Requête mal formée : JSON illisible (avec sa position) ou paramètre invalide."},
      {401, "Authentification requise : ni jeton valide ni session."},
      {403, "Rôle non autorisé, ou requête de session sans en-tête X-CSRF-Token valide."},
      {404, "Introuvable ou hors de votre périmètre (réponse identique dans les deux cas)."},
      {409, "Version périmée : rien n'est enregistré, « current » contient l'enregistrement."},
      {415, "Le corps n'est pas déclaré en JSON (Content-Type: application/json)."},
      {422, "Valeurs invalides : « errors » nomme chaque champ avec son message."},
  };
  json out = std::move(successes);
  std::vector<int> codes(problems);
  if (authenticated) codes.push_back(401);
  for (int code : codes) {
    out[std::to_string(code)] = {
        {"description", kDescriptions.at(code)},
        {"content", {{"application/problem+json", {{"schema", ref("Probleme")}}}}}};
  }
  return out;
}

json path_parameter(const std::string& name, const std::string& description,
                    const json& schema_of_value) {
  return {{"name", name},
          {"in", "path"},
          {"required", true},
          {"description", description},
          {"schema", schema_of_value}};
}

json query_parameter(const std::string& name, const std::string& description,
                     const json& schema_of_value) {
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"description", description},
          {"schema", schema_of_value}};
}

json date_query_parameter(const std::string& description) {
  return query_parameter("date", description + " Par défaut : aujourd'hui.",
                         {{"type", "string"}, {"format", "date"}, {"example", "2027-01-31"}});
}

json json_request(const std::string& schema_name, const json& example) {
  return {
      {"required", true},
      {"content", {{"application/json", {{"schema", ref(schema_name)}, {"example", example}}}}}};
}

json read_security() {
  return json::array({{{"bearerAuth", json::array()}}, {{"cookieAuth", json::array()}}});
}

json write_security() {
  return json::array({{{"bearerAuth", json::array()}},
                      {{"cookieAuth", json::array()}, {"csrfToken", json::array()}}});
}

json components() {
  json schemas{
      {"Probleme", problem()},
      {"ErreurChamp", object({{"champ",
                               {{"type", "string"},
                                {"nullable", true},
                                {"description", "Nom du champ ou du paramètre en erreur."}}},
                              {"message", text("Ce qui ne va pas, en français.")}},
                             {"champ", "message"})},
      {"Territoire",
       object({{"code", text("SIREN de l'EPCI ou code INSEE de la commune.")},
               {"nom", text("Nom.")},
               {"nature", choice({"epci", "commune"}, "EPCI ou commune.")},
               {"type_epci",
                {{"type", "string"},
                 {"nullable", true},
                 {"description", "CC, CA, CU, METRO… (null pour une commune)."}}},
               {"departement", text("Département principal.")},
               {"population", integer("Population municipale.")},
               {"epci",
                {{"type", "string"},
                 {"nullable", true},
                 {"description", "Pour une commune : son EPCI."}}}},
              {"code", "nom", "nature", "type_epci", "departement", "population", "epci"})},
      {"TerritoireDetail",
       {{"allOf",
         json::array(
             {ref("Territoire"),
              object(
                  {{"nombre_communes", integer("Communes membres (0 pour une commune).")},
                   {"caf",
                    {{"allOf", json::array({object({{"departement", text("Département de la Caf.")},
                                                    {"nom", text("Nom de la Caf.")}},
                                                   {"departement", "nom"})})},
                     {"nullable", true}}},
                   {"ctgs", array_of({{"type", "integer"}}, "Identifiants de ses CTG.")},
                   {"postes", array_of(text("Identifiant."),
                                       "Identifiants des postes du territoire et de ses "
                                       "communes, clos compris.")}},
                  {"nombre_communes", "caf", "ctgs", "postes"})})}}},
      {"ListeTerritoires", object({{"territoires", array_of(ref("Territoire"))}}, {"territoires"})},
      {"Ctg", ctg()},
      {"CtgDetail",
       {{"allOf",
         json::array(
             {ref("Ctg"),
              object({{"postes", array_of(text("Identifiant."), "Postes rattachés aujourd'hui.")},
                      {"constats", array_of(ref("Constat"), "Constats sur la CTG entière.")}},
                     {"postes", "constats"})})}}},
      {"ListeCtg", object({{"ctgs", array_of(ref("Ctg"))}}, {"ctgs"})},
      {"CtgEcriture", ctg_write()},
      {"Cloture", closing()},
      {"Poste", post()},
      {"PosteEcriture", post_write()},
      {"ResumeFinancement", funding_summary()},
      {"Constat", finding()},
      {"Totaux", totals()},
      {"ListePostes",
       object({{"date", date("Date du calcul.")},
               {"nombre", integer("Postes qui répondent aux filtres (toutes pages).")},
               {"limit", integer("Taille de la page.")},
               {"offset", integer("Position du premier poste de la page.")},
               {"postes", array_of(ref("Poste"))},
               {"totaux", ref("Totaux")}},
              {"date", "nombre", "limit", "offset", "postes", "totaux"},
              "Postes ouverts à la date, filtrés, triés et paginés ; les totaux portent sur "
              "tous les postes filtrés, pas seulement la page.")},
      {"FinancementPoste",
       object({{"identifiant", text("Identifiant du poste.")},
               {"date", date("Date du calcul.")},
               {"ouvert", boolean("Le poste est ouvert à cette date (sinon pas de calcul).")},
               {"caf",
                {{"allOf", json::array({object({{"departement", text("Département.")},
                                                {"nom", text("Nom de la Caf.")}},
                                               {"departement", "nom"})})},
                 {"nullable", true}}},
               {"doctrine", {{"type", "string"}, {"nullable", true}}},
               {"resultat", nullable("ResumeFinancement")},
               {"constats",
                array_of(ref("Constat"), "Chaque constat : la formule de financement d'abord.")},
               {"constats_ctg", array_of(ref("Constat"), "Constats sur la CTG du poste.")}},
              {"identifiant", "date", "ouvert", "caf", "doctrine", "resultat", "constats",
               "constats_ctg"},
              "Le financement d'un poste expliqué règle par règle.")},
      {"TotauxCaf",
       {{"allOf", json::array({ref("Totaux"),
                               object({{"departement", text("Département de la Caf.")},
                                       {"nom", text("Nom de la Caf.")},
                                       {"doctrine", text("Doctrine appliquée.")},
                                       {"notes", array_of(text("Remarque."),
                                                          "Remarques sur le calcul lui-même.")}},
                                      {"departement", "nom", "doctrine", "notes"})})}}},
      {"FinancementCafs",
       object({{"date", date("Date du calcul.")},
               {"cafs", array_of(ref("TotauxCaf"))},
               {"totaux", ref("Totaux")}},
              {"date", "cafs", "totaux"}, "Totaux par Caf des postes de votre périmètre.")},
      {"Fiche",
       object(
           {{"id", integer("Identifiant.")},
            {"type", text("Type de fiche : objectif, action, indicateur, reunion, diagnostic, "
                          "partenaire, participation, commentaire, reunion_reseau.")},
            {"reference", text("Référence dans l'espace (« ACT-001 »).")},
            {"ctg",
             {{"type", "integer"},
              {"nullable", true},
              {"description", "CTG de l'espace (null : réseau de la Caf)."}}},
            {"version", integer("Version, pour la modifier.")},
            {"valeurs",
             {{"type", "object"},
              {"additionalProperties", {{"type", "string"}}},
              {"description",
               "Champ → valeur, écrite comme dans le formulaire et le "
               "fichier (dates 31/01/2027, montants 12000,50)."}}},
            {"modifie_le", text("Dernier enregistrement (UTC).")},
            {"modifie_par", text("Auteur du dernier enregistrement.")}},
           {"id", "type", "reference", "ctg", "version", "valeurs", "modifie_le", "modifie_par"})},
      {"ListeFiches",
       object({{"ctg", integer("Identifiant de la CTG.")}, {"fiches", array_of(ref("Fiche"))}},
              {"ctg", "fiches"})},
      {"FicheEcriture",
       object({{"type", text("Type de fiche.")},
               {"reference", text("Référence choisie (facultative).")},
               {"valeurs", {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}}},
              {"type", "valeurs"})},
      {"FicheModification",
       object({{"reference", text("Nouvelle référence (facultative).")},
               {"valeurs", {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}},
               {"version", integer("Version lue.")}},
              {"valeurs", "version"})},
      {"Suppression", object({{"version", integer("Version lue.")}}, {"version"})},
      {"FicheSupprimee", object({{"supprimee", ref("Fiche")}}, {"supprimee"})},
      {"Alertes",
       object({{"date", date("Date de la situation.")},
               {"ctgs", array_of(object(
                            {{"ctg", integer("Identifiant de la CTG.")},
                             {"territoire", text("Nom du territoire.")},
                             {"alertes",
                              array_of(object({{"regle", text("Règle d'alerte.")},
                                               {"message", text("Ce qui est à faire.")},
                                               {"fiche",
                                                {{"type", "integer"},
                                                 {"nullable", true},
                                                 {"description", "Fiche concernée."}}},
                                               {"depuis", date("Depuis quand.")},
                                               {"source", text("Source de la règle.")}},
                                              {"regle", "message", "fiche", "depuis", "source"}))}},
                            {"ctg", "territoire", "alertes"}))}},
              {"date", "ctgs"})},
  };
  return {
      {"schemas", schemas},
      {"securitySchemes",
       {{"bearerAuth",
         {{"type", "http"},
          {"scheme", "bearer"},
          {"description", "Jeton créé sur la page « Mon compte » (Authorization: Bearer …)."}}},
        {"cookieAuth",
         {{"type", "apiKey"},
          {"in", "cookie"},
          {"name", kSessionCookie},
          {"description", "Session ouverte par la page de connexion."}}},
        {"csrfToken",
         {{"type", "apiKey"},
          {"in", "header"},
          {"name", "X-CSRF-Token"},
          {"description",
           "Avec une session, toute requête qui modifie des données porte le "
           "jeton CSRF de la session (balise <meta name=\"csrf-token\">)."}}}}},
  };
}

}  // namespace maillage::web::api::schema
