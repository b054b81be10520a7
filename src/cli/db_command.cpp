// `maillage db migrate|status|copy` and `maillage backup`: the database's schema, moving a Caf's
// data between SQLite and PostgreSQL, and backups.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "app/database_copy.hpp"
#include "cli/command_context.hpp"
#include "cli/text_table.hpp"
#include "core/text.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_backup.hpp"

namespace maillage::cli {

namespace {

std::string backend_name(store::Backend backend) {
  return backend == store::Backend::kPostgresql ? "PostgreSQL" : "SQLite";
}

void print_status(store::Database& database) {
  const auto status = store::migration_status(database);
  fmt::print("Base {} ({}) : schéma en version {} sur {}{}.\n",
             store::describe_target(database.target()), backend_name(database.backend()),
             status.current_version, status.latest_version,
             status.current_version == status.latest_version ? " (à jour)"
                                                             : " : lancez « maillage db migrate »");
}

void print_copy(const app::CopyReport& report) {
  TextTable table;
  table.add_column("Table", TextTable::Align::kLeft);
  table.add_column("Lignes source", TextTable::Align::kRight);
  table.add_column("Lignes copiées", TextTable::Align::kRight);
  table.add_column("Somme de contrôle", TextTable::Align::kLeft);
  for (const auto& copied : report.tables) {
    table.add_row({copied.source.table, core::group_thousands(std::to_string(copied.source.rows)),
                   core::group_thousands(std::to_string(copied.target.rows)),
                   copied.matches() ? "identique" : "DIFFÉRENTE"});
  }
  table.print(std::cout);
}

}  // namespace

void add_db_command(CLI::App& app, CommandContext& context) {
  auto* db = app.add_subcommand("db", "Schéma de la base, copie entre SQLite et PostgreSQL");
  db->require_subcommand(1);

  auto* migrate = db->add_subcommand("migrate", "Met le schéma de la base à jour");
  add_db_option(*migrate, context);
  migrate->callback([&context] {
    auto database = store::Database::open(context.db_path);
    const auto applied = store::migrate(*database);
    fmt::print("{} migration{} appliquée{}.\n", applied.size(), applied.size() > 1 ? "s" : "",
               applied.size() > 1 ? "s" : "");
    print_status(*database);
  });

  auto* status = db->add_subcommand("status", "Indique la version du schéma de la base");
  add_db_option(*status, context);
  status->callback([&context] {
    auto database = store::Database::open(context.db_path);
    print_status(*database);
  });

  auto* copy = db->add_subcommand(
      "copy", "Copie toutes les données d'une base vers une base vide (SQLite ⇄ PostgreSQL)");
  auto from = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>();
  copy->add_option("--from", *from, "Base source (sqlite:CHEMIN ou postgresql://…)")->required();
  copy->add_option("--to", *to, "Base de destination, vide (sqlite:CHEMIN ou postgresql://…)")
      ->required();
  copy->callback([from, to] {
    auto source = store::Database::open(*from);
    auto target = store::Database::open(*to);
    const auto report = app::copy_database(*source, *target);
    print_copy(report);
    fmt::print("Copie vérifiée : {} tables, nombres de lignes et sommes de contrôle identiques.\n",
               report.tables.size());
  });

  auto* backup = app.add_subcommand("backup", "Sauvegarde la base (SQLite : à chaud)");
  add_db_option(*backup, context);
  auto destination = std::make_shared<std::string>();
  backup->add_option("--to", *destination, "Fichier de sauvegarde à créer")->required();
  backup->callback([&context, destination] {
    if (store::backend_of(context.db_path) == store::Backend::kPostgresql) {
      // pg_dump is PostgreSQL's own consistent backup; Maillage does not reimplement it.
      fmt::print(
          "Une base PostgreSQL se sauvegarde avec pg_dump, à chaud et de façon cohérente :\n"
          "  pg_dump --format=custom --file={} '{}'\n"
          "Restauration dans une base vide :\n"
          "  pg_restore --no-owner --dbname='postgresql://…/nouvelle_base' {}\n",
          *destination, store::describe_target(context.db_path), *destination);
      return;
    }
    auto database = store::Database::open(context.db_path);
    store::backup_sqlite(*database, *destination);
    const auto digests = app::digest_database(*database);
    long long rows = 0;
    for (const auto& digest : digests) rows += digest.rows;
    fmt::print("Sauvegarde écrite dans {} ({} lignes dans {} tables).\n", *destination,
               core::group_thousands(std::to_string(rows)), digests.size());
  });
}

}  // namespace maillage::cli
