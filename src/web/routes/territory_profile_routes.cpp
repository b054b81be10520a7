// What the Caf records about a territory beyond the official data: its area (regulation
// indicator 6) and its specifics and competences (indicator 5, kept with its history).
#include <fmt/core.h>

#include "app/audit_trail.hpp"
#include "app/territory_profile_service.hpp"
#include "core/access_policy.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"
#include "web/views/history_view.hpp"
#include "web/views/post_form.hpp"
#include "web/views/structure_form.hpp"
#include "web/views/territory_profile_view.hpp"
#include "web/visibility.hpp"

namespace maillage::web::routes {

namespace {

constexpr const char* kMayNotEdit =
    "Seuls les agents et administrateurs de la Caf modifient la superficie et les spécificités "
    "d'un territoire.";

std::string profile_href(const core::Territory& territory) {
  return "/territoires/" + territory.code + "/profil";
}

// What the form says of an area computed from the boundaries (typing one replaces it).
std::string boundary_note(const core::TerritoryProfile& profile) {
  if (!profile.area_hectares || profile.area_source != core::AreaSource::kBoundaries) return "";
  return fmt::format(
      "Superficie calculée à partir des contours : {} km² ; une valeur saisie la remplace.",
      app::format_area_km2(*profile.area_hectares));
}

Response render(RequestContext& context, const core::Territory& territory,
                const core::TerritoryProfile& profile, const FormView& form, int version,
                int status, mstch::map extra = {}) {
  extra["name"] = territory.name;
  extra["territory_href"] = "/territoires/" + territory.code;
  extra["action"] = profile_href(territory);
  extra["history_href"] = "/historique/profil/" + territory.code;
  extra["version"] = std::to_string(version);
  extra["form"] = form.view();
  extra["can_edit"] = core::may(context.user(), core::Permission::kEditTerritoryProfile, territory);
  if (profile.area_hectares) {
    extra["area"] = app::format_area_km2(*profile.area_hectares) + " km²";
    extra["area_source"] = std::string(app::area_source_label(profile.area_source));
  }
  extra["specifics"] = views::text_lines(profile.specifics);
  extra["has_specifics"] = !profile.specifics.empty();
  return render_page(context, "territories/profile", std::move(extra),
                     {.title = "Superficie et spécificités de " + territory.name,
                      .breadcrumb = {{"Accueil", "/"},
                                     {territory.name, "/territoires/" + territory.code},
                                     {"Superficie et spécificités", ""}},
                      .section = "portefeuille",
                      .status = status});
}

Response show(RequestContext& context) {
  const core::Territory* territory = visible_territory(context, context.param("code"));
  if (territory == nullptr) return not_found_page(context);
  const auto profile = app::profile_or_empty(context.database, territory->code);
  FormView form = views::profile_form(boundary_note(profile));
  form.set_values(app::profile_fields(profile));
  return render(context, *territory, profile, form, profile.version, 200);
}

Response save(RequestContext& context) {
  const core::Territory* territory = visible_territory(context, context.param("code"));
  if (territory == nullptr) return not_found_page(context);
  const app::ProfileFields fields{{"superficie_km2", context.request.form_value("superficie_km2")},
                                  {"specificites", context.request.form_value("specificites")}};
  const auto result =
      app::update_territory_profile(context.database, context.user(), territory->code, fields,
                                    form_version(context.request), context.now);
  const auto current = app::profile_or_empty(context.database, territory->code);
  FormView form = views::profile_form(boundary_note(current));
  form.set_values(fields);
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(fmt::format("La superficie et les spécificités de {} ont été enregistrées.",
                                    territory->name));
      return redirect_to("/territoires/" + territory->code);
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, kMayNotEdit);
    case app::SaveStatus::kInvalid:
      views::add_errors(form, result.errors);
      return render(context, *territory, current, form, form_version(context.request), 422);
    case app::SaveStatus::kStale: {
      form.add_error("", texts::kStaleVersion);
      mstch::array differences;
      for (const auto& [field, value] : app::profile_fields(result.record)) {
        const auto typed = fields.at(field);
        if (typed == value) continue;
        differences.push_back(
            mstch::map{{"field", form.label_of(field)}, {"current", value}, {"typed", typed}});
      }
      return render(context, *territory, current, form, result.record.version, 409,
                    {{"stale", true}, {"differences", differences}});
    }
  }
  return not_found_page(context);
}

Response history(RequestContext& context) {
  const core::Territory* territory = visible_territory(context, context.param("code"));
  if (territory == nullptr) return not_found_page(context);
  const FormView form = views::profile_form("");
  const views::FieldWording wording{
      [form](const std::string& field) {
        return field == "source_superficie" ? std::string("Origine de la superficie")
                                            : form.label_of(field);
      },
      [](const std::string&, const std::string& value) { return value; },
      {"superficie_km2", "source_superficie", "specificites"}};
  mstch::array events;
  for (const auto& event :
       app::history_of(context.database, "territory_profile", territory->code)) {
    events.push_back(views::event_view(event, wording));
  }
  return render_page(
      context, "history/show", {{"events", events}, {"record_href", profile_href(*territory)}},
      {.title = "Historique de la superficie et des spécificités de " + territory->name,
       .breadcrumb = {{"Accueil", "/"},
                      {territory->name, "/territoires/" + territory->code},
                      {"Superficie et spécificités", profile_href(*territory)},
                      {"Historique", ""}},
       .section = "portefeuille"});
}

}  // namespace

void add_territory_profile_routes(Router& router) {
  router.get("/territoires/{code}/profil", show);
  router.post("/territoires/{code}/profil", save);
  router.get("/historique/profil/{code}", history);
}

}  // namespace maillage::web::routes
