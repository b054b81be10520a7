#include "export/indicator_export.hpp"

#include <fmt/core.h>

#include "core/indicator_messages_fr.hpp"

namespace maillage::exports {

namespace {

namespace msg = core::messages;

Cell optional_money(const std::optional<core::Money>& amount, MoneyColumns money) {
  if (!amount) return std::monostate{};
  if (money == MoneyColumns::kCents) return amount->cents();
  return *amount;
}

Cell money_cell(core::Money amount, MoneyColumns money) {
  return optional_money(amount, money);
}

Cell optional_fte(const std::optional<core::Fte>& fte) {
  if (!fte) return std::monostate{};
  return *fte;
}

Cell area_cell(const std::optional<std::int64_t>& hectares) {
  if (!hectares) return std::monostate{};
  return core::Fte::from_hundredths(static_cast<int>(*hectares));
}

std::vector<Column> columns_for(MoneyColumns money) {
  const bool cents = money == MoneyColumns::kCents;
  const ColumnType money_type = cents ? ColumnType::kInteger : ColumnType::kMoneyCents;
  std::vector<Column> columns{
      {"code", "Code (SIREN)", ColumnType::kText},
      {"name", "EPCI", ColumnType::kText},
      {"population", "Population", ColumnType::kInteger},
      {"fte", "ETP financés", ColumnType::kFteHundredths},
      {"fte_share_pct", "Part des ETP (%)", ColumnType::kPercentBasisPoints},
      {"population_share_pct", "Part de la population (%)", ColumnType::kPercentBasisPoints},
      {"gap_pts", "Écart (points)", ColumnType::kPercentBasisPoints},
      {cents ? "funding_cents" : "funding",
       cents ? "Financement Caf (centimes)" : "Financement Caf (€)", money_type},
      {cents ? "funding_per_fte_cents" : "funding_per_fte",
       cents ? "Montant moyen par ETP (centimes)" : "Montant moyen par ETP (€)", money_type},
      {"structures", "Structures", ColumnType::kInteger},
      {"fte_per_structure", "ETP par structure", ColumnType::kFteHundredths},
      {"area_km2", "Superficie (km²)", ColumnType::kFteHundredths},
  };
  if (!cents) {
    columns.push_back({"posts", "Postes ouverts", ColumnType::kInteger});
    columns.push_back({"mission_fte", "ETP de mission", ColumnType::kFteHundredths});
    columns.push_back({"ctg_in_force", "CTG en vigueur", ColumnType::kBoolean});
    columns.push_back({"ctg_end", "Fin de la CTG", ColumnType::kDate});
    columns.push_back({"specifics", "Spécificités", ColumnType::kText});
  }
  return columns;
}

std::vector<std::string> notes_for(const core::DepartementIndicators& indicators) {
  std::vector<std::string> notes{
      fmt::format("Indicateurs au {}.", core::format_date(indicators.date)),
      "ETP financés : ETP de mission des postes auxquels la Caf verse un financement.",
      "Écart : part des ETP moins part de la population, parts arrondies au centième de point.",
      "Source : " + core::indicator_source(core::Indicator::kGap).citation() + "."};
  if (indicators.totals.unplaced_posts > 0) {
    notes.push_back(fmt::format("{} poste(s) sur un territoire sans EPCI connu : non comptés.",
                                indicators.totals.unplaced_posts));
  }
  return notes;
}

}  // namespace

Table indicator_table(const core::DepartementIndicators& indicators, std::string_view caf_name,
                      MoneyColumns money) {
  Table table;
  table.title = fmt::format("Indicateurs {}", caf_name);
  table.columns = columns_for(money);
  const bool euros = money == MoneyColumns::kEuros;
  // Cells are appended one by one: g++ 12 warns (maybe-uninitialized) on initializer lists of
  // variants holding strings.
  for (const auto& row : indicators.territories) {
    std::vector<Cell> cells;
    cells.reserve(table.columns.size());
    cells.emplace_back(row.code);
    cells.emplace_back(row.name);
    cells.emplace_back(static_cast<std::int64_t>(row.population));
    cells.emplace_back(row.fte);
    cells.emplace_back(row.fte_share);
    cells.emplace_back(row.population_share);
    cells.emplace_back(core::Percent::from_basis_points(row.gap_basis_points));
    cells.push_back(money_cell(row.funding, money));
    cells.push_back(optional_money(row.funding_per_fte, money));
    cells.emplace_back(static_cast<std::int64_t>(row.structures));
    cells.push_back(optional_fte(row.fte_per_structure));
    cells.push_back(area_cell(row.area_hectares));
    if (euros) {
      cells.emplace_back(static_cast<std::int64_t>(row.posts));
      cells.emplace_back(row.mission_fte);
      cells.emplace_back(row.ctg_in_force);
      if (row.ctg_end) {
        cells.emplace_back(*row.ctg_end);
      } else {
        cells.emplace_back(std::monostate{});
      }
      cells.emplace_back(row.specifics);
    }
    table.rows.push_back(std::move(cells));
  }
  const auto& totals = indicators.totals;
  const bool any = totals.territories > 0;
  const auto whole = core::Percent::from_basis_points(any ? 10000 : 0);
  auto& sum = table.totals;
  sum.emplace_back(std::string("Total"));
  sum.emplace_back(std::string(indicators.departement.empty() ? "France entière" : caf_name));
  sum.emplace_back(static_cast<std::int64_t>(totals.population));
  sum.emplace_back(totals.fte);
  sum.emplace_back(whole);
  sum.emplace_back(whole);
  sum.emplace_back(std::monostate{});
  sum.push_back(money_cell(totals.funding, money));
  sum.push_back(optional_money(totals.funding_per_fte, money));
  sum.emplace_back(static_cast<std::int64_t>(totals.structures));
  sum.push_back(optional_fte(totals.fte_per_structure));
  sum.push_back(any ? area_cell(totals.area_hectares) : Cell{});
  if (euros) {
    sum.emplace_back(static_cast<std::int64_t>(totals.posts));
    sum.emplace_back(totals.mission_fte);
    sum.resize(table.columns.size());
  }
  table.notes = notes_for(indicators);
  return table;
}

Table typology_table(const core::DepartementIndicators& indicators) {
  Table table;
  table.title = "Typologie des postes";
  table.columns = {{"category", "Catégorie", ColumnType::kText},
                   {"posts", "Postes", ColumnType::kInteger},
                   {"posts_share", "Part des postes (%)", ColumnType::kPercentBasisPoints},
                   {"fte", "ETP de mission", ColumnType::kFteHundredths},
                   {"fte_share", "Part des ETP (%)", ColumnType::kPercentBasisPoints}};
  const auto add = [&](std::string_view label, const core::TypologyShare& share) {
    std::vector<Cell> cells;
    cells.emplace_back(std::string(label));
    cells.emplace_back(static_cast<std::int64_t>(share.posts));
    cells.emplace_back(share.posts_share);
    cells.emplace_back(share.fte);
    cells.emplace_back(share.fte_share);
    table.rows.push_back(std::move(cells));
  };
  add(msg::typology_label_management(), indicators.typology.management);
  add(msg::typology_label_administrative(), indicators.typology.administrative);
  add(msg::typology_label_low_time(), indicators.typology.low_time);
  table.totals.emplace_back(std::string("Ensemble des postes ouverts"));
  table.totals.emplace_back(static_cast<std::int64_t>(indicators.totals.posts));
  table.totals.emplace_back(std::monostate{});
  table.totals.emplace_back(indicators.totals.mission_fte);
  table.totals.emplace_back(std::monostate{});
  table.notes = {"Source : " + core::typology_source().citation() + ".",
                 "Chefs de service ou DGS : fonctions « direction » et « responsable "
                 "d'équipement »."};
  return table;
}

}  // namespace maillage::exports
