#include <fmt/core.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/indicator_json.hpp"
#include "app/indicator_service.hpp"
#include "app/portfolio_facts.hpp"
#include "cli/command_context.hpp"
#include "cli/text_table.hpp"
#include "core/indicator_messages_fr.hpp"
#include "export/csv_writer.hpp"
#include "export/indicator_export.hpp"

namespace maillage::cli {

namespace {

namespace msg = core::messages;
using core::Indicator;

constexpr Indicator kColumns[] = {Indicator::kPopulation,
                                  Indicator::kFte,
                                  Indicator::kFteShare,
                                  Indicator::kPopulationShare,
                                  Indicator::kGap,
                                  Indicator::kFunding,
                                  Indicator::kFundingPerFte,
                                  Indicator::kStructures,
                                  Indicator::kFtePerStructure,
                                  Indicator::kArea};

void print_typology(std::ostream& out, std::string_view label, const core::TypologyShare& share,
                    const core::IndicatorTotals& totals) {
  fmt::print(out, "  {} : {}\n", label, msg::explain_typology(share, totals));
}

void print_table(std::ostream& out, const app::CafIndicators& caf) {
  const auto& indicators = caf.indicators;
  fmt::print(out, "Indicateurs de régulation — {} au {}\n", caf.caf.name,
             core::format_date(indicators.date));
  fmt::print(out, "Source : {}\n\n", core::indicator_source(Indicator::kGap).citation());
  TextTable table;
  table.add_column("Code", TextTable::Align::kLeft);
  table.add_column("EPCI", TextTable::Align::kLeft);
  for (const Indicator indicator : kColumns) {
    table.add_column(std::string(msg::indicator_label(indicator)), TextTable::Align::kRight);
  }
  for (const auto& row : indicators.territories) {
    std::vector<std::string> cells{row.code, row.name};
    for (const Indicator indicator : kColumns)
      cells.push_back(msg::indicator_value(row, indicator));
    table.add_row(std::move(cells));
  }
  std::vector<std::string> totals{"Total", caf.caf.name};
  for (const Indicator indicator : kColumns) {
    totals.push_back(msg::indicator_total(indicators.totals, indicator));
  }
  table.add_row(std::move(totals));
  table.print(out);

  const auto& t = indicators.totals;
  fmt::print(out, "\nChiffres clés\n");
  fmt::print(out, "  Financement Caf : {}\n", core::format_money(t.funding));
  fmt::print(out, "  Personnes (postes ouverts) : {}\n", t.posts);
  fmt::print(out, "  ETP de mission : {} ; ETP financés : {}\n", core::format_fte(t.mission_fte),
             core::format_fte(t.fte));
  fmt::print(out, "  Montant moyen par ETP financé : {}\n",
             msg::indicator_total(t, Indicator::kFundingPerFte));
  fmt::print(out, "\nTypologie des postes ({})\n", core::typology_source().citation());
  print_typology(out, msg::typology_label_management(), indicators.typology.management, t);
  print_typology(out, msg::typology_label_administrative(), indicators.typology.administrative, t);
  print_typology(out, msg::typology_label_low_time(), indicators.typology.low_time, t);
  if (t.unplaced_posts > 0) {
    fmt::print(out, "\n{} poste(s) sur un territoire sans EPCI du département : non comptés.\n",
               t.unplaced_posts);
  }
}

}  // namespace

void add_indicators_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "indicators",
      "Indicateurs de régulation d'une Caf par EPCI (parts d'ETP et de population, écart, "
      "montant par ETP, structures, superficie)");
  add_db_option(*command, context);
  struct Options {
    std::string caf;
    std::string date;
    std::string format = "table";
  };
  auto options = std::make_shared<Options>();
  command->add_option("--caf", options->caf, "Département de la Caf (ex. 16)")->required();
  command->add_option("--date", options->date,
                      "Date du calcul (31/01/2026 ou 2026-01-31 ; défaut : aujourd'hui)");
  command->add_option("--format", options->format, "table, json ou csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  command->callback([&context, options] {
    const core::Date date = options->date.empty() ? today() : parse_date_option(options->date);
    auto database = context.open_database();
    const auto doctrines = context.doctrines();
    const app::PortfolioSnapshot snapshot(app::load_facts(*database), doctrines, date, 0);
    const auto indicators = app::compute_caf_indicators(snapshot, options->caf);
    if (options->format == "json") {
      std::cout << app::to_json(indicators).dump(2) << '\n';
    } else if (options->format == "csv") {
      std::cout << exports::write_csv(
          exports::indicator_table(indicators.indicators, indicators.caf.name,
                                   exports::MoneyColumns::kCents),
          exports::CsvHeader::kKeys);
    } else {
      print_table(std::cout, indicators);
    }
  });
}

}  // namespace maillage::cli
