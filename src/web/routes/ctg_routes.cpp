// A CTG: its period, signatories, themes, posts and the findings about it as a whole.
#include <fmt/core.h>

#include "app/portfolio_query.hpp"
#include "core/access_policy.hpp"
#include "web/page.hpp"
#include "web/routes/ctg_forms.hpp"
#include "web/routes/routes.hpp"
#include "web/views/portfolio_table.hpp"
#include "web/views/post_view.hpp"
#include "web/visibility.hpp"

namespace maillage::web::routes {

namespace {

Response show_ctg(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found_page(context);
  const auto snapshot = context.snapshot();
  const core::Territory* territory = snapshot->territory(ctg->territory_code);
  const std::string period =
      core::format_date(ctg->start) + " – " + core::format_date(ctg->last_day());
  mstch::map data{{"id", std::to_string(ctg->id)},
                  {"territory", territory->name},
                  {"territory_href", "/territoires/" + territory->code},
                  {"start", core::format_date(ctg->start)},
                  {"end", core::format_date(ctg->end)},
                  {"renewal", ctg->renewal},
                  {"in_force", ctg->in_force_on(context.today)},
                  {"version", std::to_string(ctg->version)}};
  if (ctg->closed_on) data["closed_on"] = core::format_date(*ctg->closed_on);
  mstch::array signatories;
  for (const auto& name : ctg->signatories) signatories.push_back(name);
  data["signatories"] = signatories;
  mstch::array themes;
  for (const auto& theme : ctg->themes) themes.push_back(theme);
  data["themes"] = themes;
  if (const core::CtgResult* result = snapshot->ctg_result(ctg->id)) {
    mstch::array findings;
    for (const auto& finding : result->findings) findings.push_back(views::finding_view(finding));
    data["findings"] = findings;
  }
  // The CTG's posts: those the engine attached to it on today's date.
  app::PortfolioSelection selection;
  for (auto& row : app::select_portfolio(*snapshot, context.user(), {}).rows) {
    if (row.ctg == ctg) app::add_row(selection, row);
  }
  for (auto& [key, value] : views::portfolio_table(selection, 0, selection.rows.size()))
    data[key] = value;
  const bool editable = core::may(context.user(), core::Permission::kEditCtg, *territory);
  data["can_edit"] = editable;
  data["can_close"] = editable && !ctg->closed_on;
  return render_page(context, "ctgs/show", std::move(data),
                     {.title = fmt::format("CTG {} ({})", territory->name, period),
                      .breadcrumb = {{"Accueil", "/"},
                                     {territory->name, "/territoires/" + territory->code},
                                     {"CTG " + period, ""}},
                      .section = "portefeuille"});
}

}  // namespace

void add_ctg_routes(Router& router) {
  add_ctg_form_routes(router);  // "/ctg/nouvelle" before "/ctg/{id}"
  router.get("/ctg/{id}", show_ctg);
}

}  // namespace maillage::web::routes
