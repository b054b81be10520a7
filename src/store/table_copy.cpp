#include "store/table_copy.hpp"

#include <fmt/core.h>

#include <ctime>
#include <optional>

#include "store/rows.hpp"

namespace maillage::store {

namespace {

using RowValues = std::vector<std::optional<std::string>>;

// A value as text, the same on both back ends for what the schema stores (text and integers).
std::optional<std::string> text_at(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  switch (row.get_properties(column).get_data_type()) {
    case soci::dt_string:
      return row.get<std::string>(column);
    case soci::dt_double:
      return fmt::format("{}", row.get<double>(column));
    case soci::dt_date: {
      std::tm value = row.get<std::tm>(column);
      char text[32];
      std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &value);
      return std::string(text);
    }
    default:
      return std::to_string(integer_at(row, column));
  }
}

template <typename Handler>
void for_each_row_values(Database& database, const std::string& table, Handler&& handle,
                         std::vector<std::string>* columns = nullptr) {
  soci::rowset<soci::row> rows = (database.session().prepare << "SELECT * FROM " + table);
  RowValues values;
  for (const auto& row : rows) {
    if (columns != nullptr && columns->empty()) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        columns->push_back(row.get_properties(i).get_name());
      }
    }
    values.clear();
    for (std::size_t i = 0; i < row.size(); ++i) values.push_back(text_at(row, i));
    handle(values);
  }
}

// FNV-1a, 64 bits: a checksum to compare copies, not a defence against tampering.
std::uint64_t hash_row(const RowValues& values) {
  std::uint64_t hash = 14695981039346656037ull;
  const auto mix = [&hash](unsigned char byte) {
    hash ^= byte;
    hash *= 1099511628211ull;
  };
  for (const auto& value : values) {
    if (!value) {
      mix(0x00);
    } else {
      mix(0x01);
      for (const char c : *value) mix(static_cast<unsigned char>(c));
    }
    mix(0x1f);
  }
  return hash;
}

}  // namespace

TableDigest digest_table(Database& database, const std::string& table) {
  TableDigest digest{table};
  for_each_row_values(database, table, [&](const RowValues& values) {
    ++digest.rows;
    digest.checksum += hash_row(values);  // a sum: the rows' order does not matter
  });
  return digest;
}

long long copy_table(Database& from, Database& to, const std::string& table) {
  std::vector<std::string> columns;
  std::vector<std::string> texts;
  std::vector<soci::indicator> indicators;
  std::optional<soci::statement> insert;
  long long copied = 0;
  for_each_row_values(
      from, table,
      [&](const RowValues& values) {
        if (!insert) {
          // Bound once by reference to `texts`: each row only changes the values.
          texts.resize(columns.size());
          indicators.resize(columns.size());
          std::string names;
          std::string placeholders;
          for (std::size_t i = 0; i < columns.size(); ++i) {
            names += (i ? ", " : "") + columns[i];
            placeholders += fmt::format("{}:v{}", i ? ", " : "", i);
          }
          insert.emplace(to.session().prepare << "INSERT INTO " + table + " (" + names +
                                                     ") VALUES (" + placeholders + ")");
          for (std::size_t i = 0; i < columns.size(); ++i) {
            insert->exchange(soci::use(texts[i], indicators[i]));
          }
          insert->define_and_bind();
        }
        for (std::size_t i = 0; i < values.size(); ++i) {
          texts[i] = values[i].value_or("");
          indicators[i] = values[i] ? soci::i_ok : soci::i_null;
        }
        insert->execute(true);
        ++copied;
      },
      &columns);
  return copied;
}

void move_identity_past_rows(Database& database, const std::string& table) {
  if (database.backend() != Backend::kPostgresql) return;
  database.session() << "SELECT setval(pg_get_serial_sequence('" + table +
                            "', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM " + table;
}

}  // namespace maillage::store
