// The CTG workspace (issue 5): the overview of a CTG's workspace, and the list of each kind with
// its add form. The same pages serve the Caf's own workspace (its network meetings); one record's
// page is in workspace_record_routes.cpp.
#include <fmt/core.h>

#include "app/workspace_alert_service.hpp"
#include "web/routes/routes.hpp"
#include "web/routes/workspace_place.hpp"
#include "web/routes/workspace_view.hpp"
#include "web/views/post_form.hpp"

namespace maillage::web::routes {

namespace {

using namespace workspace;

// Values a new record's form starts with.
app::WorkspaceFields starting_values(const core::KindSpec& kind) {
  if (kind.code == "action") return {{"statut", "a_lancer"}};
  if (kind.code == "reunion") {
    // The référentiel's minimum agenda of a COPIL, ready to complete.
    return {
        {"instance", "copil"}, {"ordre_du_jour", "Bilan + perspectives"}, {"duree_minutes", "120"}};
  }
  return {};
}

Response render_list(RequestContext& context, const Place& place, const core::KindSpec& kind,
                     FormView form, int status) {
  const auto all = app::list_records(context.database, place.scope);
  mstch::array rows;
  for (const auto* record : of_kind(all, kind)) rows.push_back(row_view(kind, *record, all));
  const bool can_write = app::may_write(context.user(), kind);
  mstch::map data{{"tabs", kind_tabs(place, all, kind.code)},
                  {"kind_label", std::string(kind.label)},
                  {"kind_plural", std::string(kind.plural)},
                  {"headers", column_headers(kind)},
                  {"rows", rows},
                  {"has_rows", !rows.empty()},
                  {"can_write", can_write},
                  {"importable", kind.importable},
                  {"can_import", kind.importable && can_write},
                  {"action", place.kind_href(kind.code)},
                  {"export_csv", place.kind_href(kind.code) + "/export.csv"},
                  {"export_xlsx", place.kind_href(kind.code) + "/export.xlsx"},
                  {"import_action", place.kind_href(kind.code) + "/import"},
                  {"source", kind.source.citation()},
                  {"source_quote", kind.source.quote},
                  {"form", form.view()}};
  if (!can_write) data["may_not_write"] = may_not_write(kind);
  auto crumbs = place.crumbs;
  if (place.scope.is_caf()) {
    crumbs.back().href.clear();
  } else {
    crumbs.push_back({std::string(kind.plural), ""});
  }
  return render_page(context, "workspace/list", std::move(data),
                     {.title = fmt::format("{} — {}", kind.plural, place.title),
                      .breadcrumb = std::move(crumbs),
                      .section = place.scope.is_caf() ? "reseau" : "espace",
                      .status = status});
}

Response list(RequestContext& context) {
  const auto place = routed_place(context);
  if (!place) return not_found_page(context);
  const auto* kind = routed_kind(context, *place);
  if (kind == nullptr) return not_found_page(context);
  FormView form = views::workspace_form(*kind, options_of(context, *place));
  form.set_values(starting_values(*kind));
  return render_list(context, *place, *kind, std::move(form), 200);
}

// Where to go after saving: back to a record's page when the form came from one (a comment).
std::string return_href(const Request& request, const std::string& fallback) {
  const std::string back = request.form_value("retour");
  return back.rfind("/fiches/", 0) == 0 && back.find("//") == std::string::npos ? back : fallback;
}

Response create(RequestContext& context) {
  const auto place = routed_place(context);
  if (!place) return not_found_page(context);
  const auto* kind = routed_kind(context, *place);
  if (kind == nullptr) return not_found_page(context);
  const auto fields = views::workspace_fields_from(context.request, *kind);
  const auto result = app::create_record(context.database, context.user(), place->scope,
                                         std::string(kind->code), fields, context.now);
  if (result.status == app::SaveStatus::kForbidden) {
    return forbidden_page(context, may_not_write(*kind));
  }
  if (result.status == app::SaveStatus::kNotFound) return not_found_page(context);
  if (result.status != app::SaveStatus::kSaved) {
    FormView form = views::workspace_form(*kind, options_of(context, *place));
    form.set_values(fields);
    views::add_errors(form, result.errors);
    return render_list(context, *place, *kind, std::move(form), 422);
  }
  context.set_flash(
      fmt::format("{} {} {}.", kind->label, result.record.reference, agreed(*kind, "enregistré")));
  return redirect_to(return_href(context.request, record_href(result.record.id)));
}

Response overview(RequestContext& context) {
  const auto place = ctg_place(context, context.param("id"));
  if (!place) return not_found_page(context);
  const auto all = app::list_records(context.database, place->scope);
  // The records just read serve the alerts too.
  const auto alerts =
      alert_views(core::workspace_alerts(app::shipped_alert_rules(), all, context.today));
  mstch::array comments;
  const auto* comment_kind = core::find_kind("commentaire");
  for (const auto* record : of_kind(all, *comment_kind)) {
    comments.push_back(mstch::map{{"text", record->value("texte")},
                                  {"by", record->updated_by},
                                  {"subject", record->value("sujet")},
                                  {"href", record_href(record->id)}});
    if (comments.size() == 5) break;
  }
  const auto& ctg = place->ctg->ctg;
  auto crumbs = place->crumbs;
  crumbs.back().href.clear();
  return render_page(context, "workspace/index",
                     {{"tabs", kind_tabs(*place, all, "")},
                      {"alerts", alerts},
                      {"has_alerts", !alerts.empty()},
                      {"comments", comments},
                      {"has_comments", !comments.empty()},
                      {"period", fmt::format("{} – {}", core::format_date(ctg.start),
                                             core::format_date(ctg.last_day()))},
                      {"ctg_href", fmt::format("/ctg/{}", ctg.id)},
                      {"plan_href", fmt::format("/ctg/{}/plan", ctg.id)},
                      {"review_href", fmt::format("/ctg/{}/bilan", ctg.id)},
                      {"new_meeting_href", place->kind_href("reunion") + "#nouvelle-fiche"}},
                     {.title = place->title, .breadcrumb = std::move(crumbs), .section = "espace"});
}

}  // namespace

void add_workspace_routes(Router& router) {
  router.get("/ctg/{id}/espace", overview);
  router.get("/reseau", [](RequestContext& context) {
    return redirect_to(caf_place(context).kind_href("reunion_reseau"));
  });
  for (const std::string prefix : {"/ctg/{id}/espace", "/reseau"}) {
    router.get(prefix + "/{kind}", list);
    router.post(prefix + "/{kind}", create);
  }
}

}  // namespace maillage::web::routes
