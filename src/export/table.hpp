#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/fte.hpp"
#include "core/money.hpp"

// `export` is a C++ keyword, hence `exports` for the namespace of src/export.
namespace maillage::exports {

// What a column holds. Each type has exactly one Cell alternative (see cell_fits), so a writer can
// give the whole column one number format and a reader one parser.
enum class ColumnType {
  kText,
  kInteger,
  kMoneyCents,
  kFteHundredths,
  kPercentBasisPoints,
  kDate,
  kBoolean
};

struct Column {
  std::string key;    // machine name, for a CSV meant to be imported again: "cout_annuel"
  std::string title;  // French heading. CSV numbers carry no unit: say "(€)", "(%)" in it.
  ColumnType type = ColumnType::kText;
};

// An empty cell (std::monostate) is allowed in every column.
using Cell = std::variant<std::monostate, std::string, std::int64_t, core::Money, core::Fte,
                          core::Percent, core::Date, bool>;

// A neutral, typed table that every export format (CSV, XLSX) writes the same way.
struct Table {
  std::string title;  // XLSX sheet name and document title
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each row has one cell per column
  std::vector<Cell> totals;             // optional totals row, written last; empty = none
  std::vector<std::string> notes;  // lines under the table in XLSX: source, date of computation
};

// Whether `cell` is a value of a column of type `type` (or empty).
bool cell_fits(ColumnType type, const Cell& cell);

// Throws std::invalid_argument, naming the row and column, when a row or the totals row does not
// have one fitting cell per column. A malformed table is a programming error: writing it anyway
// would shift the columns of a file that someone will trust.
void check_table(const Table& table);

}  // namespace maillage::exports
