#include "export/table.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace maillage::exports {

namespace {

void check_row(const Table& table, const std::vector<Cell>& row, std::string_view row_name) {
  if (row.size() != table.columns.size()) {
    throw std::invalid_argument(fmt::format("table \"{}\", {}: {} cells for {} columns",
                                            table.title, row_name, row.size(),
                                            table.columns.size()));
  }
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (!cell_fits(table.columns[i].type, row[i])) {
      throw std::invalid_argument(
          fmt::format("table \"{}\", {}: cell of column \"{}\" has the "
                      "wrong type",
                      table.title, row_name, table.columns[i].key));
    }
  }
}

}  // namespace

bool cell_fits(ColumnType type, const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return true;
  switch (type) {
    case ColumnType::kText:
      return std::holds_alternative<std::string>(cell);
    case ColumnType::kInteger:
      return std::holds_alternative<std::int64_t>(cell);
    case ColumnType::kMoneyCents:
      return std::holds_alternative<core::Money>(cell);
    case ColumnType::kFteHundredths:
      return std::holds_alternative<core::Fte>(cell);
    case ColumnType::kPercentBasisPoints:
      return std::holds_alternative<core::Percent>(cell);
    case ColumnType::kDate:
      return std::holds_alternative<core::Date>(cell);
    case ColumnType::kBoolean:
      return std::holds_alternative<bool>(cell);
  }
  return false;
}

void check_table(const Table& table) {
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    check_row(table, table.rows[r], fmt::format("row {}", r + 1));
  }
  if (!table.totals.empty()) check_row(table, table.totals, "totals");
}

}  // namespace maillage::exports
