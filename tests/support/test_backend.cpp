#include "support/test_backend.hpp"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "store/database.hpp"

namespace maillage::testing {

namespace {

const std::string& server_url() {
  // The server is started when the run starts, so its URL (free port) is read from a file.
  static const std::string url = [] {
    const char* file = std::getenv("MAILLAGE_TEST_POSTGRESQL_URL_FILE");
    if (file == nullptr || *file == '\0') return std::string();
    std::ifstream in(file);
    std::string line;
    if (!std::getline(in, line) || line.empty()) {
      throw std::runtime_error(std::string("Serveur PostgreSQL de test introuvable : ") + file);
    }
    return line;
  }();
  return url;
}

// postgresql://user@host:port/postgres → the same server, another database.
std::string url_of_database(const std::string& database) {
  const std::string& url = server_url();
  return url.substr(0, url.rfind('/') + 1) + database;
}

std::string unique_suffix() {
  static std::atomic<int> counter{0};
  return std::to_string(::getpid()) + "_" + std::to_string(++counter);
}

bool database_exists(store::Database& server, const std::string& name) {
  int found = 0;
  server.session() << "SELECT COUNT(*) FROM pg_database WHERE datname = :name", soci::use(name),
      soci::into(found);
  return found > 0;
}

// Builds the template once for the whole run: the first test process builds it under a lock,
// the others wait for it, then everyone copies it.
void ensure_postgresql_template(const std::string& name,
                                const std::function<void(store::Database&)>& build) {
  auto server = store::Database::open(server_url());
  server->session() << "SELECT pg_advisory_lock(4242002)";
  if (!database_exists(*server, name)) {
    const std::string building = name + "_building_" + unique_suffix();
    server->session() << "CREATE DATABASE " + building;
    {
      auto database = store::Database::open(url_of_database(building));
      build(*database);
    }
    server->session() << "ALTER DATABASE " + building + " RENAME TO " + name;
  }
  server->session() << "SELECT pg_advisory_unlock(4242002)";
}

}  // namespace

bool on_postgresql() {
  return !server_url().empty();
}

std::string fresh_database_target() {
  if (!on_postgresql()) return ":memory:";
  const std::string schema = "test_" + unique_suffix();
  auto server = store::Database::open(server_url());
  server->session() << "CREATE SCHEMA " + schema;
  // Every connection to this target sees only the test's schema.
  return server_url() + "?schema=" + schema;
}

std::unique_ptr<store::Database> open_fresh_database() {
  return store::Database::open(fresh_database_target());
}

std::string sqlite_template(const std::string& name, const std::string& folder,
                            const std::function<void(store::Database&)>& build) {
  static std::mutex mutex;
  const auto template_path = std::filesystem::path(folder) / (name + ".db");
  std::lock_guard lock(mutex);
  if (!std::filesystem::exists(template_path)) {
    const auto building = template_path.string() + ".building";
    std::filesystem::remove(building);
    {
      auto database = store::Database::open(building);
      build(*database);
      database->session() << "PRAGMA wal_checkpoint(TRUNCATE)";
    }
    std::filesystem::rename(building, template_path);
  }
  return template_path.string();
}

std::string copy_of_template(const std::string& name, const std::string& folder,
                             const std::function<void(store::Database&)>& build,
                             const std::string& copy_name) {
  if (!on_postgresql()) {
    const auto copy = std::filesystem::path(folder) / (copy_name + ".db");
    std::filesystem::copy_file(sqlite_template(name, folder, build), copy,
                               std::filesystem::copy_options::overwrite_existing);
    return copy.string();
  }
  const std::string template_name = "tpl_" + name;
  ensure_postgresql_template(template_name, build);
  const std::string database = "copy_" + copy_name + "_" + unique_suffix();
  auto server = store::Database::open(server_url());
  // Two processes copying the same template at the same instant make one of them wait.
  for (int attempt = 0;; ++attempt) {
    try {
      server->session() << "CREATE DATABASE " + database + " TEMPLATE " + template_name;
      break;
    } catch (const soci::soci_error&) {
      if (attempt == 50) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  return url_of_database(database);
}

void drop_copy(const std::string& target) {
  if (store::backend_of(target) != store::Backend::kPostgresql) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(target + suffix, ignored);
    }
    return;
  }
  const std::string database = target.substr(target.rfind('/') + 1);
  auto server = store::Database::open(server_url());
  server->session() << "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)";
}

}  // namespace maillage::testing
