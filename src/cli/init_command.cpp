#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/demo.hpp"
#include "cli/command_context.hpp"
#include "cli/import_output.hpp"
#include "core/text.hpp"
#include "store/migrations.hpp"

namespace maillage::cli {

void add_init_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand("init",
                                     "Crée ou met à jour la base ; --demo charge le "
                                     "portefeuille de démonstration");
  add_db_option(*command, context);
  auto demo = std::make_shared<bool>(false);
  command->add_flag("--demo", *demo,
                    "Charge la démonstration : Caf du Gard, de la Charente, du Tarn et de l'Allier "
                    "sur leurs EPCI réels");
  command->callback([&context, demo] {
    auto database = store::Database::open(context.db_path);
    const auto applied = store::migrate(*database);
    const auto status = store::migration_status(*database);
    fmt::print("Base {} : schéma en version {} ({} migration{} appliquée{}).\n", context.db_path,
               status.current_version, applied.size(), applied.size() > 1 ? "s" : "",
               applied.size() > 1 ? "s" : "");
    if (!*demo) return;
    const auto result = app::load_demo(*database, context.doctrines(), context.paths);
    if (result.territories_imported > 0) {
      fmt::print("Territoires importés : {}.\n",
                 core::group_thousands(std::to_string(result.territories_imported)));
    }
    if (print_import_report(std::cout, std::cerr, "CTG de démonstration", "conventions.csv",
                            result.ctgs) != 0 ||
        print_import_report(std::cout, std::cerr, "Postes de démonstration", "posts.csv",
                            result.posts) != 0) {
      throw CommandFailure{"La démonstration n'a pas pu être chargée."};
    }
    fmt::print("Démonstration prête. Essayez : maillage funding --caf 30\n");
  });
}

}  // namespace maillage::cli
