// The action plan seen three ways (by theme, by status, on a timeline), the "bilan et
// perspectives" drawn from the workspace, and the to-do alerts of every workspace the user sees.
#include <fmt/core.h>

#include <map>

#include "app/workspace_alert_service.hpp"
#include "core/plan_review.hpp"
#include "core/workspace_values.hpp"
#include "web/routes/routes.hpp"
#include "web/routes/workspace_place.hpp"
#include "web/routes/workspace_view.hpp"

namespace maillage::web::routes {

namespace {

using namespace workspace;

const core::FieldSpec& field_of(std::string_view kind, std::string_view field) {
  return *core::find_kind(kind)->field(field);
}

mstch::map action_view(const core::WorkspaceRecord& action) {
  const auto& status = field_of("action", "statut");
  const auto progress = action.integer("avancement").value_or(0);
  const auto start = action.date("date_debut");
  const auto end = action.date("date_fin");
  return mstch::map{{"href", record_href(action.id)},
                    {"reference", action.reference},
                    {"title", action.value("intitule")},
                    {"status", core::display_text(status, action.value("statut"))},
                    {"lead", action.value("pilote")},
                    {"progress", std::to_string(progress)},
                    {"start", start ? core::format_date(*start) : std::string()},
                    {"end", end ? core::format_date(*end) : std::string()}};
}

// Timeline bars as percentages of the plan's span, so the page needs no script.
mstch::array timeline(const std::vector<const core::WorkspaceRecord*>& actions, core::Date today,
                      std::string& span_label, std::string& today_offset) {
  std::optional<core::Date> first, last;
  for (const auto* action : actions) {
    for (const auto* field : {"date_debut", "date_fin"}) {
      if (const auto date = action->date(field)) {
        if (!first || *date < *first) first = date;
        if (!last || *date > *last) last = date;
      }
    }
  }
  mstch::array rows;
  if (!first || !last) return rows;
  const long span = std::max(1L, last->days_since_epoch() - first->days_since_epoch());
  const auto offset = [&](core::Date date) {
    return std::clamp((date.days_since_epoch() - first->days_since_epoch()) * 100 / span, 0L, 100L);
  };
  span_label = fmt::format("du {} au {}", core::format_date(*first), core::format_date(*last));
  today_offset = std::to_string(offset(today));
  for (const auto* action : actions) {
    auto view = action_view(*action);
    const auto start =
        action->date("date_debut").value_or(action->date("date_fin").value_or(*first));
    const auto end = action->date("date_fin").value_or(*last);
    const long left = offset(start);
    view["left"] = std::to_string(left);
    view["width"] = std::to_string(std::max(1L, offset(end) - left));
    view["late"] = end < today && action->value("statut") != "realisee" &&
                   action->value("statut") != "abandonnee";
    rows.push_back(std::move(view));
  }
  return rows;
}

Response plan(RequestContext& context) {
  const auto place = ctg_place(context, context.param("id"));
  if (!place) return not_found_page(context);
  std::string view = context.request.query_value("vue");
  if (view != "statuts" && view != "calendrier") view = "themes";
  const auto all = app::list_records(context.database, place->scope);
  std::vector<const core::WorkspaceRecord*> actions;
  std::map<std::string, const core::WorkspaceRecord*> objectives;
  for (const auto& record : all) {
    if (record.kind == "action") actions.push_back(&record);
    if (record.kind == "objectif") objectives.emplace(record.reference, &record);
  }
  mstch::map data{{"view_themes", view == "themes"},
                  {"view_statuses", view == "statuts"},
                  {"view_timeline", view == "calendrier"},
                  {"base", fmt::format("/ctg/{}/plan", place->scope.ctg_id)},
                  {"actions_href", place->kind_href("action")},
                  {"objectives_href", place->kind_href("objectif")},
                  {"has_actions", !actions.empty()}};
  if (view == "themes") {
    const auto& theme_field = field_of("objectif", "thematique");
    const auto& priority_field = field_of("objectif", "priorite_caf");
    std::map<std::string, mstch::array> by_theme;
    std::vector<std::string> order;
    for (const auto& choice : theme_field.choices) order.emplace_back(choice.code);
    for (const auto& [reference, objective] : objectives) {
      mstch::array its_actions;
      for (const auto* action : actions) {
        if (action->value("objectif") == reference) its_actions.push_back(action_view(*action));
      }
      by_theme[objective->value("thematique")].push_back(mstch::map{
          {"href", record_href(objective->id)},
          {"reference", reference},
          {"title", objective->value("intitule")},
          {"priority", core::display_text(priority_field, objective->value("priorite_caf"))},
          {"actions", its_actions},
          {"has_actions", !its_actions.empty()}});
    }
    mstch::array themes;
    for (const auto& code : order) {
      const auto found = by_theme.find(code);
      if (found == by_theme.end()) continue;
      themes.push_back(mstch::map{{"label", std::string(core::choice_label(theme_field, code))},
                                  {"objectives", found->second}});
    }
    data["themes"] = themes;
  } else if (view == "statuts") {
    const auto& status_field = field_of("action", "statut");
    mstch::array statuses;
    for (const auto& choice : status_field.choices) {
      mstch::array its_actions;
      for (const auto* action : actions) {
        if (action->value("statut") == choice.code) its_actions.push_back(action_view(*action));
      }
      statuses.push_back(mstch::map{{"label", std::string(choice.label)},
                                    {"count", std::to_string(its_actions.size())},
                                    {"actions", its_actions},
                                    {"has_actions", !its_actions.empty()}});
    }
    data["statuses"] = statuses;
  } else {
    std::sort(actions.begin(), actions.end(), [](const auto* a, const auto* b) {
      return a->value("date_debut") < b->value("date_debut");
    });
    std::string span, today_offset;
    data["timeline"] = timeline(actions, context.today, span, today_offset);
    data["span"] = span;
    data["today_offset"] = today_offset;
    data["today"] = core::format_date(context.today);
  }
  auto crumbs = place->crumbs;
  crumbs.push_back({"Plan d'actions", ""});
  return render_page(context, "workspace/plan", std::move(data),
                     {.title = "Plan d'actions — " + place->ctg->territory_name,
                      .breadcrumb = std::move(crumbs),
                      .section = "espace"});
}

mstch::array texts(const std::vector<std::string>& lines) {
  mstch::array array;
  for (const auto& line : lines) array.push_back(line);
  return array;
}

Response review(RequestContext& context) {
  const auto place = ctg_place(context, context.param("id"));
  if (!place) return not_found_page(context);
  const auto review =
      core::review_plan(app::list_records(context.database, place->scope), context.today);
  mstch::array themes;
  for (const auto& theme : review.themes) {
    std::string statuses;
    for (const auto& [status, count] : theme.actions_by_status) {
      statuses += fmt::format("{}{} {}", statuses.empty() ? "" : ", ", count, status);
    }
    themes.push_back(mstch::map{{"theme", theme.theme},
                                {"objectives", std::to_string(theme.objectives)},
                                {"actions", std::to_string(theme.actions)},
                                {"statuses", statuses},
                                {"progress", std::to_string(theme.average_progress)},
                                {"budget", core::format_money(theme.budget)}});
  }
  auto crumbs = place->crumbs;
  crumbs.push_back({"Bilan et perspectives", ""});
  return render_page(context, "workspace/review",
                     {{"paragraphs", texts(review.paragraphs)},
                      {"themes", themes},
                      {"has_themes", !review.themes.empty()},
                      {"indicators", texts(review.indicators)},
                      {"has_indicators", !review.indicators.empty()},
                      {"date", core::format_date(context.today)},
                      {"year", std::to_string(review.year)}},
                     {.title = "Bilan et perspectives — " + place->ctg->territory_name,
                      .breadcrumb = std::move(crumbs),
                      .section = "espace"});
}

Response alerts_page(RequestContext& context) {
  const auto all =
      app::alerts_for(context.database, context.user(), app::shipped_alert_rules(), context.today);
  mstch::array ctgs;
  for (const auto& ctg : all) {
    const auto alerts = alert_views(ctg.alerts);
    ctgs.push_back(mstch::map{{"name", ctg.workspace.territory_name},
                              {"href", fmt::format("/ctg/{}/espace", ctg.workspace.ctg.id)},
                              {"alerts", alerts}});
  }
  return render_page(
      context, "workspace/alerts",
      {{"ctgs", ctgs}, {"has_alerts", !all.empty()}, {"date", core::format_date(context.today)}},
      {.title = "À faire dans les espaces CTG",
       .breadcrumb = {{"Accueil", "/"}, {"À faire", ""}},
       .section = "alertes"});
}

Response alerts_digest(RequestContext& context) {
  Response response;
  response.content_type = "text/plain; charset=utf-8";
  response.body = app::alert_digest(
      app::alerts_for(context.database, context.user(), app::shipped_alert_rules(), context.today),
      context.today);
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_workspace_plan_routes(Router& router) {
  router.get("/ctg/{id}/plan", plan);
  router.get("/ctg/{id}/bilan", review);
  router.get("/alertes", alerts_page);
  router.get("/alertes.txt", alerts_digest);
}

}  // namespace maillage::web::routes
