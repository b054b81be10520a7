#pragma once
#include <vector>

#include "store/database.hpp"
#include "store/table_copy.hpp"

namespace maillage::app {

// One table after a copy: what the source holds and what the target now holds.
struct CopiedTable {
  store::TableDigest source;
  store::TableDigest target;
  bool matches() const { return source.rows == target.rows && source.checksum == target.checksum; }
};

struct CopyReport {
  std::vector<CopiedTable> tables;
  bool verified() const;  // every table's count and checksum match
};

// Moves a Caf's data between back ends (SQLite ⇄ PostgreSQL): brings both schemas to the latest
// version, refuses a target that already holds data (nothing is overwritten), copies every table
// in one transaction on the target (all or nothing), then compares counts and checksums. Throws
// RequestError (French) when it refuses or when the verification fails (the copy is then undone).
CopyReport copy_database(store::Database& from, store::Database& to);

// The tables of `database` with their row counts and checksums (to compare a backup).
std::vector<store::TableDigest> digest_database(store::Database& database);

}  // namespace maillage::app
