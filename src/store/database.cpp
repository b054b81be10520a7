#include "store/database.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>

namespace maillage::store {

namespace {

std::string sqlite_path(const std::string& target) {
  const std::string prefix = "sqlite:";
  return target.rfind(prefix, 0) == 0 ? target.substr(prefix.size()) : target;
}

}  // namespace

Database::Database(Backend backend, std::string target)
    : backend_(backend), target_(std::move(target)) {}

std::unique_ptr<Database> Database::open(const std::string& target) {
  if (target.rfind("postgresql:", 0) == 0 || target.rfind("postgres:", 0) == 0) {
    throw std::runtime_error(
        "Le mode serveur PostgreSQL n'est pas encore disponible : utilisez une base SQLite.");
  }
  std::unique_ptr<Database> database(new Database(Backend::kSqlite, target));
  const std::string path = sqlite_path(target);
  database->session_.open(soci::sqlite3, "db=\"" + path + "\" timeout=10");
  auto& sql = database->session_;
  // WAL lets readers work while an import writes; foreign keys are off by default in SQLite.
  if (path != ":memory:") sql << "PRAGMA journal_mode=WAL";
  sql << "PRAGMA foreign_keys=ON";
  sql << "PRAGMA synchronous=NORMAL";
  return database;
}

}  // namespace maillage::store
