#pragma once
#include <string>
#include <vector>

#include "store/database.hpp"

namespace maillage::store {

// A table holding data (not the migrations' bookkeeping), in an order where every table comes
// after those its foreign keys point to: the order in which a copy inserts them.
struct DataTable {
  std::string name;
  bool identity_id = false;  // has an `id` column numbered by the database
};
const std::vector<DataTable>& data_tables();

// The tables that exist in the database, whatever the back end, sorted by name.
std::vector<std::string> existing_tables(Database& database);

}  // namespace maillage::store
