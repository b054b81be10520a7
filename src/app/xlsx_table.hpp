#pragma once
#include <string_view>

#include "app/csv_table.hpp"

namespace maillage::app {

// Reads the first worksheet of an Excel workbook (.xlsx bytes) into the same table as a CSV file,
// so that a table exported by Maillage, edited in Excel or LibreOffice, can be imported again.
// The header is the first non-empty row, the rows the following non-empty ones; each row's `line`
// is its row number in the spreadsheet, as the user sees it. Cells are the texts the user sees:
// numbers with a decimal comma and no exponent ("1234567,25"), percentages in percent units as the
// CSV export writes them ("12,5" for 12,5 %), dates as "31/01/2027", times as "14:30", booleans as
// "oui"/"non"; cells are trimmed, as in parse_csv. Rows are padded with empty cells to the
// header's width (wider when they hold more). Never throws: a file that is not a readable workbook
// gives an error on line 0. The separator is left at ';'.
CsvParseResult parse_xlsx(std::string_view bytes);

// Whether the bytes start like a zip archive (an .xlsx file is one), to tell an uploaded workbook
// from a CSV file without trusting its name.
bool looks_like_xlsx(std::string_view bytes);

}  // namespace maillage::app
