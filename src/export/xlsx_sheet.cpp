#include "export/xlsx_sheet.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "export/cell_text.hpp"
#include "export/xlsx_error.hpp"

namespace maillage::exports {

namespace {

constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;
constexpr double kFilterButtonWidth = 3;  // the header's dropdown arrow covers its end

class CellWriter {
 public:
  CellWriter(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, lxw_format* format)
      : sheet_(sheet), row_(row), col_(col), format_(format) {}

  // Empty cells are written only when they carry a visible format (the totals row's border).
  void operator()(std::monostate) const {
    if (format_ != nullptr) check(worksheet_write_blank(sheet_, row_, col_, format_));
  }
  void operator()(const std::string& text) const { write_text(text); }
  void operator()(std::int64_t number) const { write_number(static_cast<double>(number)); }
  // Cents are exact in a double up to 2^53, far beyond any budget: 1234.56 is stored as such.
  void operator()(core::Money money) const { write_number(money.cents() / 100.0); }
  void operator()(core::Fte fte) const { write_number(fte.hundredths() / 100.0); }
  void operator()(core::Percent share) const { write_number(share.basis_points() / 10000.0); }
  void operator()(core::Date date) const {
    // Excel's calendar starts in 1900: an older date (none in the domain) stays readable as text.
    if (date.year() < 1900) return write_text(core::format_date(date));
    lxw_datetime value{date.year(), date.month(), date.day(), 0, 0, 0.0};
    check(worksheet_write_datetime(sheet_, row_, col_, &value, format_));
  }
  void operator()(bool flag) const { write_text(flag ? "oui" : "non"); }

 private:
  void write_text(const std::string& text) const {
    check(worksheet_write_string(sheet_, row_, col_, text.c_str(), format_));
  }
  void write_number(double value) const {
    check(worksheet_write_number(sheet_, row_, col_, value, format_));
  }
  void check(lxw_error error) const { throw_if_failed(error, "write cell"); }

  lxw_worksheet* sheet_;
  lxw_row_t row_;
  lxw_col_t col_;
  lxw_format* format_;
};

// Roughly the characters Excel shows, which is what its column width counts.
double shown_width(const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return 0;
  if (const auto* money = std::get_if<core::Money>(&cell)) {
    return static_cast<double>(core::display_width(core::format_money(*money))) + 3;  // ",00"
  }
  const double width = static_cast<double>(core::display_width(plain_text(cell)));
  return std::holds_alternative<core::Percent>(cell) ? width + 2 : width;  // " %"
}

void write_row(lxw_worksheet* sheet, lxw_row_t row, const Table& table,
               const std::vector<Cell>& cells, bool total, const XlsxStyles& styles) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const ColumnType type = table.columns[i].type;
    lxw_format* format = total ? styles.total(type) : styles.cell(type);
    const bool plain = !total && std::holds_alternative<std::monostate>(cells[i]);
    std::visit(CellWriter(sheet, row, static_cast<lxw_col_t>(i), plain ? nullptr : format),
               cells[i]);
  }
}

void set_widths(lxw_worksheet* sheet, const Table& table) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    double width =
        static_cast<double>(core::display_width(table.columns[i].title)) + kFilterButtonWidth;
    for (const auto& row : table.rows) width = std::max(width, shown_width(row[i]));
    if (!table.totals.empty()) width = std::max(width, shown_width(table.totals[i]));
    const auto col = static_cast<lxw_col_t>(i);
    throw_if_failed(
        worksheet_set_column(sheet, col, col, std::clamp(width + 1, kMinWidth, kMaxWidth), nullptr),
        "set column width");
  }
}

void set_printing(lxw_worksheet* sheet) {
  worksheet_set_landscape(sheet);
  worksheet_fit_to_pages(sheet, 1, 0);
  throw_if_failed(worksheet_repeat_rows(sheet, 0, 0), "repeat header when printed");
}

}  // namespace

void write_sheet(lxw_worksheet* sheet, const Table& table, const XlsxStyles& styles) {
  if (table.columns.empty()) return;
  const auto last_col = static_cast<lxw_col_t>(table.columns.size() - 1);
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    throw_if_failed(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(i),
                                           table.columns[i].title.c_str(), styles.header()),
                    "write header");
  }
  lxw_row_t row = 1;
  for (const auto& cells : table.rows) write_row(sheet, row++, table, cells, false, styles);
  // The filter covers the data only, so sorting never moves the totals row into the data.
  throw_if_failed(worksheet_autofilter(sheet, 0, 0, row - 1, last_col), "autofilter");
  if (!table.totals.empty()) write_row(sheet, row++, table, table.totals, true, styles);
  ++row;  // an empty row between the table and its notes
  for (const auto& note : table.notes) {
    throw_if_failed(worksheet_write_string(sheet, row++, 0, note.c_str(), styles.note()),
                    "write note");
  }
  worksheet_freeze_panes(sheet, 1, 0);
  set_widths(sheet, table);
  set_printing(sheet);
}

}  // namespace maillage::exports
