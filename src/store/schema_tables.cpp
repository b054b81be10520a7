#include "store/schema_tables.hpp"

#include <algorithm>

namespace maillage::store {

const std::vector<DataTable>& data_tables() {
  // A new migration's table goes here too: a test compares this list with the schema.
  static const std::vector<DataTable> kTables{
      {"cafs"},
      {"territories"},
      {"ctgs", true},
      {"ctg_signatories"},
      {"ctg_themes"},
      {"posts"},
      {"users", true},
      {"user_territories"},
      {"sessions"},
      {"login_failures"},
      {"api_tokens", true},
      {"audit_events", true},
      {"data_generation"},
      {"structures", true},
      {"territory_profiles"},
      {"scenarios", true},
      {"scenario_allocations"},
      {"workspace_records", true},
  };
  return kTables;
}

std::vector<std::string> existing_tables(Database& database) {
  const std::string query =
      database.backend() == Backend::kSqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%'"
          : "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
  std::vector<std::string> names;
  soci::rowset<std::string> rows = (database.session().prepare << query);
  for (const auto& name : rows) names.push_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace maillage::store
