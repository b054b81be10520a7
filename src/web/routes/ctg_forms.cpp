// The create / edit / close forms of a CTG, on the pattern of the post forms: errors beside the
// fields (422), the current values on a stale version (409), redirect and flash once saved.
#include "web/routes/ctg_forms.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "app/ctg_service.hpp"
#include "core/access_policy.hpp"
#include "core/text.hpp"
#include "web/page.hpp"
#include "web/texts_fr.hpp"
#include "web/views/ctg_form.hpp"
#include "web/views/post_form.hpp"
#include "web/visibility.hpp"

namespace maillage::web::routes {

namespace {

constexpr const char* kMayNotCreate = "Votre rôle ne permet pas de créer une CTG.";
constexpr const char* kMayNotEdit = "Votre rôle ne permet pas de modifier cette CTG.";
constexpr const char* kMayNotClose = "Votre rôle ne permet pas de mettre fin à cette CTG.";

std::string territory_name(RequestContext& context, const std::string& code) {
  const core::Territory* territory = context.snapshot()->territory(code);
  return territory ? territory->name : code;
}

std::string period_of(const core::Ctg& ctg) {
  return core::format_date(ctg.start) + " – " + core::format_date(ctg.last_day());
}

std::vector<Crumb> crumbs_for(RequestContext& context, const core::Ctg& ctg,
                              const std::string& last) {
  return {{"Accueil", "/"},
          {territory_name(context, ctg.territory_code), "/territoires/" + ctg.territory_code},
          {"CTG " + period_of(ctg), "/ctg/" + std::to_string(ctg.id)},
          {last, ""}};
}

Response render_form(RequestContext& context, const FormView& form, const core::Ctg* ctg,
                     int version, int status, mstch::map extra = {}) {
  extra["form"] = form.view();
  extra["creating"] = ctg == nullptr;
  extra["version"] = std::to_string(version);
  extra["action"] = ctg ? "/ctg/" + std::to_string(ctg->id) : std::string("/ctg");
  extra["cancel_href"] = ctg ? "/ctg/" + std::to_string(ctg->id) : std::string("/");
  if (ctg) extra["territory"] = territory_name(context, ctg->territory_code);
  const std::string title =
      ctg ? "Modifier la CTG " + territory_name(context, ctg->territory_code) : "Nouvelle CTG";
  return render_page(
      context, "ctgs/form", std::move(extra),
      {.title = title,
       .breadcrumb = ctg ? crumbs_for(context, *ctg, "Modifier")
                         : std::vector<Crumb>{{"Accueil", "/"}, {"Nouvelle CTG", ""}},
       .section = "portefeuille",
       .status = status});
}

Response new_ctg(RequestContext& context) {
  if (!core::role_allows(context.user().role, core::Permission::kEditCtg)) {
    return forbidden_page(context, kMayNotCreate);
  }
  FormView form = views::ctg_form(context, true);
  form.set_values(
      {{"renouvellement", "non"}, {"code_territoire", context.request.query_value("territoire")}});
  return render_form(context, form, nullptr, 0, 200);
}

Response create(RequestContext& context) {
  const auto fields = views::ctg_fields_from(context.request);
  const auto result = app::create_ctg(context.database, context.user(), fields, context.now);
  if (result.status == app::SaveStatus::kForbidden) return forbidden_page(context, kMayNotCreate);
  if (result.status != app::SaveStatus::kSaved) {
    FormView form = views::ctg_form(context, true);
    form.set_values(fields);
    views::add_errors(form, result.errors);
    return render_form(context, form, nullptr, 0, 422);
  }
  context.set_flash(fmt::format("La CTG de {} ({}) a été créée.",
                                territory_name(context, result.record.territory_code),
                                period_of(result.record)));
  return redirect_to("/ctg/" + std::to_string(result.record.id));
}

Response edit(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found_page(context);
  if (!core::role_allows(context.user().role, core::Permission::kEditCtg)) {
    return forbidden_page(context, kMayNotEdit);
  }
  FormView form = views::ctg_form(context, false);
  form.set_values(app::ctg_fields(*ctg));
  return render_form(context, form, ctg, ctg->version, 200);
}

// A list typed one per line as the CTG stores it: lines trimmed, empty ones dropped.
std::string as_stored_lines(const std::string& text) {
  std::string lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const auto line = core::trim(std::string_view(text).substr(start, end - start));
    if (!line.empty()) lines += (lines.empty() ? "" : "\n") + std::string(line);
    start = end + 1;
  }
  return lines;
}

// A list typed one per line, on one line for a table cell.
std::string on_one_line(std::string text) {
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at)) {
    text.replace(at, 1, " ; ");
  }
  return text;
}

