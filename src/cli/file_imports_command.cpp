// `maillage conventions import FILE` and `maillage posts import FILE`.
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/audit_trail.hpp"
#include "app/ctg_import.hpp"
#include "app/post_import.hpp"
#include "app/text_file.hpp"
#include "app/timestamp.hpp"
#include "cli/command_context.hpp"
#include "cli/import_output.hpp"

namespace maillage::cli {

namespace {

using Importer = app::ImportReport (*)(store::Database&, std::string_view, const core::Actor&,
                                       app::Timestamp);

void add_file_import(CLI::App& app, CommandContext& context, const std::string& name,
                     const std::string& description, const std::string& what, Importer importer,
                     const std::vector<std::string>& columns) {
  auto* group = app.add_subcommand(name, description);
  group->require_subcommand(1);
  std::string column_list;
  for (const auto& column : columns) column_list += (column_list.empty() ? "" : ";") + column;
  auto* import_command = group->add_subcommand(
      "import", "Importe un fichier CSV (séparateur ; ou , — colonnes : " + column_list +
                    "). Un fichier qui contient une erreur est refusé en entier.");
  add_db_option(*import_command, context);
  auto file = std::make_shared<std::string>();
  import_command->add_option("FICHIER", *file, "Fichier CSV à importer")->required();
  import_command->callback([&context, file, what, importer] {
    const auto text = app::read_text_file(*file);
    if (!text) throw CommandFailure{"Fichier introuvable ou illisible : " + *file};
    auto database = context.open_database();
    const int code =
        print_import_report(std::cout, std::cerr, what, *file,
                            importer(*database, *text, app::command_line_actor(), app::now_utc()));
    if (code != 0) throw CommandFailure{"", code};
  });
}

}  // namespace

void add_conventions_command(CLI::App& app, CommandContext& context) {
  add_file_import(app, context, "conventions", "Conventions territoriales globales (CTG)", "CTG",
                  &app::import_ctgs, app::ctg_columns());
}

void add_posts_command(CLI::App& app, CommandContext& context) {
  add_file_import(app, context, "posts", "Postes de chargé de coopération", "Postes",
                  &app::import_posts, app::post_columns());
}

}  // namespace maillage::cli
