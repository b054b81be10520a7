#pragma once
#include <soci/soci.h>
#include <string>
#include <typeinfo>

namespace maillage::store {

// An integer column whatever width the back end reports for it (SQLite says int or long long
// depending on the declared type; PostgreSQL differs again).
inline long long integer_at(const soci::row& row, std::size_t column) {
  switch (row.get_properties(column).get_data_type()) {
    case soci::dt_integer:
      return row.get<int>(column);
    case soci::dt_long_long:
      return row.get<long long>(column);
    case soci::dt_unsigned_long_long:
      return static_cast<long long>(row.get<unsigned long long>(column));
    case soci::dt_string:
      return std::stoll(row.get<std::string>(column));
    default:
      throw std::bad_cast();
  }
}

// Runs `query` (with one optional text parameter bound to its only placeholder) and hands each
// row to `handle`.
template <typename RowHandler>
void for_each_row(soci::session& sql, const std::string& query, const std::string& parameter,
                  RowHandler&& handle) {
  soci::rowset<soci::row> rows =
      parameter.empty() ? (sql.prepare << query) : (sql.prepare << query, soci::use(parameter));
  for (const auto& row : rows) handle(row);
}

}  // namespace maillage::store
