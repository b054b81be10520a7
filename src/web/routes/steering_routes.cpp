// The Caf's steering dashboard (/pilotage): key figures, typology, the regulation indicators per
// EPCI (sortable, each value explained), SVG charts, the map of any indicator, and the same
// indicators as CSV or XLSX. For admin_caf and agent_caf, on their Caf's département.
#include <fmt/core.h>

#include "app/indicator_service.hpp"
#include "app/request_error.hpp"
#include "core/access_policy.hpp"
#include "core/indicator_messages_fr.hpp"
#include "export/content_disposition.hpp"
#include "export/csv_writer.hpp"
#include "export/indicator_export.hpp"
#include "export/media_types.hpp"
#include "export/xlsx_writer.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/views/bar_chart.hpp"
#include "web/views/indicator_table.hpp"
#include "web/views/territory_map.hpp"

namespace maillage::web::routes {

namespace {

namespace msg = core::messages;
using core::Indicator;

constexpr const char* kRefused =
    "Le tableau de bord de pilotage est réservé aux agents de la Caf (administrateur ou agent).";
// Colours with a contrast above 3:1 on white (bars) — ColorBrewer's dark blue and orange.
constexpr const char* kFteColour = "#1f5f8b";
constexpr const char* kPopulationColour = "#b35806";

// Indicators the map can show (every number of the table).
constexpr Indicator kMapIndicators[] = {Indicator::kGap,
                                        Indicator::kFteShare,
                                        Indicator::kPopulationShare,
                                        Indicator::kFte,
                                        Indicator::kFunding,
                                        Indicator::kFundingPerFte,
                                        Indicator::kStructures,
                                        Indicator::kFtePerStructure,
                                        Indicator::kPopulation,
                                        Indicator::kPosts,
                                        Indicator::kArea};

bool allowed(const RequestContext& context) {
  const core::Actor& user = *context.actor;
  return core::role_allows(user.role, core::Permission::kReadCafPortfolio) &&
         !user.caf_departement.empty();
}

core::Date asked_date(RequestContext& context) {
  const std::string asked = context.request.query_value("date");
  if (asked.empty()) return context.today;
  const auto date = core::parse_date(asked);
  if (!date) {
    throw app::RequestError(fmt::format(
        "La date « {} » n'est pas valide : écrivez-la JJ/MM/AAAA (par exemple 31/01/2027) ou "
        "AAAA-MM-JJ.",
        asked));
  }
  return *date;
}

Indicator map_indicator(const RequestContext& context) {
  const auto asked = core::parse_indicator(context.request.query_value("carte"));
  return asked && *asked != Indicator::kSpecifics ? *asked : Indicator::kGap;
}

std::string fte_bars(const core::DepartementIndicators& indicators, const std::string& caf_name) {
  views::BarChartSpec chart;
  chart.id = "graphique-parts";
  chart.title =
      fmt::format("Part des ETP financés et part de la population par EPCI — {}", caf_name);
  chart.description =
      "Pour chaque EPCI, deux barres : sa part des ETP financés par la Caf dans le département et "
      "sa part de la population. Les mêmes valeurs figurent dans le tableau des indicateurs.";
  chart.series = {{"Part des ETP financés", kFteColour},
                  {"Part de la population", kPopulationColour}};
  for (const auto& row : indicators.territories) {
    chart.groups.push_back(
        {row.name,
         {row.fte_share.basis_points(), row.population_share.basis_points()},
         {core::format_percent(row.fte_share), core::format_percent(row.population_share)}});
  }
  return views::bar_chart_svg(chart);
}

std::string gap_bars(const core::DepartementIndicators& indicators) {
  views::BarChartSpec chart;
  chart.id = "graphique-ecart";
  chart.title = "Écart entre la part des ETP et la part de la population, en points, par EPCI";
  chart.description =
      "Barre à droite : le territoire a plus d'ETP que son poids dans la population ; à gauche : "
      "moins. Les mêmes valeurs figurent dans la colonne « Écart » du tableau des indicateurs.";
  chart.series = {{"Écart (points)", kFteColour}};
  for (const auto& row : indicators.territories) {
    chart.groups.push_back(
        {row.name, {row.gap_basis_points}, {core::format_points(row.gap_basis_points)}});
  }
  return views::bar_chart_svg(chart);
}

std::vector<std::string> map_details(const core::TerritoryIndicators& row,
                                     const std::vector<app::CafContact>* contacts) {
  std::vector<std::string> lines{
      "CTG en vigueur : " + msg::ctg_status(row),
      fmt::format("Postes : {} ({} financés, {})", row.posts, core::format_fte_unit(row.fte),
                  core::format_money(row.funding)),
      "Écart ETP − population : " + core::format_points(row.gap_basis_points)};
  if (contacts == nullptr || contacts->empty()) {
    lines.push_back("Contact Caf : aucun agent désigné");
  } else {
    std::string names;
    for (const auto& contact : *contacts) {
      if (!names.empty()) names += ", ";
      names += contact.email.empty() ? contact.name : contact.name + " (" + contact.email + ")";
    }
    lines.push_back("Contact Caf : " + names);
  }
  return lines;
}

mstch::map territory_map(RequestContext& context, const app::PortfolioSnapshot& snapshot,
                         const app::CafIndicators& caf, Indicator indicator) {
  const auto contacts = app::caf_contacts(context.database, snapshot, caf.caf.departement);
  views::MapSpec spec;
  spec.id = "carte";
  spec.caption = fmt::format("{} par EPCI — {}", msg::indicator_label(indicator), caf.caf.name);
  spec.legend_title = std::string(msg::indicator_label(indicator));
  spec.scale =
      indicator == Indicator::kGap ? core::ColourScale::kDiverging : core::ColourScale::kSequential;
  spec.format_value = [indicator](std::int64_t value) {
    return views::format_indicator_number(indicator, value);
  };
  for (const auto& row : caf.indicators.territories) {
    views::MapArea area;
    area.code = row.code;
    area.name = row.name;
    area.value = views::indicator_number(row, indicator);
    if (area.value) area.value_label = msg::indicator_value(row, indicator);
    const auto found = contacts.find(row.code);
    area.details = map_details(row, found == contacts.end() ? nullptr : &found->second);
    area.href = "/territoires/" + row.code;
    spec.areas.push_back(std::move(area));
  }
  return views::territory_map(context.services.boundaries, spec);
}

mstch::array map_choices(Indicator selected) {
  mstch::array out;
  for (const Indicator indicator : kMapIndicators) {
    out.push_back(mstch::map{{"value", std::string(core::code_of(indicator))},
                             {"label", std::string(msg::indicator_label(indicator))},
                             {"selected", indicator == selected}});
  }
  return out;
}

Response dashboard(RequestContext& context) {
  if (!allowed(context)) return forbidden_page(context, kRefused);
  const core::Date date = asked_date(context);
  const auto snapshot = context.snapshot_on(date);
  const auto caf = app::shared_indicator_cache().get(snapshot, context.user().caf_departement);
  const auto& indicators = caf->indicators;
  const Indicator shown = map_indicator(context);

  // The parameters every link of the page keeps: the date asked and the map's indicator.
  const bool date_asked = !context.request.query_value("date").empty();
  const std::string date_query = date_asked ? "date=" + core::format_iso_date(date) : "";
  std::string base_query = date_query;
  if (!context.request.query_value("carte").empty()) {
    base_query +=
        (base_query.empty() ? "" : "&") + std::string("carte=") + std::string(core::code_of(shown));
  }
  const auto sort = views::parse_indicator_sort(context.request.query_value("tri"),
                                                context.request.query_value("ordre"));
  const std::string suffix = date_query.empty() ? "" : "?" + date_query;

  mstch::map data{
      {"caf_name", caf->caf.name},
      {"date", core::format_date(date)},
      {"date_input", core::format_date(date)},
      {"figures", views::key_figures(indicators)},
      {"typology", views::typology_view(indicators)},
      {"table", views::indicator_table(indicators, caf->caf.name, sort, base_query)},
      {"has_rows", !indicators.territories.empty()},
      {"share_chart", fte_bars(indicators, caf->caf.name)},
      {"gap_chart", gap_bars(indicators)},
      {"map", territory_map(context, *snapshot, *caf, shown)},
      {"map_choices", map_choices(shown)},
      {"sort_key", sort.key},
      {"sort_descending", sort.descending},
      {"csv_href", "/pilotage/indicateurs.csv" + suffix},
      {"xlsx_href", "/pilotage/indicateurs.xlsx" + suffix},
      {"note_href", "/pilotage/note.pdf" + suffix},
      {"simulator_href", "/pilotage/simulateur" + suffix},
      {"redeployment_href", "/pilotage/redeploiement" + suffix},
  };
  return render_page(context, "steering/dashboard", std::move(data),
                     {.title = "Pilotage — " + caf->caf.name,
                      .breadcrumb = {{"Accueil", "/"}, {"Pilotage", ""}},
                      .section = "pilotage"});
}

Response download(RequestContext& context, bool xlsx) {
  if (!allowed(context)) return forbidden_page(context, kRefused);
  const core::Date date = asked_date(context);
  const auto snapshot = context.snapshot_on(date);
  const auto caf = app::shared_indicator_cache().get(snapshot, context.user().caf_departement);
  const auto table =
      exports::indicator_table(caf->indicators, caf->caf.name, exports::MoneyColumns::kEuros);
  const std::string name = fmt::format("indicateurs-{}-{}.{}", caf->caf.departement,
                                       core::format_iso_date(date), xlsx ? "xlsx" : "csv");
  Response response;
  if (xlsx) {
    const std::vector<exports::Table> tables{table, exports::typology_table(caf->indicators)};
    response.content_type = std::string(exports::kXlsxMediaType);
    response.body = exports::write_xlsx_workbook(tables);
  } else {
    response.content_type = std::string(exports::kCsvMediaType);
    response.body = exports::write_csv(table);
  }
  response.set_header("Content-Disposition", exports::attachment_header(name));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_steering_routes(Router& router) {
  router.get("/pilotage", dashboard);
  router.get("/pilotage/indicateurs.csv",
             [](RequestContext& context) { return download(context, false); });
  router.get("/pilotage/indicateurs.xlsx",
             [](RequestContext& context) { return download(context, true); });
}

}  // namespace maillage::web::routes
