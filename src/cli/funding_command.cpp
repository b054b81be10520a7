#include <fmt/core.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/funding_json.hpp"
#include "app/funding_service.hpp"
#include "cli/command_context.hpp"
#include "cli/funding_output.hpp"

namespace maillage::cli {

void add_funding_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "funding", "Calcule le financement Caf et la conformité de chaque poste, règle par règle");
  add_db_option(*command, context);
  struct Options {
    std::string date;
    std::string caf;
    std::string format = "table";
  };
  auto options = std::make_shared<Options>();
  command->add_option("--date", options->date,
                      "Date du calcul (31/01/2026 ou 2026-01-31 ; défaut : aujourd'hui)");
  command->add_option("--caf", options->caf, "Département de la Caf (ex. 30) ; défaut : toutes");
  command->add_option("--format", options->format, "table, json ou csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  command->callback([&context, options] {
    const core::Date date = options->date.empty() ? today() : parse_date_option(options->date);
    auto database = context.open_database();
    const auto doctrines = context.doctrines();  // the report points into it
    const auto report = app::compute_funding(
        *database, doctrines, date,
        options->caf.empty() ? std::nullopt : std::optional<std::string>(options->caf));
    if (options->format == "json") {
      std::cout << app::to_json(report).dump(2) << '\n';
    } else if (options->format == "csv") {
      print_funding_csv(std::cout, report);
    } else {
      print_funding_table(std::cout, report);
    }
  });
}

void add_explain_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "explain",
      "Explique le financement et le verdict d'un poste, règle par règle, avec ses sources");
  add_db_option(*command, context);
  auto post_id = std::make_shared<std::string>();
  auto date_text = std::make_shared<std::string>();
  command->add_option("POSTE", *post_id, "Identifiant du poste (ex. GARD-001)")->required();
  command->add_option("--date", *date_text,
                      "Date du calcul (31/01/2026 ou 2026-01-31 ; défaut : aujourd'hui)");
  command->callback([&context, post_id, date_text] {
    const core::Date date = date_text->empty() ? today() : parse_date_option(*date_text);
    auto database = context.open_database();
    const auto doctrines = context.doctrines();  // the explanation points into it
    print_explanation(std::cout, app::explain_post(*database, doctrines, *post_id, date));
  });
}

}  // namespace maillage::cli
