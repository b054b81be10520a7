#pragma once
#include <soci/soci.h>
#include <memory>
#include <string>

namespace maillage::store {

enum class Backend { kSqlite, kPostgresql };

// One connection to the Maillage database. SQLite is the embedded default; the SQL written by
// repositories is portable (ON CONFLICT upserts, ISO dates as text, integer cents) so that the
// PostgreSQL back end can run it unchanged. Dialect differences live in dialect.hpp only.
class Database {
 public:
  // `target` is a file path, "sqlite:PATH" or ":memory:".
  static std::unique_ptr<Database> open(const std::string& target);

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
template <typename Work>
auto in_transaction(Database& database, Work&& work) {
  soci::transaction transaction(database.session());
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
