#include "export/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "export/scoped_c_numeric_locale.hpp"
#include "export/sheet_name.hpp"
#include "export/temporary_file.hpp"
#include "export/xlsx_error.hpp"
#include "export/xlsx_sheet.hpp"
#include "export/xlsx_styles.hpp"

namespace maillage::exports {

namespace {

// Frees a workbook that was never closed, on the paths where writing a sheet threw.
struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

// libxlsxwriter 1.1.4 writes the document dates with gmtime(), whose result is shared by the
// whole process: web requests exporting at the same time would mix their dates.
std::mutex close_mutex;

void set_properties(lxw_workbook* workbook, const Table& first, const XlsxOptions& options) {
  // libxlsxwriter takes non-const strings but copies them.
  std::string title = first.title;
  std::string author = "Maillage";
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.author = author.data();
  properties.created = options.created.value_or(0);  // 0: libxlsxwriter uses the current time
  throw_if_failed(workbook_set_properties(workbook, &properties), "set document properties");
}

void add_sheets(lxw_workbook* workbook, std::span<const Table> tables) {
  const XlsxStyles styles(workbook);
  std::vector<std::string> names;
  for (const Table& table : tables) {
    names.push_back(sheet_name(table.title, names));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, names.back().c_str());
    if (sheet == nullptr) throw std::runtime_error("XLSX: cannot add sheet " + names.back());
    write_sheet(sheet, table, styles);
  }
}

}  // namespace

std::string write_xlsx(const Table& table, const XlsxOptions& options) {
  return write_xlsx_workbook(std::span<const Table>(&table, 1), options);
}

std::string write_xlsx_workbook(std::span<const Table> tables, const XlsxOptions& options) {
  if (tables.empty()) throw std::invalid_argument("XLSX: a workbook needs at least one table");
  for (const Table& table : tables) check_table(table);
  const ScopedCNumericLocale c_numbers;

  const TemporaryFile file("maillage-export-");
  WorkbookPtr workbook(workbook_new(file.path().c_str()));
  if (!workbook) throw std::runtime_error("XLSX: cannot create workbook");
  set_properties(workbook.get(), tables.front(), options);
  add_sheets(workbook.get(), tables);
  {
    const std::lock_guard lock(close_mutex);
    // workbook_close writes the file and frees the workbook, whether it succeeds or not.
    throw_if_failed(workbook_close(workbook.release()), "write workbook");
  }
  return file.read();
}

}  // namespace maillage::exports
