#pragma once
#include <xlsxwriter.h>

#include "export/table.hpp"
#include "export/xlsx_styles.hpp"

namespace maillage::exports {

// Writes a checked table into an empty worksheet: bold filled header row, frozen, with an
// autofilter over the data rows; typed cells; the totals row in bold; the notes after an empty
// row; column widths from the content; printing in landscape, one page wide, header repeated.
// Throws std::runtime_error when libxlsxwriter refuses a value.
void write_sheet(lxw_worksheet* sheet, const Table& table, const XlsxStyles& styles);

}  // namespace maillage::exports
