#include "web/views/portfolio_table.hpp"

#include <fmt/core.h>

#include "core/messages_fr.hpp"
#include "web/http_message.hpp"
#include "web/texts_fr.hpp"

namespace maillage::web::views {

mstch::map verdict_badge(core::Verdict verdict) {
  return mstch::map{{"label", std::string(core::messages::label_of(verdict))},
                    {"css", std::string(texts::verdict_css(verdict))}};
}

mstch::map portfolio_table(const app::PortfolioSelection& selection, std::size_t offset,
                           std::size_t limit) {
  mstch::array rows;
  for (std::size_t i = offset; i < selection.rows.size() && i < offset + limit; ++i) {
    const auto& row = selection.rows[i];
    const auto& post = *row.post;
    mstch::map view{
        {"id", post.id},
        {"href", "/postes/" + url_encode(post.id)},
        {"territory", row.territory->name},
        {"territory_href", "/territoires/" + row.territory->code},
        {"function", std::string(core::messages::label_of(post.function))},
        {"mission_fte", core::format_fte_unit(post.mission_fte)},
        {"holder_fte", core::format_fte_unit(post.holder_fte)},
        {"cost", core::format_money(post.annual_cost)},
        {"funding", core::format_money(row.result->funding)},
        {"verdict", verdict_badge(row.result->verdict)},
    };
    if (row.result->deadline) view["deadline"] = core::format_date(*row.result->deadline);
    rows.push_back(view);
  }
  const std::size_t count = selection.rows.size();
  return mstch::map{
      {"rows", rows},
      {"count", fmt::format("{} poste{}", count, count > 1 ? "s" : "")},
      {"empty", count == 0},
      {"totals", mstch::map{{"mission_fte", core::format_fte_unit(selection.mission_fte)},
                            {"funded_fte", core::format_fte_unit(selection.funded_fte)},
                            {"cost", core::format_money(selection.cost)},
                            {"funding", core::format_money(selection.funding)},
                            {"eligible", std::to_string(selection.eligible)},
                            {"to_fix", std::to_string(selection.to_fix)},
                            {"excluded", std::to_string(selection.excluded)}}},
  };
}

exports::Table portfolio_export_table(const app::PortfolioSelection& selection, core::Date date) {
  using exports::ColumnType;
  exports::Table table;
  table.title = "Portefeuille";
  table.columns = {
      {"identifiant", "Poste", ColumnType::kText},
      {"code_territoire", "Code territoire", ColumnType::kText},
      {"territoire", "Territoire", ColumnType::kText},
      {"fonction", "Fonction", ColumnType::kText},
      {"porteur", "Employeur", ColumnType::kText},
      {"etp_agent", "Temps de travail (ETP)", ColumnType::kFteHundredths},
      {"etp_mission", "Temps de mission (ETP)", ColumnType::kFteHundredths},
      {"cout_annuel", "Coût annuel (€)", ColumnType::kMoneyCents},
      {"debut_ctg", "Début CTG", ColumnType::kDate},
      {"fin_ctg", "Fin CTG", ColumnType::kDate},
      {"etp_finance", "ETP financé", ColumnType::kFteHundredths},
      {"financement", "Financement Caf (€)", ColumnType::kMoneyCents},
      {"verdict", "Verdict", ColumnType::kText},
      {"echeance", "Échéance de mise en conformité", ColumnType::kDate},
  };
  for (const auto& row : selection.rows) {
    const auto& post = *row.post;
    std::vector<exports::Cell> cells{
        post.id,
        row.territory->code,
        row.territory->name,
        std::string(core::messages::label_of(post.function)),
        std::string(core::messages::label_of(post.employer)),
        post.holder_fte,
        post.mission_fte,
        post.annual_cost,
        row.ctg ? exports::Cell(row.ctg->start) : exports::Cell(),
        row.ctg ? exports::Cell(row.ctg->last_day()) : exports::Cell(),
        row.result->funded_fte,
        row.result->funding,
        std::string(core::messages::label_of(row.result->verdict)),
        row.result->deadline ? exports::Cell(*row.result->deadline) : exports::Cell(),
    };
    table.rows.push_back(std::move(cells));
  }
  table.totals = {std::string("Total"),
                  {},
                  {},
                  {},
                  {},
                  {},
                  selection.mission_fte,
                  selection.cost,
                  {},
                  {},
                  selection.funded_fte,
                  selection.funding,
                  {},
                  {}};
  table.notes = {fmt::format("Financement calculé au {} selon la doctrine de chaque Caf.",
                             core::format_date(date)),
                 "Source : Maillage."};
  return table;
}

}  // namespace maillage::web::views
