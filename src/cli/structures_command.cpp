// `maillage structures import FILE [--dry-run]` and `maillage structures list [--caf 16]`.
#include <fmt/core.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "app/audit_trail.hpp"
#include "app/structure_import.hpp"
#include "app/text_file.hpp"
#include "app/timestamp.hpp"
#include "cli/command_context.hpp"
#include "cli/import_output.hpp"
#include "cli/text_table.hpp"
#include "export/csv_writer.hpp"
#include "store/caf_repository.hpp"
#include "store/structure_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::cli {

namespace {

struct ImportOptions {
  std::string file;
  bool dry_run = false;
};

void import_file(const CommandContext& context, const ImportOptions& options) {
  const auto text = app::read_text_file(options.file);
  if (!text) throw CommandFailure{"Fichier introuvable ou illisible : " + options.file};
  auto database = context.open_database();
  const core::Actor actor = app::command_line_actor();
  if (!options.dry_run) {
    const auto report = app::import_structures(*database, *text, actor, app::now_utc());
    if (const int code =
            print_import_report(std::cout, std::cerr, "Structures", options.file, report);
        code != 0) {
      throw CommandFailure{"", code};
    }
    return;
  }
  auto report = app::preview_structures(*database, *text, actor);
  if (!report.errors.empty()) {
    throw CommandFailure{
        "", print_import_report(std::cout, std::cerr, "Structures", options.file, report)};
  }
  fmt::print(
      "Vérification de {} : {} ligne{} valide{}, {} structure{} à créer, {} à mettre à jour. "
      "Rien n'a été enregistré (--dry-run).\n",
      options.file, report.rows, report.rows > 1 ? "s" : "", report.rows > 1 ? "s" : "",
      report.created, report.created > 1 ? "s" : "", report.updated);
}

struct ListOptions {
  std::string caf;
  std::string format = "table";
};

void list_structures(const CommandContext& context, const ListOptions& options) {
  auto database = context.open_database();
  if (!options.caf.empty() && !store::CafRepository(*database).find(options.caf)) {
    throw CommandFailure{fmt::format("Aucune Caf pour le département « {} ».", options.caf), 2};
  }
  std::map<std::string, core::Territory> territories;
  for (auto& territory : store::TerritoryRepository(*database).list_all()) {
    territories.emplace(territory.code, std::move(territory));
  }
  std::vector<std::pair<core::Structure, const core::Territory*>> rows;
  for (auto& structure : store::StructureRepository(*database).list_all()) {
    const auto it = territories.find(structure.territory_code);
    if (it == territories.end()) continue;
    if (!options.caf.empty() && it->second.departement != options.caf) continue;
    rows.emplace_back(std::move(structure), &it->second);
  }
  if (options.format == "csv") {
    // The structures file's own columns: the output can be edited and imported again.
    exports::Table table;
    table.title = "Structures";
    for (const auto& column : app::structure_columns()) {
      table.columns.push_back({column, column, exports::ColumnType::kText});
    }
    for (const auto& [structure, territory] : rows) {
      table.rows.push_back(
          {structure.reference ? exports::Cell{*structure.reference} : exports::Cell{},
           exports::Cell{structure.territory_code},
           exports::Cell{std::string(core::code_of(structure.kind))}, exports::Cell{structure.name},
           structure.closed_on ? exports::Cell{core::format_date(*structure.closed_on)}
                               : exports::Cell{}});
    }
    std::cout << exports::write_csv(table, exports::CsvHeader::kKeys);
    return;
  }
  TextTable table;
  table.add_column("Territoire", TextTable::Align::kLeft);
  table.add_column("Type", TextTable::Align::kLeft);
  table.add_column("Nom", TextTable::Align::kLeft);
  table.add_column("Référence", TextTable::Align::kLeft);
  table.add_column("Fermée le", TextTable::Align::kLeft);
  for (const auto& [structure, territory] : rows) {
    table.add_row({fmt::format("{} ({})", territory->name, territory->code),
                   std::string(core::code_of(structure.kind)), structure.name,
                   structure.reference.value_or(""),
                   structure.closed_on ? core::format_date(*structure.closed_on) : ""});
  }
  table.print(std::cout);
  fmt::print("{} structure{}.\n", rows.size(), rows.size() > 1 ? "s" : "");
}

}  // namespace

void add_structures_command(CLI::App& app, CommandContext& context) {
  auto* group = app.add_subcommand(
      "structures", "Structures de services aux familles (EAJE, RPE, ALSH, centres sociaux, EVS)");
  group->require_subcommand(1);

  std::string column_list;
  for (const auto& column : app::structure_columns()) {
    column_list += (column_list.empty() ? "" : ";") + column;
  }
  auto* import_command = group->add_subcommand(
      "import", "Importe un fichier CSV (séparateur ; ou , — colonnes : " + column_list +
                    "). Une référence déjà importée met la structure à jour ; un fichier qui "
                    "contient une erreur est refusé en entier.");
  add_db_option(*import_command, context);
  auto import_options = std::make_shared<ImportOptions>();
  import_command->add_option("FICHIER", import_options->file, "Fichier CSV à importer")->required();
  import_command->add_flag("--dry-run", import_options->dry_run,
                           "Vérifie le fichier et dit ce qui serait fait, sans rien enregistrer");
  import_command->callback([&context, import_options] { import_file(context, *import_options); });

  auto* list_command = group->add_subcommand("list", "Liste les structures enregistrées");
  add_db_option(*list_command, context);
  auto list_options = std::make_shared<ListOptions>();
  list_command->add_option("--caf", list_options->caf,
                           "Département de la Caf (ex. 16) ; défaut : toutes");
  list_command
      ->add_option("--format", list_options->format,
                   "table, ou csv (les colonnes du fichier d'import)")
      ->check(CLI::IsMember({"table", "csv"}));
  list_command->callback([&context, list_options] { list_structures(context, *list_options); });
}

}  // namespace maillage::cli
