// The family-service structures of a territory (regulation indicator 3 counts them): the list by
// kind with an add form, the edit and close forms of one structure, and its history.
#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "app/audit_trail.hpp"
#include "app/structure_service.hpp"
#include "core/access_policy.hpp"
#include "store/structure_repository.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"
#include "web/views/history_view.hpp"
#include "web/views/post_form.hpp"
#include "web/views/structure_form.hpp"
#include "web/visibility.hpp"

namespace maillage::web::routes {

namespace {

constexpr const char* kMayNotEdit =
    "Seuls les agents et administrateurs de la Caf modifient les structures d'un territoire.";

std::string place_name(RequestContext& context, const std::string& code) {
  const core::Territory* territory = context.snapshot()->territory(code);
  return territory ? territory->name : code;
}

// The territory whose list a structure appears in: its commune's EPCI when the user sees it.
const core::Territory* list_territory(RequestContext& context, const core::Structure& structure) {
  const core::Territory* territory = visible_territory(context, structure.territory_code);
  if (territory && territory->epci_code) {
    if (const auto* epci = visible_territory(context, *territory->epci_code)) return epci;
  }
  return territory;
}

std::string list_href(const core::Territory& territory) {
  return "/territoires/" + territory.code + "/structures";
}

// A structure of the database whose territory the user sees; nothing otherwise.
std::optional<core::Structure> visible_structure(RequestContext& context,
                                                 const std::string& id_text) {
  const auto id = parse_id(id_text);
  if (!id) return std::nullopt;
  auto structure = store::StructureRepository(context.database).find(*id);
  if (!structure || !visible_territory(context, structure->territory_code)) return std::nullopt;
  return structure;
}

// Where a new structure may stand: the territory itself and, for an EPCI, its communes.
std::vector<std::pair<std::string, std::string>> places_of(RequestContext& context,
                                                           const core::Territory& territory) {
  const auto snapshot = context.snapshot();
  std::vector<std::pair<std::string, std::string>> places{{"", "Choisissez une commune"}};
  if (territory.kind == core::TerritoryKind::kEpci) {
    places.emplace_back(territory.code,
                        fmt::format("Toute l'intercommunalité ({})", territory.name));
  } else {
    places.emplace_back(territory.code, fmt::format("{} ({})", territory.name, territory.code));
  }
  std::vector<const core::Territory*> communes;
  for (const auto& code : territory.communes) {
    if (const auto* commune = snapshot->territory(code)) communes.push_back(commune);
  }
  std::sort(communes.begin(), communes.end(), [](const auto* a, const auto* b) {
    return a->name != b->name ? a->name < b->name : a->code < b->code;
  });
  for (const auto* commune : communes) {
    if (core::may(context.user(), core::Permission::kEditStructures, *commune)) {
      places.emplace_back(commune->code, fmt::format("{} ({})", commune->name, commune->code));
    }
  }
  return places;
}

Response render_list(RequestContext& context, const core::Territory& territory, FormView form,
                     int status) {
  const auto snapshot = context.snapshot();
  std::set<std::string> codes(territory.communes.begin(), territory.communes.end());
  codes.insert(territory.code);
  std::vector<const core::Structure*> structures;
  for (const auto& structure : snapshot->facts().structures) {
    if (codes.count(structure.territory_code)) structures.push_back(&structure);
  }
  const auto& kinds = views::structure_kinds();
  const auto rank = [&](core::StructureKind kind) {
    return std::find(kinds.begin(), kinds.end(), kind) - kinds.begin();
  };
  std::sort(structures.begin(), structures.end(), [&](const auto* a, const auto* b) {
    if (a->kind != b->kind) return rank(a->kind) < rank(b->kind);
    return a->name != b->name ? a->name < b->name : a->id < b->id;
  });
  const bool can_edit = core::may(context.user(), core::Permission::kEditStructures, territory);
  mstch::array rows;
  std::map<core::StructureKind, int> open_by_kind;
  int open_total = 0;
  for (const auto* structure : structures) {
    const bool open = structure->open_on(context.today);
    if (open) {
      ++open_by_kind[structure->kind];
      ++open_total;
    }
    mstch::map row{{"kind", views::short_label(structure->kind)},
                   {"kind_title", std::string(core::label_of(structure->kind))},
                   {"name", structure->name},
                   {"place", place_name(context, structure->territory_code)},
                   {"reference", structure->reference.value_or("")},
                   {"open", open},
                   {"can_edit", can_edit},
                   {"edit_href", fmt::format("/structures/{}/modifier", structure->id)}};
    if (structure->closed_on) row["closed_on"] = core::format_date(*structure->closed_on);
    rows.push_back(std::move(row));
  }
  mstch::array counts;
  for (const auto kind : kinds) {
    counts.push_back(mstch::map{{"label", std::string(core::label_of(kind))},
                                {"count", std::to_string(open_by_kind[kind])}});
  }
  mstch::map data{{"name", territory.name},
                  {"territory_href", "/territoires/" + territory.code},
                  {"action", list_href(territory)},
                  {"today", core::format_date(context.today)},
                  {"counts", counts},
                  {"open_total", std::to_string(open_total)},
                  {"rows", rows},
                  {"has_rows", !structures.empty()},
                  {"can_edit", can_edit},
                  {"form", form.view()}};
  return render_page(context, "structures/index", std::move(data),
                     {.title = "Structures de " + territory.name,
                      .breadcrumb = {{"Accueil", "/"},
                                     {territory.name, "/territoires/" + territory.code},
                                     {"Structures", ""}},
                      .section = "portefeuille",
                      .status = status});
}

Response list(RequestContext& context) {
  const core::Territory* territory = visible_territory(context, context.param("code"));
  if (territory == nullptr) return not_found_page(context);
  FormView form = views::structure_form(places_of(context, *territory), true);
  return render_list(context, *territory, std::move(form), 200);
}

Response create(RequestContext& context) {
  const core::Territory* territory = visible_territory(context, context.param("code"));
  if (territory == nullptr) return not_found_page(context);
  const auto fields = views::structure_fields_from(context.request);
  app::StructureFields typed = fields;
  typed.erase("date_fermeture");  // a new structure is open
  const auto result = app::create_structure(context.database, context.user(), typed, context.now);
  if (result.status == app::SaveStatus::kForbidden) return forbidden_page(context, kMayNotEdit);
  if (result.status != app::SaveStatus::kSaved) {
    FormView form = views::structure_form(places_of(context, *territory), true);
    form.set_values(typed);
    views::add_errors(form, result.errors);
    return render_list(context, *territory, std::move(form), 422);
  }
  context.set_flash(fmt::format("La structure « {} » a été ajoutée.", result.record.name));
  return redirect_to(list_href(*territory));
}

Response render_edit(RequestContext& context, const core::Structure& structure,
                     const FormView& form, const FormView& close_form, int version, int status,
                     mstch::map extra = {}) {
  const core::Territory* listed = list_territory(context, structure);
  const std::string id = std::to_string(structure.id);
  extra["form"] = form.view();
  extra["close_form"] = close_form.view();
  extra["name"] = structure.name;
  extra["place"] = place_name(context, structure.territory_code);
  extra["version"] = std::to_string(version);
  extra["action"] = "/structures/" + id;
  extra["close_action"] = "/structures/" + id + "/fermeture";
  extra["history_href"] = "/historique/structure/" + id;
  extra["cancel_href"] = list_href(*listed);
  extra["is_open"] = !structure.closed_on;
  if (structure.closed_on) extra["closed_on"] = core::format_date(*structure.closed_on);
  return render_page(context, "structures/edit", std::move(extra),
                     {.title = "Modifier la structure " + structure.name,
                      .breadcrumb = {{"Accueil", "/"},
                                     {listed->name, "/territoires/" + listed->code},
                                     {"Structures", list_href(*listed)},
                                     {structure.name, ""}},
                      .section = "portefeuille",
                      .status = status});
}

Response edit(RequestContext& context) {
  const auto structure = visible_structure(context, context.param("id"));
  if (!structure) return not_found_page(context);
  if (!core::role_allows(context.user().role, core::Permission::kEditStructures)) {
    return forbidden_page(context, kMayNotEdit);
  }
  FormView form = views::structure_form({}, false, structure->closed_on.has_value());
  form.set_values(app::structure_fields(*structure));
  FormView close_form = views::structure_close_form();
  close_form.set_values({{"date_fermeture", core::format_date(context.today)}});
  return render_edit(context, *structure, form, close_form, structure->version, 200);
}

// The stored values beside the ones the user typed, for the fields that differ.
mstch::array differences(const core::Structure& current, const app::StructureFields& typed,
                         const FormView& form) {
  mstch::array rows;
  for (const auto& [field, value] : app::structure_fields(current)) {
    const auto it = typed.find(field);
    if (it == typed.end() || field == "code_territoire" || it->second == value) continue;
    rows.push_back(
        mstch::map{{"field", form.label_of(field)}, {"current", value}, {"typed", it->second}});
  }
  return rows;
}

// Answers a save of the edit or the close form.
Response answer(RequestContext& context, const core::Structure& structure,
                const app::SaveResult<core::Structure>& result, FormView form, FormView close_form,
                const app::StructureFields& typed, const std::string& saved_message) {
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(saved_message);
      return redirect_to(list_href(*list_territory(context, result.record)));
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, kMayNotEdit);
    case app::SaveStatus::kInvalid:
      return render_edit(context, structure, form, close_form, form_version(context.request), 422);
    case app::SaveStatus::kStale:
      form.add_error("", texts::kStaleVersion);
      return render_edit(
          context, structure, form, close_form, result.record.version, 409,
          {{"stale", true}, {"differences", differences(result.record, typed, form)}});
  }
  return not_found_page(context);
}