// The stored values beside the ones the user typed, for the fields that differ.
mstch::array differences(const core::Ctg& current, const app::CtgFields& typed,
                         const FormView& form) {
  mstch::array rows;
  for (const auto& [field, value] : app::ctg_fields(current)) {
    const auto it = typed.find(field);
    if (it == typed.end() || field == "code_territoire") continue;
    const bool is_list = field == "signataires" || field == "thematiques";
    const std::string typed_value = is_list ? as_stored_lines(it->second) : it->second;
    if (typed_value == value) continue;
    rows.push_back(mstch::map{{"field", form.label_of(field)},
                              {"current", on_one_line(value)},
                              {"typed", on_one_line(typed_value)}});
  }
  return rows;
}

Response update(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found_page(context);
  const auto fields = views::ctg_fields_from(context.request);
  const auto result = app::update_ctg(context.database, context.user(), ctg->id, fields,
                                      form_version(context.request), context.now);
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(fmt::format("La CTG de {} a été enregistrée.",
                                    territory_name(context, ctg->territory_code)));
      return redirect_to("/ctg/" + std::to_string(ctg->id));
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, kMayNotEdit);
    case app::SaveStatus::kInvalid: {
      FormView form = views::ctg_form(context, false);
      form.set_values(fields);
      views::add_errors(form, result.errors);
      return render_form(context, form, ctg, form_version(context.request), 422);
    }
    case app::SaveStatus::kStale: {
      FormView form = views::ctg_form(context, false);
      form.set_values(fields);
      form.add_error("", texts::kStaleVersion);
      // The form now carries the current version: saving again is a deliberate choice.
      return render_form(
          context, form, ctg, result.record.version, 409,
          {{"stale", true}, {"differences", differences(result.record, fields, form)}});
    }
  }
  return not_found_page(context);
}

Response render_close(RequestContext& context, const core::Ctg& ctg, const FormView& form,
                      int version, int status) {
  return render_page(context, "ctgs/close",
                     {{"form", form.view()},
                      {"id", std::to_string(ctg.id)},
                      {"start", core::format_date(ctg.start)},
                      {"end", core::format_date(ctg.end)},
                      {"action", "/ctg/" + std::to_string(ctg.id) + "/cloture"},
                      {"version", std::to_string(version)}},
                     {.title = "Mettre fin à la CTG " + territory_name(context, ctg.territory_code),
                      .breadcrumb = crumbs_for(context, ctg, "Fin de la CTG"),
                      .section = "portefeuille",
                      .status = status});
}

Response close_page(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found_page(context);
  if (!core::role_allows(context.user().role, core::Permission::kEditCtg)) {
    return forbidden_page(context, kMayNotClose);
  }
  FormView form = views::ctg_close_form();
  const core::Date proposed = std::clamp(context.today, ctg->start, ctg->end);
  form.set_values({{"cloture_le", core::format_date(proposed)}});
  return render_close(context, *ctg, form, ctg->version, 200);
}

Response close(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found_page(context);
  const Request& request = context.request;
  const auto result =
      app::close_ctg(context.database, context.user(), ctg->id, request.form_value("cloture_le"),
                     request.form_value("motif"), form_version(request), context.now);
  FormView form = views::ctg_close_form();
  form.set_values(
      {{"cloture_le", request.form_value("cloture_le")}, {"motif", request.form_value("motif")}});
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(fmt::format("La CTG de {} prend fin le {}.",
                                    territory_name(context, ctg->territory_code),
                                    core::format_date(*result.record.closed_on)));
      return redirect_to("/ctg/" + std::to_string(ctg->id));
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, kMayNotClose);
    case app::SaveStatus::kInvalid:
      views::add_errors(form, result.errors);
      return render_close(context, *ctg, form, form_version(request), 422);
    case app::SaveStatus::kStale:
      form.add_error("", texts::kStaleVersion);
      return render_close(context, *ctg, form, result.record.version, 409);
  }
  return not_found_page(context);
}

}  // namespace

void add_ctg_form_routes(Router& router) {
  router.get("/ctg/nouvelle", new_ctg);
  router.post("/ctg", create);
  router.get("/ctg/{id}/modifier", edit);
  router.post("/ctg/{id}", update);
  router.get("/ctg/{id}/fin", close_page);
  router.post("/ctg/{id}/cloture", close);
}

}  // namespace maillage::web::routes
