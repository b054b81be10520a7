#include "app/xlsx_table.hpp"

#include <Poco/SAX/DefaultHandler.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "app/xlsx_cell_format.hpp"
#include "app/xlsx_workbook.hpp"
#include "core/date.hpp"
#include "core/text.hpp"

namespace maillage::app {

namespace {

namespace messages {
constexpr std::string_view kUnreadable = "Le fichier n'est pas un classeur Excel (.xlsx) lisible.";
constexpr std::string_view kNoWorksheet = "Le classeur ne contient aucune feuille de calcul.";
constexpr std::string_view kMalformed =
    "Le classeur est endommagé : son contenu est illisible. Enregistrez-le de nouveau depuis "
    "Excel ou LibreOffice.";
constexpr std::string_view kTooLarge = "Le classeur est trop volumineux pour être importé.";
constexpr std::string_view kEmpty = "La première feuille du classeur est vide.";

std::string_view of(XlsxProblem problem) {
  switch (problem) {
    case XlsxProblem::kNoWorksheet:
      return kNoWorksheet;
    case XlsxProblem::kMalformed:
      return kMalformed;
    case XlsxProblem::kTooLarge:
      return kTooLarge;
    case XlsxProblem::kUnreadable:
      break;
  }
  return kUnreadable;
}
}  // namespace messages

// One cell in column XFD on every row would pad a million rows to 16 384 cells.
constexpr std::size_t kMaxCells = 4'000'000;
constexpr int kMaxColumns = 16384;  // column XFD
constexpr long kMaxRows = 1048576;

constexpr std::string_view kZipMagic = "PK\x03\x04";

using Poco::XML::Attributes;
using Poco::XML::XMLString;

struct RawCell {
  int column = 0;  // 1 for A
  std::string type;
  long style = 0;
  std::string value;        // <v>
  std::string inline_text;  // <is>
};

std::optional<double> to_number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// The text the user sees in the cell; nullopt for a shared string index out of range.
std::optional<std::string> cell_text(const RawCell& cell, const XlsxWorkbook& workbook) {
  const std::string_view value = core::trim(cell.value);
  if (cell.type == "s") {
    const auto index = to_xlsx_integer(value);
    if (!index || *index < 0 ||
        static_cast<std::size_t>(*index) >= workbook.shared_strings.size()) {
      return std::nullopt;
    }
    return workbook.shared_strings[static_cast<std::size_t>(*index)];
  }
  if (cell.type == "inlineStr") return cell.inline_text;
  if (cell.type == "str" || cell.type == "e") return decode_xlsx_escapes(cell.value);
  if (cell.type == "b") return value == "1" ? "oui" : value == "0" ? "non" : std::string(value);
  if (cell.type == "d") {  // ISO 8601, written by LibreOffice and strict OOXML
    if (const auto date = core::parse_date(value.substr(0, 10))) return core::format_date(*date);
    return std::string(value);
  }
  const auto number = to_number(value);
  if (!number) return std::string(value);
  const auto style = static_cast<std::size_t>(cell.style);
  const auto kind =
      style < workbook.style_kinds.size() ? workbook.style_kinds[style] : XlsxNumberKind::kNumber;
  // A percentage in percent units, as the CSV export writes it: "12,5" for 12,5 %.
  if (kind == XlsxNumberKind::kPercent) return format_xlsx_number(*number * 100);
  std::optional<std::string> shown;
  if (kind == XlsxNumberKind::kDate) shown = format_xlsx_date(*number, workbook.date1904);
  if (kind == XlsxNumberKind::kTime || kind == XlsxNumberKind::kDuration) {
    shown = format_xlsx_time(*number, kind == XlsxNumberKind::kDuration);
  }
  return shown ? *shown : format_xlsx_number(*number);
}

struct SheetRow {
  int line = 0;
  std::vector<std::string> cells;  // trimmed, up to the last non-empty one or the header's width
};

// Collects the non-blank rows of <sheetData>. Problems are recorded, not thrown: an exception
// would have to unwind through expat's C frames.
class SheetHandler : public Poco::XML::DefaultHandler {
 public:
  explicit SheetHandler(const XlsxWorkbook& workbook) : workbook_(workbook) {}

  std::vector<SheetRow> rows;
  std::optional<XlsxProblem> problem;

  void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                    const Attributes& attributes) override {
    if (problem) return;
    const auto name = xml_local_name(local, qname);
    if (name == "row") {
      start_row(xml_attribute(attributes, "r"));
    } else if (name == "c") {
      start_cell(xml_attribute(attributes, "r"), xml_attribute(attributes, "t"),
                 xml_attribute(attributes, "s"));
    } else if (name == "v" && in_cell_) {
      in_value_ = true;
    } else if (name == "is" && in_cell_) {
      in_inline_ = true;
    } else if (in_inline_) {
      inline_text_.start(name);
    }
  }