Response update(RequestContext& context) {
  const auto structure = visible_structure(context, context.param("id"));
  if (!structure) return not_found_page(context);
  const bool closed = structure->closed_on.has_value();
  auto fields = views::structure_fields_from(context.request);
  if (!closed) fields.erase("date_fermeture");  // not on the form of an open structure
  const auto result = app::update_structure(context.database, context.user(), structure->id, fields,
                                            form_version(context.request), context.now);
  FormView form = views::structure_form({}, false, closed);
  form.set_values(fields);
  if (result.status == app::SaveStatus::kInvalid) views::add_errors(form, result.errors);
  FormView close_form = views::structure_close_form();
  close_form.set_values({{"date_fermeture", core::format_date(context.today)}});
  return answer(context, *structure, result, std::move(form), std::move(close_form), fields,
                fmt::format("La structure « {} » a été enregistrée.", result.record.name));
}

Response close(RequestContext& context) {
  const auto structure = visible_structure(context, context.param("id"));
  if (!structure) return not_found_page(context);
  const std::string date = context.request.form_value("date_fermeture");
  const auto result = app::close_structure(context.database, context.user(), structure->id, date,
                                           form_version(context.request), context.now);
  FormView form = views::structure_form({}, false, structure->closed_on.has_value());
  form.set_values(app::structure_fields(*structure));
  FormView close_form = views::structure_close_form();
  close_form.set_values({{"date_fermeture", date}});
  if (result.status == app::SaveStatus::kInvalid) views::add_errors(close_form, result.errors);
  return answer(context, *structure, result, std::move(form), std::move(close_form), {},
                result.record.closed_on
                    ? fmt::format("La structure « {} » est fermée après le {}.", result.record.name,
                                  core::format_date(*result.record.closed_on))
                    : std::string());
}

