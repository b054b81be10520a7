#pragma once
#include <ctime>
#include <optional>
#include <span>
#include <string>

#include "export/table.hpp"

namespace maillage::exports {

struct XlsxOptions {
  // Creation date in the document properties; the current time when absent. Fix it to get the
  // same bytes for the same tables (tests, caches, ETags).
  std::optional<std::time_t> created;
};

// The bytes of an .xlsx workbook with one worksheet for the table, named from its title: bold
// filled header row, frozen, with an autofilter; typed cells (numbers, euros `# ##0,00 €`, FTE
// `0,00`, percentages, real dates `31/01/2027`, booleans "oui"/"non"); totals row in bold; notes
// under the table; document title and author "Maillage".
// Throws std::invalid_argument for a malformed table (see check_table), std::runtime_error or
// std::system_error when the workbook cannot be written (temporary directory full…).
std::string write_xlsx(const Table& table, const XlsxOptions& options = {});

// The same with one worksheet per table, in order (names made unique); the document title is the
// first table's. Throws std::invalid_argument when `tables` is empty.
std::string write_xlsx_workbook(std::span<const Table> tables, const XlsxOptions& options = {});

}  // namespace maillage::exports
