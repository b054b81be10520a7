#pragma once
#include <string>

#include "export/table.hpp"

namespace maillage::exports {

enum class CsvHeader {
  kTitles,  // French headings, for people opening the file in a spreadsheet
  kKeys,    // column keys, for a file meant to be imported again
};

// The table as a CSV file that a French Excel or LibreOffice opens without an import dialog:
// UTF-8 with BOM, `;` separator, CRLF line ends, RFC 4180 quoting, numbers with a decimal comma
// and no unit so that they stay numbers ("1234,56", "0,75", "12,5"), dates "31/01/2027", booleans
// "oui"/"non". The totals row, if any, comes last; notes are not written (they would break the
// columns). Text cells that a spreadsheet would run as a formula get a leading apostrophe.
// Throws std::invalid_argument for a malformed table (see check_table).
std::string write_csv(const Table& table, CsvHeader header = CsvHeader::kTitles);

}  // namespace maillage::exports
