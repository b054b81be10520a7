#pragma once
#include <string>

#include "store/database.hpp"

namespace maillage::store {

// Copies a SQLite database into a new file while the server keeps running (SQLite's online
// backup API: a consistent snapshot, readers and writers are not stopped). Throws
// std::runtime_error (French) if the destination exists or the copy fails.
void backup_sqlite(Database& source, const std::string& destination_path);

}  // namespace maillage::store
