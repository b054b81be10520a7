#pragma once
#include <soci/soci.h>
#include <memory>
#include <stdexcept>
#include <string>

namespace maillage::store {

enum class Backend { kSqlite, kPostgresql };

// One connection to the Maillage database. SQLite is the embedded default; the SQL written by
// repositories is portable (ON CONFLICT upserts, ISO dates as text, integer cents) so that the
// PostgreSQL back end can run it unchanged. Dialect differences live in dialect.hpp only.
// The database cannot be reached (PostgreSQL down or restarting): the web server answers 503.
class DatabaseUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Which back end a --db target names: "postgresql://…" (or "postgres://…"), else SQLite.
Backend backend_of(const std::string& target);
// The target as it may be shown or logged: a URL's password is masked.
std::string describe_target(const std::string& target);

class Database {
 public:
  // `target` is a file path, "sqlite:PATH", ":memory:" or a PostgreSQL URL
  // ("postgresql://user:password@host:port/dbname", optionally "?schema=name" to work in one
  // schema). Throws DatabaseUnavailable when a server cannot be reached.
  static std::unique_ptr<Database> open(const std::string& target);
  // Checks a PostgreSQL connection before use and reopens it if the server restarted since.
  // True when it reconnected; throws DatabaseUnavailable while the server is down. A no-op on
  // SQLite.
  bool reconnect_if_lost();

  soci::session& session() { return session_; }
  Backend backend() const { return backend_; }
  const std::string& target() const { return target_; }

 private:
  Database(Backend backend, std::string target);
  Backend backend_;
  std::string target_;
  soci::session session_;
};

// Runs `work` inside a transaction: committed if it returns, rolled back if it throws.
// On SQLite the transaction takes the write lock at once (BEGIN IMMEDIATE): a plain BEGIN that
// reads then writes fails at once with "database is locked" if another connection wrote in
// between, instead of waiting its turn.
template <typename Work>
auto in_transaction(Database& database, Work&& work) {
  class Guard {
   public:
    explicit Guard(Database& database) : database_(database) {
      if (database_.backend() == Backend::kSqlite) {
        database_.session() << "BEGIN IMMEDIATE";
      } else {
        database_.session().begin();
      }
    }
    ~Guard() {
      if (done_) return;
      try {
        if (database_.backend() == Backend::kSqlite) {
          database_.session() << "ROLLBACK";
        } else {
          database_.session().rollback();
        }
      } catch (...) {  // never throw from a destructor; the original error matters more
      }
    }
    void commit() {
      if (database_.backend() == Backend::kSqlite) {
        database_.session() << "COMMIT";
      } else {
        database_.session().commit();
      }
      done_ = true;
    }

   private:
    Database& database_;
    bool done_ = false;
  };
  Guard transaction(database);
  if constexpr (std::is_void_v<decltype(work())>) {
    work();
    transaction.commit();
  } else {
    auto result = work();
    transaction.commit();
    return result;
  }
}

}  // namespace maillage::store
