// GET /openapi.json: the OpenAPI 3.0.3 document, built from the operations the server registers,
// so that it describes exactly the routes that answer.
#include "core/text.hpp"
#include "web/api/api_resources.hpp"
#include "web/api/api_schemas.hpp"
#include "web/problem.hpp"

namespace maillage::web::api {

using nlohmann::json;

namespace {

constexpr const char* kDescription =
    "L'API de Maillage : territoires, CTG, postes et leur financement, avec les mêmes règles "
    "et les mêmes droits que les pages.\n\n"
    "**Authentification** : un jeton (`Authorization: Bearer …`, créé sur la page « Mon compte "
    "») ou la session du navigateur ; avec la session, toute requête qui modifie des données "
    "porte l'en-tête `X-CSRF-Token`.\n\n"
    "**Conventions** : les champs d'un enregistrement portent les noms des colonnes des "
    "fichiers d'import (`identifiant`, `code_territoire`, `porteur`…). Les montants sont des "
    "entiers en centimes (`cout_annuel_centimes`: 4800000 pour 48 000 €), les temps de travail "
    "des entiers en centièmes d'ETP (`etp_mission_centiemes`: 75 pour 0,75 ETP) : jamais de "
    "nombre décimal. Les dates sont au format ISO `aaaa-mm-jj`, les colonnes oui/non des "
    "booléens, les listes des tableaux de chaînes.\n\n"
    "**Erreurs** : `application/problem+json` (RFC 9457) avec `title` et `detail` en français ; "
    "400 JSON illisible (avec sa ligne et sa colonne) ou paramètre invalide, 401 sans "
    "authentification, 403 rôle non autorisé, 404 introuvable ou hors de votre périmètre (même "
    "réponse), 409 version périmée (avec `current`), 422 valeurs invalides (`errors`: "
    "[{`champ`, `message`}]).\n\n"
    "**Versions** : chaque enregistrement a une `version` ; une modification envoie celle qu'elle "
    "a lue (champ `version` ou en-tête `If-Match: \"3\"`) et n'écrase jamais une modification "
    "faite entre-temps.";

std::string lower(const std::string& method) {
  return core::to_lower_ascii(method);
}

}  // namespace

json openapi_document(const std::vector<Operation>& operations) {
  json paths = json::object();
  for (const auto& operation : operations) {
    paths[operation.path][lower(operation.method)] = operation.description;
  }
  return {
      {"openapi", "3.0.3"},
      {"info", {{"title", "API Maillage"}, {"version", "1.0.0"}, {"description", kDescription}}},
      {"servers", {{{"url", kPrefix}, {"description", "Ce serveur"}}}},
      {"tags",
       {{{"name", "Territoires"}, {"description", "EPCI et communes de votre périmètre."}},
        {{"name", "CTG"}, {"description", "Conventions Territoriales Globales."}},
        {{"name", "Postes"}, {"description", "Postes de chargé de coopération et financement."}},
        {{"name", "Financement"}, {"description", "Totaux par Caf."}},
        {{"name", "Description"}, {"description", "Ce document."}}}},
      {"security", schema::read_security()},
      {"paths", std::move(paths)},
      {"components", schema::components()},
  };
}

Operation openapi_operation(std::shared_ptr<const std::string> document) {
  Operation operation{
      "GET",
      "/openapi.json",
      [document](RequestContext&) {
        Response response;
        response.content_type = "application/json; charset=utf-8";
        response.body = *document;
        response.set_header("Cache-Control", "public, max-age=300");
        return response;
      },
      {{"operationId", "descriptionOpenApi"},
       {"tags", json::array({"Description"})},
       {"summary", "Ce document OpenAPI 3.0.3"},
       {"description", "Public : lisible sans authentification."},
       {"security", json::array()},
       {"responses",
        schema::responses({{"200", schema::json_answer("Le document.", {{"type", "object"}})}}, {},
                          false)}},
      Access::kPublic};
  return operation;
}

}  // namespace maillage::web::api
