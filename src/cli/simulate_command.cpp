// maillage simulate: a Caf's portfolio under its doctrine and under changes read from a TOML
// file, side by side, without writing anything.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/doctrine_changes_file.hpp"
#include "app/portfolio_facts.hpp"
#include "app/simulation_service.hpp"
#include "cli/command_context.hpp"
#include "cli/simulation_output.hpp"

namespace maillage::cli {

namespace {

[[noreturn]] void refuse(const std::vector<std::string>& errors) {
  std::string message = "Changements refusés, rien n'a été simulé :";
  for (const auto& error : errors) message += "\n  - " + error;
  throw CommandFailure{message, 1};
}

}  // namespace

void add_simulate_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "simulate",
      "Simule des changements de doctrine (fichier TOML) sur le portefeuille d'une Caf : budget, "
      "territoires et postes, comparés à la doctrine en vigueur, sans rien enregistrer");
  add_db_option(*command, context);
  struct Options {
    std::string caf;
    std::string changes;
    std::string date;
    std::string format = "table";
  };
  auto options = std::make_shared<Options>();
  command->add_option("--caf", options->caf, "Département de la Caf (ex. 16)")->required();
  command
      ->add_option("--changes", options->changes,
                   "Fichier TOML des changements ([parameters] ceiling_per_fte = \"50 000\"…)")
      ->required();
  command->add_option("--date", options->date,
                      "Date simulée (31/01/2026 ou 2026-01-31 ; défaut : aujourd'hui)");
  command->add_option("--format", options->format, "table, json ou csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  command->callback([&context, options] {
    const core::Date date = options->date.empty() ? today() : parse_date_option(options->date);
    auto database = context.open_database();
    const auto doctrines = context.doctrines();
    const app::PortfolioFacts facts = app::load_facts(*database);
    const core::PortfolioIndex index(facts.territories, facts.ctgs);
    const core::Doctrine& doctrine = app::caf_doctrine(facts, doctrines, options->caf);
    auto changes = app::load_changes_file(options->changes, doctrine);
    if (auto* errors = std::get_if<std::vector<std::string>>(&changes)) refuse(*errors);
    auto result = app::simulate(facts, index, doctrines, options->caf, date,
                                std::get<core::DoctrineChanges>(changes));
    if (auto* errors = std::get_if<std::vector<core::ChangeError>>(&result)) {
      std::vector<std::string> messages;
      for (const auto& error : *errors) {
        messages.push_back(fmt::format("{} : {}", options->changes, error.message));
      }
      refuse(messages);
    }
    const auto& simulation = std::get<app::Simulation>(result);
    if (options->format == "json") {
      std::cout << simulation_json(simulation).dump(2) << '\n';
    } else if (options->format == "csv") {
      print_simulation_csv(std::cout, simulation);
    } else {
      print_simulation_table(std::cout, simulation);
    }
  });
}

}  // namespace maillage::cli
