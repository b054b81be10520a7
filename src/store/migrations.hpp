#pragma once
#include <vector>

#include "store/database.hpp"

namespace maillage::store {

struct MigrationStatus {
  int current_version = 0;
  int latest_version = 0;
};

// Brings the schema to the latest version, each migration in its own transaction.
// Returns the versions applied.
std::vector<int> migrate(Database& database);
// Stops at `version` (tests build an older schema this way, then migrate it).
std::vector<int> migrate_to(Database& database, int version);
MigrationStatus migration_status(Database& database);

}  // namespace maillage::store
