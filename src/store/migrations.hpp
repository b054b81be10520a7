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
MigrationStatus migration_status(Database& database);

}  // namespace maillage::store
