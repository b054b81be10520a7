// The portfolio: every open post of the user's perimeter with its funding and verdict, filters
// in the URL (bookmarkable), sort, totals, and the same list as CSV or XLSX.
#include <fmt/core.h>

#include "app/portfolio_query.hpp"
#include "core/access_policy.hpp"
#include "core/messages_fr.hpp"
#include "export/content_disposition.hpp"
#include "export/csv_writer.hpp"
#include "export/media_types.hpp"
#include "export/xlsx_writer.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"
#include "web/views/portfolio_table.hpp"

namespace maillage::web::routes {

namespace {

constexpr std::size_t kPageSize = 100;

app::PortfolioFilter read_filter(const Request& request) {
  app::PortfolioFilter filter;
  filter.territory = request.query_value("territoire");
  filter.verdict = core::parse_verdict(request.query_value("verdict"));
  filter.function = core::parse_post_function(request.query_value("fonction"));
  filter.fte_band = app::parse_fte_band(request.query_value("etp"));
  if (!request.query_value("tri").empty()) filter.sort = request.query_value("tri");
  filter.descending = request.query_value("ordre") == "desc";
  return filter;
}

// The query string of the filter, for sort links, pages and exports.
std::string query_of(const app::PortfolioFilter& filter, const std::string& sort, bool descending) {
  std::string query = "tri=" + sort + (descending ? "&ordre=desc" : "");
  if (!filter.territory.empty()) query += "&territoire=" + url_encode(filter.territory);
  if (filter.verdict) query += "&verdict=" + std::string(core::code_of(*filter.verdict));
  if (filter.function) query += "&fonction=" + std::string(core::code_of(*filter.function));
  if (filter.fte_band) query += "&etp=" + std::string(app::code_of(*filter.fte_band));
  return query;
}

mstch::array options(const std::vector<std::pair<std::string, std::string>>& choices,
                     const std::string& selected) {
  mstch::array list{mstch::map{
      {"value", std::string()}, {"label", std::string("Tous")}, {"selected", selected.empty()}}};
  for (const auto& [value, label] : choices) {
    list.push_back(mstch::map{{"value", value}, {"label", label}, {"selected", value == selected}});
  }
  return list;
}

mstch::map filter_view(RequestContext& context, const app::PortfolioFilter& filter) {
  std::vector<std::pair<std::string, std::string>> territories;
  for (const auto* territory : app::territories_of(*context.snapshot(), context.user())) {
    territories.emplace_back(territory->code, territory->name);
  }
  std::vector<std::pair<std::string, std::string>> verdicts;
  for (auto verdict :
       {core::Verdict::kEligible, core::Verdict::kAMettreEnConformite, core::Verdict::kExclu}) {
    verdicts.emplace_back(core::code_of(verdict), core::messages::label_of(verdict));
  }
  std::vector<std::pair<std::string, std::string>> functions;
  for (auto function :
       {core::PostFunction::kCooperation, core::PostFunction::kAssistantAdministratif,
        core::PostFunction::kDirection, core::PostFunction::kResponsableEquipement}) {
    functions.emplace_back(core::code_of(function), core::messages::label_of(function));
  }
  const std::vector<std::pair<std::string, std::string>> bands{
      {"moins-de-0-5", "moins de 0,5 ETP"}, {"0-5-a-0-99", "de 0,5 à 0,99 ETP"}, {"1", "1 ETP"}};
  return mstch::map{
      {"territories", options(territories, filter.territory)},
      {"verdicts",
       options(verdicts, filter.verdict ? std::string(core::code_of(*filter.verdict)) : "")},
      {"functions",
       options(functions, filter.function ? std::string(core::code_of(*filter.function)) : "")},
      {"bands", options(bands, filter.fte_band ? std::string(app::code_of(*filter.fte_band)) : "")},
      {"sort", filter.sort},
      {"descending", filter.descending},
  };
}

mstch::array sort_headers(const app::PortfolioFilter& filter) {
  const std::vector<std::pair<std::string, std::string>> columns{
      {"poste", "Poste"},      {"territoire", "Territoire"},       {"etp", "Temps de mission"},
      {"cout", "Coût annuel"}, {"financement", "Financement Caf"}, {"verdict", "Verdict"}};
  mstch::array headers;
  for (const auto& [key, label] : columns) {
    const bool current = filter.sort == key;
    const bool next_descending = current && !filter.descending;
    headers.push_back(mstch::map{
        {"label", label},
        {"href", "/portefeuille?" + query_of(filter, key, next_descending)},
        {"aria_sort", current ? std::string(filter.descending ? "descending" : "ascending")
                              : std::string("none")},
        {"current", current},
        {"descending", current && filter.descending},
        {"numeric", key == "etp" || key == "cout" || key == "financement"}});
  }
  return headers;
}

Response portfolio_page(RequestContext& context) {
  const auto filter = read_filter(context.request);
  const auto snapshot = context.snapshot();
  const auto selection = app::select_portfolio(*snapshot, context.user(), filter);
  std::size_t page = 1;
  try {
    page = std::max<std::size_t>(1, std::stoul(context.request.query_value("page")));
  } catch (const std::exception&) {
  }
  const std::size_t pages =
      std::max<std::size_t>(1, (selection.rows.size() + kPageSize - 1) / kPageSize);
  page = std::min(page, pages);
  const std::string query = query_of(filter, filter.sort, filter.descending);
  mstch::map data = views::portfolio_table(selection, (page - 1) * kPageSize, kPageSize);
  data["filters"] = filter_view(context, filter);
  data["headers"] = sort_headers(filter);
  data["date"] = core::format_date(snapshot->date());
  data["csv_href"] = "/portefeuille.csv?" + query;
  data["xlsx_href"] = "/portefeuille.xlsx?" + query;
  data["can_create"] = core::role_allows(context.user().role, core::Permission::kEditPost);
  data["page"] = std::to_string(page);
  data["pages"] = std::to_string(pages);
  data["paginated"] = pages > 1;
  if (page > 1) data["previous_href"] = fmt::format("/portefeuille?{}&page={}", query, page - 1);
  if (page < pages) data["next_href"] = fmt::format("/portefeuille?{}&page={}", query, page + 1);
  if (context.request.is_htmx()) {
    Response response;
    response.body = context.services.templates.render("portfolio/results", data);
    return response;
  }
  return render_page(context, "portfolio/index", std::move(data),
                     {.title = "Portefeuille des postes",
                      .breadcrumb = {{"Accueil", "/"}, {"Portefeuille", ""}},
                      .section = "portefeuille"});
}

Response download(RequestContext& context, bool xlsx) {
  const auto filter = read_filter(context.request);
  const auto snapshot = context.snapshot();
  const auto selection = app::select_portfolio(*snapshot, context.user(), filter);
  const exports::Table table = views::portfolio_export_table(selection, snapshot->date());
  const std::string name = fmt::format(
      "portefeuille-{}.{}", core::format_iso_date(snapshot->date()), xlsx ? "xlsx" : "csv");
  Response response;
  response.content_type = std::string(xlsx ? exports::kXlsxMediaType : exports::kCsvMediaType);
  response.body = xlsx ? exports::write_xlsx(table) : exports::write_csv(table);
  response.set_header("Content-Disposition", exports::attachment_header(name));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_portfolio_routes(Router& router) {
  router.get("/portefeuille", portfolio_page);
  router.get("/portefeuille.csv", [](RequestContext& context) { return download(context, false); });
  router.get("/portefeuille.xlsx", [](RequestContext& context) { return download(context, true); });
}

}  // namespace maillage::web::routes
