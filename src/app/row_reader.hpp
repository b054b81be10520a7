#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/csv_table.hpp"
#include "app/import_report.hpp"
#include "core/date.hpp"
#include "core/fte.hpp"
#include "core/money.hpp"

namespace maillage::app {

// Reads typed cells of an imported CSV by column name, collecting every error with its line and
// column instead of stopping at the first.
class RowReader {
 public:
  RowReader(const CsvTable& table, std::vector<ImportError>& errors);

  // Every expected column present, no unknown one. Order is free.
  bool check_header(const std::vector<std::string>& expected);
  // The row has as many cells as the header.
  bool check_width(const CsvRow& row);

  std::string text(const CsvRow& row, const std::string& column, bool required = true);
  std::optional<core::Fte> fte(const CsvRow& row, const std::string& column);
  std::optional<core::Money> money(const CsvRow& row, const std::string& column);
  // Nothing for an empty optional cell as for an invalid one; the invalid one is recorded.
  std::optional<core::Date> date(const CsvRow& row, const std::string& column, bool required);
  std::optional<bool> yes_no(const CsvRow& row, const std::string& column);
  std::optional<int> integer(const CsvRow& row, const std::string& column, int min, int max);
  // One of `allowed` codes (compared case-insensitively); returns the code in lower case.
  std::optional<std::string> choice(const CsvRow& row, const std::string& column,
                                    const std::vector<std::string>& allowed);

  void error(const CsvRow& row, const std::string& column, std::string message);

 private:
  const std::string& cell(const CsvRow& row, const std::string& column) const;

  const CsvTable& table_;
  std::vector<ImportError>& errors_;
  std::map<std::string, std::size_t> index_;
};

}  // namespace maillage::app
