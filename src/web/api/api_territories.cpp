// GET /territories and /territories/{code}: the territories of the user's perimeter.
#include <algorithm>

#include "app/portfolio_query.hpp"
#include "web/api/api_json.hpp"
#include "web/api/api_resources.hpp"
#include "web/api/api_schemas.hpp"
#include "web/problem.hpp"
#include "web/visibility.hpp"

namespace maillage::web::api {

namespace {

using nlohmann::json;

Response list_territories(RequestContext& context) {
  const std::string departement = context.request.query_value("departement");
  json items = json::array();
  for (const auto* territory : app::territories_of(*context.snapshot(), context.user())) {
    if (!departement.empty() && territory->departement != departement) continue;
    items.push_back(territory_json(*territory));
  }
  return json_response({{"territoires", std::move(items)}});
}

Response show_territory(RequestContext& context) {
  const core::Territory* territory = visible_territory(context, context.param("code"));
  if (territory == nullptr) return not_found();
  const auto snapshot = context.snapshot();
  json out = territory_json(*territory);
  // Membership is stored on the communes (their EPCI), not as a list on the EPCI.
  std::size_t communes = 0;
  for (const auto& other : snapshot->facts().territories) {
    if (other.epci_code == territory->code) ++communes;
  }
  out["nombre_communes"] = communes;
  const core::Caf* caf = snapshot->caf(territory->departement);
  out["caf"] = caf ? json{{"departement", caf->departement}, {"nom", caf->name}} : json(nullptr);
  json ctgs = json::array();
  for (const auto& ctg : snapshot->facts().ctgs) {
    if (ctg.territory_code == territory->code) ctgs.push_back(ctg.id);
  }
  out["ctgs"] = std::move(ctgs);
  std::vector<std::string> posts;
  for (const core::Post* post : snapshot->posts_of(*territory)) posts.push_back(post->id);
  std::sort(posts.begin(), posts.end());
  out["postes"] = posts;
  return json_response(out);
}

}  // namespace

std::vector<Operation> territory_operations() {
  namespace s = schema;
  return {
      {"GET",
       "/territories",
       list_territories,
       {{"operationId", "listerTerritoires"},
        {"tags", json::array({"Territoires"})},
        {"summary", "Territoires de votre périmètre"},
        {"description",
         "Les EPCI et communes de votre périmètre qui ont une CTG ou un poste, et ceux qui vous "
         "sont attribués, par nom."},
        {"parameters",
         {s::query_parameter("departement", "Ne garder que ce département (ex. 30).",
                             {{"type", "string"}, {"example", "30"}})}},
        {"security", s::read_security()},
        {"responses",
         s::responses({{"200", s::json_answer("La liste.", s::ref("ListeTerritoires"))}}, {})}}},
      {"GET",
       "/territories/{code}",
       show_territory,
       {{"operationId", "lireTerritoire"},
        {"tags", json::array({"Territoires"})},
        {"summary", "Un territoire"},
        {"description", "Population, nombre de communes, Caf, CTG et postes d'un territoire."},
        {"parameters",
         {s::path_parameter("code", "SIREN de l'EPCI ou code INSEE de la commune.",
                            {{"type", "string"}, {"example", "243000643"}})}},
        {"security", s::read_security()},
        {"responses",
         s::responses({{"200", s::json_answer("Le territoire.", s::ref("TerritoireDetail"))}},
                      {404})}}},
  };
}

}  // namespace maillage::web::api
