#include "store/sqlite_backup.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <stdexcept>

namespace maillage::store {

// SOCI's header declares SQLite's C API inside namespace sqlite_api.
using namespace sqlite_api;

void backup_sqlite(Database& source, const std::string& destination_path) {
  if (source.backend() != Backend::kSqlite) {
    throw std::runtime_error("La sauvegarde en ligne ne concerne que les bases SQLite.");
  }
  if (std::filesystem::exists(destination_path)) {
    throw std::runtime_error("Le fichier de sauvegarde " + destination_path +
                             " existe déjà : choisissez un autre nom (rien n'est écrasé).");
  }
  auto* backend = static_cast<soci::sqlite3_session_backend*>(source.session().get_backend());
  sqlite3* destination = nullptr;
  if (sqlite3_open(destination_path.c_str(), &destination) != SQLITE_OK) {
    const std::string reason = sqlite3_errmsg(destination);
    sqlite3_close(destination);
    throw std::runtime_error("Impossible de créer " + destination_path + " : " + reason);
  }
  sqlite3_backup* backup = sqlite3_backup_init(destination, "main", backend->conn_, "main");
  int status = backup == nullptr ? sqlite3_errcode(destination) : SQLITE_OK;
  if (backup != nullptr) {
    // All pages in one step; BUSY/LOCKED are retried since a writer may hold the lock briefly.
    do {
      status = sqlite3_backup_step(backup, -1);
      if (status == SQLITE_BUSY || status == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
  }
  const std::string reason = sqlite3_errmsg(destination);
  sqlite3_close(destination);
  if (status != SQLITE_DONE) {
    std::filesystem::remove(destination_path);
    throw std::runtime_error("La sauvegarde de la base a échoué : " + reason);
  }
}

}  // namespace maillage::store
