#include "cli/command_context.hpp"

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <ctime>

#include "store/doctrine_files.hpp"
#include "store/migrations.hpp"

namespace maillage::cli {

std::unique_ptr<store::Database> CommandContext::open_database() const {
  auto database = store::Database::open(db_path);
  store::migrate(*database);
  return database;
}

std::vector<core::Doctrine> CommandContext::doctrines() const {
  return store::load_doctrines(paths.doctrines_dir());
}

void add_db_option(CLI::App& command, CommandContext& context) {
  if (const char* from_env = std::getenv("MAILLAGE_DB"); from_env && *from_env) {
    context.db_path = from_env;
  }
  command.add_option("--db", context.db_path,
                     "Base : fichier SQLite, ou postgresql://utilisateur@hôte:port/base (défaut : "
                     "$MAILLAGE_DB ou maillage.db)");
}

core::Date today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return *core::Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

core::Date parse_date_option(const std::string& text) {
  if (const auto date = core::parse_date(text)) return *date;
  throw CommandFailure{"Date invalide « " + text + " » : écrivez 31/01/2026 ou 2026-01-31.", 2};
}

}  // namespace maillage::cli
