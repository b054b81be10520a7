#include "store/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <cctype>
#include <regex>
#include <stdexcept>

namespace maillage::store {

namespace {

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

std::string sqlite_path(const std::string& target) {
  const std::string prefix = "sqlite:";
  return starts_with(target, prefix) ? target.substr(prefix.size()) : target;
}

void open_sqlite(soci::session& sql, const std::string& target) {
  const std::string path = sqlite_path(target);
  sql.open(soci::sqlite3, "db=\"" + path + "\" timeout=10");
  // WAL lets readers work while an import writes; foreign keys are off by default in SQLite.
  if (path != ":memory:") sql << "PRAGMA journal_mode=WAL";
  sql << "PRAGMA foreign_keys=ON";
  sql << "PRAGMA synchronous=NORMAL";
}

// "postgresql://user:password@host:port/dbname?schema=NAME" → libpq's keyword/value string and
// the schema Maillage works in. SOCI 4.0 mangles URLs ("dbname=postgres=" errors), so Maillage
// reads them itself; percent-escapes are decoded.
struct PostgresqlTarget {
  std::string conninfo;
  std::string schema;
};

std::string percent_decoded(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string conninfo_value(const std::string& value) {
  std::string quoted = "'";
  for (const char c : value) {
    if (c == '\\' || c == '\'') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

PostgresqlTarget split_postgresql_target(const std::string& target) {
  static const std::regex url(
      R"(^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\d+))?(?:/([^?]*))?(?:\?schema=([a-z_][a-z0-9_]*))?$)");
  std::smatch match;
  if (!std::regex_match(target, match, url)) {
    throw DatabaseUnavailable(
        "Adresse PostgreSQL non reconnue : " + describe_target(target) +
        " (attendu : postgresql://utilisateur:motdepasse@hôte:port/base, seul paramètre "
        "accepté : ?schema=nom).");
  }
  PostgresqlTarget result;
  const char* keys[] = {"user", "password", "host", "port", "dbname"};
  for (int i = 0; i < 5; ++i) {
    if (match[i + 1].length() == 0) continue;
    if (!result.conninfo.empty()) result.conninfo += ' ';
    result.conninfo += std::string(keys[i]) + "=" + conninfo_value(percent_decoded(match[i + 1]));
  }
  result.schema = match[6];
  return result;
}

// What every connection sets once opened (and again after a reconnection).
void prepare_postgresql_session(soci::session& sql, const std::string& schema) {
  // The server's notices stay out of the user's way.
  sql << "SET client_min_messages TO warning";
  if (!schema.empty()) sql << "SET search_path TO " + schema;
}

void open_postgresql(soci::session& sql, const std::string& target) {
  const auto [conninfo, schema] = split_postgresql_target(target);
  try {
    sql.open(soci::postgresql, conninfo);
  } catch (const soci::soci_error& error) {
    throw DatabaseUnavailable("Connexion impossible au serveur PostgreSQL " +
                              describe_target(target) + " : " + error.get_error_message());
  }
  prepare_postgresql_session(sql, schema);
}

}  // namespace

Backend backend_of(const std::string& target) {
  return starts_with(target, "postgresql://") || starts_with(target, "postgres://")
             ? Backend::kPostgresql
             : Backend::kSqlite;
}

std::string describe_target(const std::string& target) {
  // Never print a password found in a URL (logs, error messages).
  static const std::regex password(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
  return std::regex_replace(target, password, "$1:***@");
}

Database::Database(Backend backend, std::string target)
    : backend_(backend), target_(std::move(target)) {}

std::unique_ptr<Database> Database::open(const std::string& target) {
  std::unique_ptr<Database> database(new Database(backend_of(target), target));
  if (database->backend_ == Backend::kPostgresql) {
    open_postgresql(database->session_, target);
  } else {
    open_sqlite(database->session_, target);
  }
  return database;
}

bool Database::reconnect_if_lost() {
  if (backend_ != Backend::kPostgresql) return false;
  // libpq notices a dead connection only when a query fails: ask a trivial one first (a loopback
  // round trip), so that a restarted server costs no request an error.
  try {
    session_ << "SELECT 1";
    return false;
  } catch (const soci::soci_error&) {
  }
  try {
    session_.reconnect();
    prepare_postgresql_session(session_, split_postgresql_target(target_).schema);
  } catch (const soci::soci_error& error) {
    throw DatabaseUnavailable("Le serveur PostgreSQL " + describe_target(target_) +
                              " ne répond pas : " + error.get_error_message());
  }
  return true;
}

}  // namespace maillage::store
