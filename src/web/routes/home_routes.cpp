// The home page: what each role needs first. The Caf sees its perimeter's figures and what calls
// for action (posts to bring into line, CTGs to renew); the territory sees its CTG and posts.
#include <fmt/core.h>

#include <algorithm>

#include "app/portfolio_query.hpp"
#include "app/workspace_alert_service.hpp"
#include "core/access_policy.hpp"
#include "core/messages_fr.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"
#include "web/views/portfolio_table.hpp"

namespace maillage::web::routes {

namespace {

constexpr std::size_t kAlertsOnHome = 8;

constexpr int kRenewalWindowMonths = 12;

mstch::array ctgs_to_renew(const app::PortfolioSnapshot& snapshot, const core::Actor& actor,
                           core::Date today) {
  const core::Date horizon = today.plus_months(kRenewalWindowMonths);
  mstch::array list;
  for (const auto& ctg : snapshot.facts().ctgs) {
    const core::Territory* territory = snapshot.territory(ctg.territory_code);
    if (territory == nullptr || !core::covers(actor, *territory)) continue;
    if (!ctg.in_force_on(today) || ctg.last_day() > horizon) continue;
    // Renewed already if a later CTG of the same territory starts after this one.
    const bool renewed = std::any_of(
        snapshot.facts().ctgs.begin(), snapshot.facts().ctgs.end(), [&](const core::Ctg& other) {
          return other.territory_code == ctg.territory_code && other.start > ctg.last_day();
        });
    if (renewed) continue;
    list.push_back(mstch::map{{"territory", territory->name},
                              {"href", "/ctg/" + std::to_string(ctg.id)},
                              {"end", core::format_date(ctg.last_day())}});
  }
  return list;
}

Response home(RequestContext& context) {
  const auto snapshot = context.snapshot();
  const auto& actor = context.user();
  const auto selection = app::select_portfolio(*snapshot, actor, {});
  mstch::map data = views::portfolio_table(selection, 0, 0);
  data["date"] = core::format_date(snapshot->date());
  data["caf_side"] = core::is_caf_side(actor.role);
  data["role"] = std::string(texts::role_label(actor.role));
  data["first_name"] = actor.display_name;
  mstch::array to_fix;
  for (const auto& row : selection.rows) {
    if (row.result->verdict == core::Verdict::kEligible) continue;
    mstch::map item{{"id", row.post->id},
                    {"href", "/postes/" + url_encode(row.post->id)},
                    {"territory", row.territory->name},
                    {"verdict", views::verdict_badge(row.result->verdict)}};
    if (row.result->deadline) item["deadline"] = core::format_date(*row.result->deadline);
    to_fix.push_back(item);
  }
  data["to_fix"] = to_fix;
  data["renewals"] = ctgs_to_renew(*snapshot, actor, context.today);
  mstch::array territories;
  for (const auto* territory : app::territories_of(*snapshot, actor)) {
    if (territory->kind != core::TerritoryKind::kEpci) continue;
    mstch::map item{{"name", territory->name}, {"href", "/territoires/" + territory->code}};
    const auto& ctgs = snapshot->index().ctgs_covering(*territory);
    if (const core::Ctg* ctg = core::ctg_in_force(ctgs, context.today)) {
      item["ctg_href"] = "/ctg/" + std::to_string(ctg->id);
      item["workspace_href"] = "/ctg/" + std::to_string(ctg->id) + "/espace";
      item["ctg_period"] =
          core::format_date(ctg->start) + " – " + core::format_date(ctg->last_day());
    }
    territories.push_back(item);
  }
  data["territories"] = territories;
  // The to-do list of the CTG workspaces the user sees (issue 5), the oldest first.
  std::vector<std::pair<core::Date, mstch::map>> dated;
  for (const auto& ctg :
       app::alerts_for(context.database, actor, app::shipped_alert_rules(), context.today)) {
    for (const auto& alert : ctg.alerts) {
      mstch::map item{{"ctg", ctg.workspace.territory_name}, {"message", alert.message}};
      item["href"] = alert.record_id != 0
                         ? "/fiches/" + std::to_string(alert.record_id)
                         : "/ctg/" + std::to_string(ctg.workspace.ctg.id) + "/espace";
      dated.emplace_back(alert.since, std::move(item));
    }
  }
  std::stable_sort(dated.begin(), dated.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::size_t alert_count = dated.size();
  mstch::array alerts;
  for (std::size_t i = 0; i < alert_count && i < kAlertsOnHome; ++i) {
    alerts.push_back(std::move(dated[i].second));
  }
  data["alerts"] = alerts;
  data["has_alerts"] = alert_count > 0;
  data["more_alerts"] = alert_count > kAlertsOnHome;
  data["alert_count"] = std::to_string(alert_count);
  data["can_create_post"] = core::role_allows(actor.role, core::Permission::kEditPost);
  data["can_create_ctg"] = core::role_allows(actor.role, core::Permission::kEditCtg);
  data["can_import"] = core::role_allows(actor.role, core::Permission::kImportPosts);
  return render_page(context, "home/index", std::move(data),
                     {.title = "Accueil", .section = "accueil"});
}

}  // namespace

void add_home_routes(Router& router) {
  router.get("/", home);
}

}  // namespace maillage::web::routes