  void endElement(const XMLString&, const XMLString& local, const XMLString& qname) override {
    if (problem) return;
    const auto name = xml_local_name(local, qname);
    if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
      cell_.inline_text = inline_text_.take();
    } else if (in_inline_) {
      inline_text_.end(name);
    } else if (name == "c" && in_cell_) {
      end_cell();
    } else if (name == "row") {
      end_row();
    }
  }

  void characters(const Poco::XML::XMLChar text[], int start, int length) override {
    if (problem) return;
    if (in_value_) cell_.value.append(text + start, static_cast<std::size_t>(length));
    if (in_inline_) inline_text_.characters(text + start, length);
  }

 private:
  void start_row(const std::string& reference) {
    // A row without "r" follows the previous one.
    const auto number =
        reference.empty() ? std::optional<long>(row_number_ + 1) : to_xlsx_integer(reference);
    if (!number || *number < 1 || *number > kMaxRows) {
      problem = XlsxProblem::kMalformed;
      return;
    }
    row_number_ = static_cast<int>(*number);
    column_ = 0;
    cells_.clear();
  }

  void start_cell(const std::string& reference, std::string type, const std::string& style) {
    // "C5": the letters give the column; a cell without "r" follows the previous one.
    int column = 0;
    for (const char c : reference) {
      if (!std::isalpha(static_cast<unsigned char>(c)) || column > kMaxColumns) break;
      column = column * 26 + (std::toupper(static_cast<unsigned char>(c)) - 'A' + 1);
    }
    if (reference.empty()) column = column_ + 1;
    const auto style_index = style.empty() ? std::optional<long>(0) : to_xlsx_integer(style);
    if (column < 1 || column > kMaxColumns || !style_index || *style_index < 0) {
      problem = XlsxProblem::kMalformed;
      return;
    }
    column_ = column;
    cell_ = RawCell{column, std::move(type), *style_index, "", ""};
    in_cell_ = true;
  }

  void end_cell() {
    in_cell_ = false;
    const auto text = cell_text(cell_, workbook_);
    if (!text) {
      problem = XlsxProblem::kMalformed;
      return;
    }
    const std::string_view trimmed = core::trim(*text);
    if (trimmed.empty()) return;
    const auto index = static_cast<std::size_t>(cell_.column - 1);
    if (cells_.size() <= index) cells_.resize(index + 1);
    cells_[index] = std::string(trimmed);
  }

  void end_row() {
    if (cells_.empty()) return;  // blank rows are skipped, as in CSV
    const std::size_t width =
        rows.empty() ? cells_.size() : std::max(cells_.size(), rows.front().cells.size());
    total_cells_ += width;
    if (total_cells_ > kMaxCells) {
      problem = XlsxProblem::kTooLarge;
      return;
    }
    cells_.resize(width);
    rows.push_back({row_number_, std::move(cells_)});
    cells_.clear();
  }

  const XlsxWorkbook& workbook_;
  int row_number_ = 0;
  int column_ = 0;
  std::vector<std::string> cells_;
  RawCell cell_;
  bool in_cell_ = false;
  bool in_value_ = false;
  bool in_inline_ = false;
  XlsxItemText inline_text_;
  std::size_t total_cells_ = 0;
};

CsvParseResult failure(std::string_view message) {
  return {std::nullopt, CsvError{0, std::string(message)}};
}

}  // namespace

CsvParseResult parse_xlsx(std::string_view bytes) {
  if (!looks_like_xlsx(bytes)) return failure(messages::kUnreadable);
  try {
    const XlsxWorkbook workbook = read_xlsx_workbook(bytes);
    SheetHandler sheet(workbook);
    parse_xlsx_part(workbook.sheet_xml, sheet);
    if (sheet.problem) return failure(messages::of(*sheet.problem));
    if (sheet.rows.empty()) return failure(messages::kEmpty);

    CsvTable table;
    table.header = std::move(sheet.rows.front().cells);
    for (std::size_t i = 1; i < sheet.rows.size(); ++i) {
      table.rows.push_back({sheet.rows[i].line, std::move(sheet.rows[i].cells)});
    }
    return {std::move(table), std::nullopt};
  } catch (const XlsxFailure& caught) {
    return failure(messages::of(caught.problem));
  } catch (const std::exception&) {  // Poco's exceptions, or memory exhausted
    return failure(messages::kUnreadable);
  }
}

bool looks_like_xlsx(std::string_view bytes) {
  return bytes.starts_with(kZipMagic);
}

}  // namespace maillage::app
