// The doctrine simulator: the Caf's portfolio under its doctrine and under new values typed in
// the form, side by side, without writing anything; the same as CSV or XLSX from the same URL.
#include <fmt/core.h>

#include "app/simulation_service.hpp"
#include "core/access_policy.hpp"
#include "export/content_disposition.hpp"
#include "export/csv_writer.hpp"
#include "export/media_types.hpp"
#include "export/simulation_tables.hpp"
#include "export/xlsx_writer.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/views/simulator_view.hpp"

namespace maillage::web::routes {

namespace {

constexpr const char* kRefused =
    "Le simulateur de doctrine est réservé aux agents de la Caf (administrateur ou agent).";

bool allowed(RequestContext& context) {
  return core::role_allows(context.user().role, core::Permission::kReadCafPortfolio);
}

struct Outcome {
  views::SimulatorQuery query;
  std::optional<app::Simulation> simulation;
};

// Reads the query and, when it asks for changes that hold, runs the simulation on its date.
Outcome run(RequestContext& context, const core::Doctrine& doctrine) {
  Outcome outcome{views::read_simulator_query(context.request, doctrine, context.today), {}};
  // With wrong fields, the values that did read are still checked, so that every error shows at
  // once; the comparison is shown only when nothing is wrong.
  const bool readable = outcome.query.errors.empty();
  if (!readable && outcome.query.changes.empty()) return outcome;
  auto result = app::simulate(*context.snapshot_on(outcome.query.date), context.services.doctrines,
                              context.user().caf_departement, outcome.query.changes);
  if (auto* errors = std::get_if<std::vector<core::ChangeError>>(&result)) {
    views::add_change_errors(outcome.query, *errors);
  } else if (readable) {
    outcome.simulation = std::move(std::get<app::Simulation>(result));
  }
  return outcome;
}

const core::Doctrine& doctrine_of_user(RequestContext& context) {
  return app::caf_doctrine(context.snapshot()->facts(), context.services.doctrines,
                           context.user().caf_departement);
}

Response simulator_page(RequestContext& context) {
  if (!allowed(context)) return forbidden_page(context, kRefused);
  const core::Doctrine& doctrine = doctrine_of_user(context);
  Outcome outcome = run(context, doctrine);
  mstch::map data = views::simulator_form(doctrine, outcome.query);
  const bool show = outcome.simulation && !outcome.query.changes.empty();
  if (show)
    data["simulation"] = views::simulation_view(*outcome.simulation, context.request.query_string);
  data["nothing_changed"] =
      outcome.query.submitted && outcome.query.errors.empty() && outcome.query.changes.empty();
  return render_page(
      context, "steering/simulator", std::move(data),
      {.title = "Simulateur de doctrine",
       .breadcrumb = {{"Accueil", "/"}, {"Pilotage", "/pilotage"}, {"Simulateur", ""}},
       .section = "pilotage",
       .status = outcome.query.errors.empty() ? 200 : 422});
}

Response download(RequestContext& context, bool xlsx) {
  if (!allowed(context)) return forbidden_page(context, kRefused);
  const core::Doctrine& doctrine = doctrine_of_user(context);
  Outcome outcome = run(context, doctrine);
  if (!outcome.simulation) {
    std::string message = "Export impossible : corrigez la simulation.";
    for (const auto& [field, error] : outcome.query.errors) message += " " + error;
    return render_page(context, "errors/message", {{"message", message}},
                       {.title = "Simulation impossible", .status = 400});
  }
  const app::Simulation& simulation = *outcome.simulation;
  const exports::SimulationHeading heading{simulation.caf.name, simulation.doctrine.name};
  const std::string name =
      fmt::format("simulation-{}-{}.{}", simulation.caf.departement,
                  core::format_iso_date(simulation.comparison.date), xlsx ? "xlsx" : "csv");
  Response response;
  if (xlsx) {
    const auto tables =
        exports::simulation_tables(heading, simulation.simulated.applied, simulation.comparison);
    response.content_type = std::string(exports::kXlsxMediaType);
    response.body = exports::write_xlsx_workbook(tables);
  } else {
    response.content_type = std::string(exports::kCsvMediaType);
    response.body = exports::write_csv(exports::simulation_csv_table(
        heading, simulation.simulated.applied, simulation.comparison));
  }
  response.set_header("Content-Disposition", exports::attachment_header(name));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_simulator_routes(Router& router) {
  router.get("/pilotage/simulateur", simulator_page);
  router.get("/pilotage/simulateur.csv",
             [](RequestContext& context) { return download(context, false); });
  router.get("/pilotage/simulateur.xlsx",
             [](RequestContext& context) { return download(context, true); });
}

}  // namespace maillage::web::routes
