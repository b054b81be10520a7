#include "app/row_reader.hpp"

#include <algorithm>

#include "app/import_messages_fr.hpp"
#include "core/text.hpp"

namespace maillage::app {

namespace msg = import_messages;

RowReader::RowReader(const CsvTable& table, std::vector<ImportError>& errors)
    : table_(table), errors_(errors) {
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    index_.emplace(core::to_lower_ascii(table.header[i]), i);
  }
}

bool RowReader::check_header(const std::vector<std::string>& expected) {
  bool ok = true;
  for (const auto& column : expected) {
    if (!index_.count(column)) {
      errors_.push_back({1, column, msg::missing_column(column)});
      ok = false;
    }
  }
  for (const auto& [column, _] : index_) {
    if (std::find(expected.begin(), expected.end(), column) == expected.end()) {
      errors_.push_back({1, column, msg::unknown_column(column, expected)});
      ok = false;
    }
  }
  return ok;
}

bool RowReader::check_width(const CsvRow& row) {
  if (row.cells.size() == table_.header.size()) return true;
  errors_.push_back({row.line, "", msg::wrong_width(row.cells.size(), table_.header.size())});
  return false;
}

void RowReader::error(const CsvRow& row, const std::string& column, std::string message) {
  errors_.push_back({row.line, column, std::move(message)});
}

const std::string& RowReader::cell(const CsvRow& row, const std::string& column) const {
  return row.cells.at(index_.at(column));
}

std::string RowReader::text(const CsvRow& row, const std::string& column, bool required) {
  const std::string& value = cell(row, column);
  if (required && value.empty()) error(row, column, msg::required(column));
  return value;
}

std::optional<core::Fte> RowReader::fte(const CsvRow& row, const std::string& column) {
  const std::string value = text(row, column);
  if (value.empty()) return std::nullopt;
  const auto parsed = core::parse_fte(value);
  if (!parsed) error(row, column, msg::bad_fte(value));
  return parsed;
}

std::optional<core::Money> RowReader::money(const CsvRow& row, const std::string& column) {
  const std::string value = text(row, column);
  if (value.empty()) return std::nullopt;
  const auto parsed = core::parse_money(value);
  if (!parsed) error(row, column, msg::bad_money(value));
  return parsed;
}

std::optional<core::Date> RowReader::date(const CsvRow& row, const std::string& column,
                                          bool required) {
  const std::string value = text(row, column, required);
  if (value.empty()) return std::nullopt;
  const auto parsed = core::parse_date(value);
  if (!parsed) error(row, column, msg::bad_date(value));
  return parsed;
}

std::optional<bool> RowReader::yes_no(const CsvRow& row, const std::string& column) {
  const std::string value = text(row, column);
  if (value.empty()) return std::nullopt;
  const std::string lower = core::to_lower_ascii(value);
  if (lower == "oui") return true;
  if (lower == "non") return false;
  error(row, column, msg::bad_yes_no(value));
  return std::nullopt;
}

std::optional<int> RowReader::integer(const CsvRow& row, const std::string& column, int min,
                                      int max) {
  const std::string value = text(row, column);
  if (value.empty()) return std::nullopt;
  const bool digits = value.size() <= 6 && std::all_of(value.begin(), value.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; });
  if (digits) {
    const int parsed = std::stoi(value);
    if (parsed >= min && parsed <= max) return parsed;
  }
  error(row, column, msg::bad_integer(value, min, max));
  return std::nullopt;
}

std::optional<std::string> RowReader::choice(const CsvRow& row, const std::string& column,
                                             const std::vector<std::string>& allowed) {
  const std::string value = text(row, column);
  if (value.empty()) return std::nullopt;
  const std::string lower = core::to_lower_ascii(value);
  if (std::find(allowed.begin(), allowed.end(), lower) != allowed.end()) return lower;
  error(row, column, msg::bad_choice(value, allowed));
  return std::nullopt;
}

}  // namespace maillage::app
