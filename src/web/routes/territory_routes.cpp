// A territory: its people, its communes, its CTGs and its posts.
#include <fmt/core.h>

#include <algorithm>

#include "app/portfolio_query.hpp"
#include "core/access_policy.hpp"
#include "core/text.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/views/portfolio_table.hpp"
#include "web/views/territory_profile_view.hpp"
#include "web/visibility.hpp"

namespace maillage::web::routes {

namespace {

std::string people(long population) {
  return core::group_thousands(std::to_string(population)) + " habitants";
}

Response show_territory(RequestContext& context) {
  const core::Territory* territory = visible_territory(context, context.param("code"));
  if (territory == nullptr) return not_found_page(context);
  const auto snapshot = context.snapshot();
  mstch::map data{{"name", territory->name},
                  {"code", territory->code},
                  {"is_epci", territory->kind == core::TerritoryKind::kEpci},
                  {"epci_type", territory->epci_type},
                  {"population", people(territory->population)},
                  {"departement", territory->departement}};
  if (const auto* caf = snapshot->caf(territory->departement)) data["caf"] = caf->name;
  if (territory->epci_code) {
    if (const auto* epci = snapshot->territory(*territory->epci_code)) {
      data["epci"] = mstch::map{{"name", epci->name}, {"href", "/territoires/" + epci->code}};
    }
  }
  mstch::array communes;
  std::vector<const core::Territory*> members;
  for (const auto& code : territory->communes) {
    if (const auto* commune = snapshot->territory(code)) members.push_back(commune);
  }
  std::sort(members.begin(), members.end(),
            [](const auto* a, const auto* b) { return a->name < b->name; });
  for (const auto* commune : members) {
    communes.push_back(
        mstch::map{{"name", commune->name},
                   {"code", commune->code},
                   {"population", core::group_thousands(std::to_string(commune->population))}});
  }
  data["communes"] = communes;
  data["commune_count"] =
      fmt::format("{} commune{}", members.size(), members.size() > 1 ? "s" : "");
  mstch::array ctgs;
  for (const core::Ctg* ctg : snapshot->index().ctgs_covering(*territory)) {
    if (ctg->territory_code != territory->code) continue;
    ctgs.push_back(mstch::map{
        {"href", "/ctg/" + std::to_string(ctg->id)},
        {"period", core::format_date(ctg->start) + " – " + core::format_date(ctg->last_day())},
        {"renewal", ctg->renewal},
        {"in_force", ctg->in_force_on(context.today)}});
  }
  data["ctgs"] = ctgs;
  app::PortfolioFilter filter;
  filter.territory = territory->code;
  const auto selection = app::select_portfolio(*snapshot, context.user(), filter);
  for (auto& [key, value] : views::portfolio_table(selection, 0, selection.rows.size()))
    data[key] = value;
  data["can_create_ctg"] = core::may(context.user(), core::Permission::kEditCtg, *territory);
  data["can_create_post"] = core::may(context.user(), core::Permission::kEditPost, *territory);
  data["steering"] = views::territory_profile_view(context, *territory);
  return render_page(context, "territories/show", std::move(data),
                     {.title = territory->name,
                      .breadcrumb = {{"Accueil", "/"}, {territory->name, ""}},
                      .section = "portefeuille"});
}

}  // namespace

void add_territory_routes(Router& router) {
  router.get("/territoires/{code}", show_territory);
}

}  // namespace maillage::web::routes
