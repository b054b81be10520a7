#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace maillage::store {

// What a table holds, independent of the back end and of the rows' order: the row count and
// the sum of the rows' hashes, each row hashed over its values written as text.
struct TableDigest {
  std::string table;
  long long rows = 0;
  std::uint64_t checksum = 0;

  bool operator==(const TableDigest&) const = default;
};

TableDigest digest_table(Database& database, const std::string& table);

// Inserts every row of `table` from `from` into `to` (same schema), values passed as text so
// that either back end converts them to the column's type. Returns the rows copied. The caller
// holds the transaction.
long long copy_table(Database& from, Database& to, const std::string& table);

// After rows were inserted with their own ids, PostgreSQL's identity sequence must move past
// them, or the next insert would reuse an id. Nothing to do on SQLite.
void move_identity_past_rows(Database& database, const std::string& table);

}  // namespace maillage::store
