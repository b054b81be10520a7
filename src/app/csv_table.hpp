#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::app {

// A CSV file as read: header and rows, each row with the line it started on (1-based, the header
// being line 1), so that every error can name its line.
struct CsvRow {
  int line = 0;
  std::vector<std::string> cells;
};

struct CsvTable {
  char separator = ';';
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
};

struct CsvError {
  int line = 0;
  std::string message;
};

// Reads UTF-8 text with or without BOM, `;` or `,` separators (guessed from the header line),
// quoted cells with "" escapes and line breaks, CRLF or LF. Blank lines are skipped.
// Returns the table, or the first structural error (unterminated quote, invalid UTF-8).
struct CsvParseResult {
  std::optional<CsvTable> table;
  std::optional<CsvError> error;
};
CsvParseResult parse_csv(std::string_view text);

}  // namespace maillage::app