Response history(RequestContext& context) {
  const auto structure = visible_structure(context, context.param("id"));
  if (!structure) return not_found_page(context);
  const core::Territory* listed = list_territory(context, *structure);
  const FormView form = views::structure_form({}, false, true);
  auto snapshot = context.snapshot();
  const views::FieldWording wording{
      [form](const std::string& field) {
        return field == "code_territoire" ? std::string("Commune") : form.label_of(field);
      },
      [snapshot](const std::string& field, const std::string& value) {
        if (field == "type") {
          const auto kind = core::parse_structure_kind(value);
          return kind ? std::string(core::label_of(*kind)) : value;
        }
        if (field != "code_territoire" || value.empty()) return value;
        const core::Territory* territory = snapshot->territory(value);
        return territory ? fmt::format("{} ({})", territory->name, value) : value;
      },
      {"code_territoire", "type", "nom", "reference", "date_fermeture"}};
  mstch::array events;
  for (const auto& event :
       app::history_of(context.database, "structure", std::to_string(structure->id))) {
    events.push_back(views::event_view(event, wording));
  }
  // Back to the list, which everyone who may read the history may see (not all may edit).
  return render_page(context, "history/show",
                     {{"events", events}, {"record_href", list_href(*listed)}},
                     {.title = "Historique de la structure " + structure->name,
                      .breadcrumb = {{"Accueil", "/"},
                                     {listed->name, "/territoires/" + listed->code},
                                     {"Structures", list_href(*listed)},
                                     {"Historique", ""}},
                      .section = "portefeuille"});
}

}  // namespace

void add_structure_routes(Router& router) {
  router.get("/territoires/{code}/structures", list);
  router.post("/territoires/{code}/structures", create);
  router.get("/structures/{id}/modifier", edit);
  router.post("/structures/{id}", update);
  router.post("/structures/{id}/fermeture", close);
  router.get("/historique/structure/{id}", history);
}

}  // namespace maillage::web::routes
