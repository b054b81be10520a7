#pragma once
#include <soci/soci.h>
#include <optional>
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

// A nullable text column: std::nullopt for NULL (SOCI 4.0.3 knows only boost::optional).
inline std::optional<std::string> optional_text_at(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) != soci::i_ok) return std::nullopt;
  return row.get<std::string>(column);
}

// A nullable text value to bind: soci::use(value.text, value.indicator). Keep it in a named
// local: SOCI binds by reference and runs the statement after the expression's temporaries die.
struct NullableText {
  std::string text;
  soci::indicator indicator = soci::i_null;
  explicit NullableText(const std::optional<std::string>& value) {
    if (value) {
      text = *value;
      indicator = soci::i_ok;
    }
  }
};

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
