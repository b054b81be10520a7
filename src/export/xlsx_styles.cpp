#include "export/xlsx_styles.hpp"

namespace maillage::exports {

namespace {

constexpr lxw_color_t kHeaderFill = 0xDDEBF7;  // light blue, readable when printed in grey

// Number format codes are stored in the file in their US form; Excel and LibreOffice show them
// with the reader's separators ("12 000,50 €" in France).
const char* number_format(ColumnType type) {
  switch (type) {
    case ColumnType::kMoneyCents:
      return "#,##0.00 \"€\"";
    case ColumnType::kFteHundredths:
      return "0.00";
    case ColumnType::kPercentBasisPoints:
      // Basis points have two decimals of percent: 12,5 % and 33,33 % both show exactly.
      return "0.0#%";
    case ColumnType::kDate:
      return "dd/mm/yyyy";
    case ColumnType::kText:
    case ColumnType::kInteger:
    case ColumnType::kBoolean:
      break;
  }
  return nullptr;
}

lxw_format* make_format(lxw_workbook* workbook, ColumnType type, bool total) {
  lxw_format* format = workbook_add_format(workbook);
  if (const char* code = number_format(type)) format_set_num_format(format, code);
  if (total) {
    format_set_bold(format);
    format_set_top(format, LXW_BORDER_THIN);
  }
  return format;
}

}  // namespace

XlsxStyles::XlsxStyles(lxw_workbook* workbook) {
  header_ = workbook_add_format(workbook);
  format_set_bold(header_);
  format_set_pattern(header_, LXW_PATTERN_SOLID);
  format_set_bg_color(header_, kHeaderFill);
  format_set_bottom(header_, LXW_BORDER_THIN);
  for (std::size_t i = 0; i < kTypeCount; ++i) {
    cells_[i] = make_format(workbook, static_cast<ColumnType>(i), false);
    totals_[i] = make_format(workbook, static_cast<ColumnType>(i), true);
  }
  note_ = workbook_add_format(workbook);
  format_set_italic(note_);
}

}  // namespace maillage::exports
