// GET /financement: the Caf-side totals of the user's perimeter, per Caf, on a date.
#include <map>

#include "app/portfolio_query.hpp"
#include "core/access_policy.hpp"
#include "web/api/api_json.hpp"
#include "web/api/api_messages_fr.hpp"
#include "web/api/api_resources.hpp"
#include "web/api/api_schemas.hpp"
#include "web/problem.hpp"

namespace maillage::web::api {

namespace {

using nlohmann::json;

Response funding_by_caf(RequestContext& context) {
  if (!core::role_allows(context.user().role, core::Permission::kReadCafPortfolio)) {
    return forbidden(messages::kCafPortfolioRefused);
  }
  const auto date = query_date(context.request, "date");
  const auto snapshot = date ? context.snapshot_on(*date) : context.snapshot();
  // Only the posts the user may see, grouped as the engine groups them: by the département of
  // the post's territory.
  const auto selection = app::select_portfolio(*snapshot, context.user(), {});
  std::map<std::string, app::PortfolioSelection> by_departement;
  for (const auto& row : selection.rows)
    app::add_row(by_departement[row.territory->departement], row);
  json cafs = json::array();
  for (const auto& [departement, rows] : by_departement) {
    json caf = totals_json(rows);
    const app::CafFunding* funding = snapshot->caf_funding(departement);
    caf["departement"] = departement;
    caf["nom"] = funding ? funding->caf.name : departement;
    caf["doctrine"] = funding && funding->doctrine ? funding->doctrine->id
                      : funding                    ? funding->caf.doctrine_id
                                                   : "";
    caf["notes"] = funding ? funding->result.notes : std::vector<std::string>{};
    cafs.push_back(std::move(caf));
  }
  return json_response({{"date", core::format_iso_date(snapshot->date())},
                        {"cafs", std::move(cafs)},
                        {"totaux", totals_json(selection)}});
}

}  // namespace

std::vector<Operation> funding_operations() {
  namespace s = schema;
  return {
      {"GET",
       "/financement",
       funding_by_caf,
       {{"operationId", "financementParCaf"},
        {"tags", json::array({"Financement"})},
        {"summary", "Financement par Caf de votre périmètre"},
        {"description",
         "Pour chaque Caf : postes ouverts, ETP financés, financement, verdicts, sur les postes "
         "de votre périmètre à la date. Réservé aux agents et administrateurs de la Caf (403 "
         "pour les autres rôles)."},
        {"parameters", {s::date_query_parameter("Date du calcul (aaaa-mm-jj).")}},
        {"security", s::read_security()},
        {"responses",
         s::responses({{"200", s::json_answer("Les totaux.", s::ref("FinancementCafs"))}},
                      {400, 403})}}},
  };
}

}  // namespace maillage::web::api
