// The redeployment proposal (/pilotage/redeploiement) and saved scenarios
// (/pilotage/scenarios/{id}): settings in the URL, the proposal with its method and its
// before/after indicators, an input per territory to adjust it, saves with CSRF and versions.
#include <fmt/core.h>

#include "app/redeployment_messages_fr.hpp"
#include "app/scenario_service.hpp"
#include "web/page.hpp"
#include "web/routes/redeployment_workbench.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"

namespace maillage::web::routes {

namespace {

namespace msg = app::redeployment_messages;

Response render_new(RequestContext& context, const Workbench& bench, const SaveForm* save,
                    int status) {
  mstch::map data = page_data(bench);
  if (save != nullptr) data["proposal"] = proposal_view(bench, *save);
  const auto scenarios = app::list_scenarios(context.database, context.user());
  data["scenarios"] = views::scenario_rows(scenarios);
  data["has_scenarios"] = !scenarios.empty();
  return render_page(
      context, "steering/redeployment", std::move(data),
      {.title = "Proposition de redéploiement des postes",
       .breadcrumb = {{"Accueil", "/"}, {"Pilotage", "/pilotage"}, {"Redéploiement", ""}},
       .section = "pilotage",
       .status = status});
}

Response redeployment_page(RequestContext& context) {
  if (!app::may_steer(context.user())) return forbidden_page(context, kNotSteering);
  const Workbench bench = workbench(context, context.request.query);
  if (!bench.proposed()) return render_new(context, bench, nullptr, 422);
  const auto allocation = app::read_allocation({}, bench.caf->indicators, bench.proposal());
  const SaveForm save{.allocation = &allocation, .action = "/pilotage/redeploiement"};
  return render_new(context, bench, &save, 200);
}

Response adjust_or_save(RequestContext& context) {
  if (!app::may_steer(context.user())) return forbidden_page(context, kNotSteering);
  const Request& request = context.request;
  const Workbench bench = workbench(context, request.form);
  if (!bench.proposed()) return render_new(context, bench, nullptr, 422);
  const auto allocation =
      app::read_allocation(posted_fields(request), bench.caf->indicators, bench.proposal());
  SaveForm save{.allocation = &allocation,
                .name = request.form_value("nom"),
                .errors = allocation.errors,
                .action = "/pilotage/redeploiement"};
  if (request.form_value("action") != "enregistrer" || !allocation.errors.empty()) {
    return render_new(context, bench, &save, allocation.errors.empty() ? 200 : 422);
  }
  const auto result =
      app::create_scenario(context.database, context.user(),
                           {save.name, bench.date, app::plan_parameters(bench.fields, bench.date),
                            allocations_of(bench, allocation)},
                           context.now);
  if (result.status == app::SaveStatus::kForbidden) return forbidden_page(context, kNotSteering);
  if (result.status != app::SaveStatus::kSaved) {
    save.errors = result.errors;
    return render_new(context, bench, &save, 422);
  }
  context.set_flash(msg::scenario_created(result.record.name));
  return redirect_to("/pilotage/scenarios/" + std::to_string(result.record.id));
}

std::optional<std::int64_t> id_of(const std::string& text) {
  try {
    std::size_t used = 0;
    const long long id = std::stoll(text, &used);
    if (used == text.size()) return id;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

int version_from(const Request& request) {
  // A form without its version is treated as stale: never overwrite blindly.
  return static_cast<int>(id_of(request.form_value("version")).value_or(-1));
}

std::optional<core::Scenario> find_scenario(RequestContext& context) {
  const auto id = id_of(context.param("id"));
  if (!id) return std::nullopt;
  return app::visible_scenario(context.database, context.user(), *id);
}

// The scenario's settings as if typed again, at its date.
Workbench scenario_bench(RequestContext& context, const core::Scenario& scenario) {
  std::multimap<std::string, std::string> source;
  for (const auto& [key, value] : app::fields_from_parameters(scenario.parameters_json)) {
    source.emplace(key, value);
  }
  source.emplace("date", core::format_date(scenario.on_date));
  return workbench(context, source);
}

app::RedeploymentFields stored_allocation(const core::Scenario& scenario) {
  app::RedeploymentFields fields;
  for (const auto& allocation : scenario.allocations) {
    fields[app::allocation_field(allocation.territory_code)] = core::format_fte(allocation.fte);
  }
  return fields;
}

Response render_scenario(RequestContext& context, const core::Scenario& scenario,
                         const Workbench& bench, const SaveForm& save, int status) {
  mstch::map data = page_data(bench);
  data["proposal"] = proposal_view(bench, save);
  const auto saved_at = app::parse_timestamp(scenario.created_at);
  const std::string href = "/pilotage/scenarios/" + std::to_string(scenario.id);
  data["scenario"] =
      mstch::map{{"name", scenario.name},
                 {"created_at", saved_at ? app::french_timestamp(*saved_at) : scenario.created_at},
                 {"version", std::to_string(save.version.value_or(scenario.version))},
                 {"delete_action", href + "/suppression"},
                 {"restart_href",
                  "/pilotage/redeploiement?" + views::settings_query(bench.fields, bench.date)}};
  return render_page(context, "steering/redeployment_scenario", std::move(data),
                     {.title = fmt::format("Scénario « {} »", scenario.name),
                      .breadcrumb = {{"Accueil", "/"},
                                     {"Pilotage", "/pilotage"},
                                     {"Redéploiement", "/pilotage/redeploiement"},
                                     {scenario.name, ""}},
                      .section = "pilotage",
                      .status = status});
}

Response show_scenario(RequestContext& context) {
  if (!app::may_steer(context.user())) return forbidden_page(context, kNotSteering);
  const auto scenario = find_scenario(context);
  if (!scenario) return not_found_page(context);
  const Workbench bench = scenario_bench(context, *scenario);
  const auto allocation =
      app::read_allocation(stored_allocation(*scenario), bench.caf->indicators, bench.zeros());
  const SaveForm save{.allocation = &allocation,
                      .name = scenario->name,
                      .action = "/pilotage/scenarios/" + std::to_string(scenario->id),
                      .version = scenario->version};
  return render_scenario(context, *scenario, bench, save, 200);
}

Response save_scenario(RequestContext& context) {
  if (!app::may_steer(context.user())) return forbidden_page(context, kNotSteering);
  const auto scenario = find_scenario(context);
  if (!scenario) return not_found_page(context);
  const Request& request = context.request;
  const Workbench bench = scenario_bench(context, *scenario);
  const auto allocation =
      app::read_allocation(posted_fields(request), bench.caf->indicators, bench.zeros());
  SaveForm save{.allocation = &allocation,
                .name = request.form_value("nom"),
                .errors = allocation.errors,
                .action = "/pilotage/scenarios/" + std::to_string(scenario->id),
                .version = version_from(request)};
  if (request.form_value("action") != "enregistrer" || !allocation.errors.empty()) {
    return render_scenario(context, *scenario, bench, save, allocation.errors.empty() ? 200 : 422);
  }
  const auto result =
      app::update_scenario(context.database, context.user(), scenario->id,
                           {save.name, scenario->on_date,
                            nlohmann::json::parse(scenario->parameters_json, nullptr, false),
                            allocations_of(bench, allocation)},
                           *save.version, context.now);
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(msg::scenario_updated(result.record.name));
      return redirect_to(save.action);
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, kNotSteering);
    case app::SaveStatus::kInvalid:
      save.errors = result.errors;
      return render_scenario(context, *scenario, bench, save, 422);
    case app::SaveStatus::kStale:
      // The form now carries the current version: saving again is a deliberate choice.
      save.errors.push_back({0, "", texts::kStaleVersion});
      save.version = result.record.version;
      return render_scenario(context, *scenario, bench, save, 409);
  }
  return not_found_page(context);
}

Response remove_scenario(RequestContext& context) {
  if (!app::may_steer(context.user())) return forbidden_page(context, kNotSteering);
  const auto scenario = find_scenario(context);
  if (!scenario) return not_found_page(context);
  const auto result = app::delete_scenario(context.database, context.user(), scenario->id,
                                           version_from(context.request), context.now);
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(msg::scenario_deleted(scenario->name));
      return redirect_to("/pilotage/redeploiement");
    case app::SaveStatus::kStale: {
      const Workbench bench = scenario_bench(context, result.record);
      const auto allocation = app::read_allocation(stored_allocation(result.record),
                                                   bench.caf->indicators, bench.zeros());
      const SaveForm save{.allocation = &allocation,
                          .name = result.record.name,
                          .errors = {{0, "", texts::kStaleVersion}},
                          .action = "/pilotage/scenarios/" + std::to_string(scenario->id),
                          .version = result.record.version};
      return render_scenario(context, result.record, bench, save, 409);
    }
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, kNotSteering);
    default:
      return not_found_page(context);
  }
}

}  // namespace

void add_redeployment_routes(Router& router) {
  router.get("/pilotage/redeploiement", redeployment_page);
  router.post("/pilotage/redeploiement", adjust_or_save);
  router.get("/pilotage/scenarios/{id}", show_scenario);
  router.post("/pilotage/scenarios/{id}", save_scenario);
  router.post("/pilotage/scenarios/{id}/suppression", remove_scenario);
}

}  // namespace maillage::web::routes
