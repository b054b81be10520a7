#include "export/csv_writer.hpp"

#include <string_view>

#include "export/cell_text.hpp"

namespace maillage::exports {

namespace {

// Excel needs the BOM to read UTF-8 (without it, "Nîmes" turns into "NÃ®mes"). It also keeps
// Excel from taking a file that starts with "ID" for a SYLK file.
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr char kSeparator = ';';
constexpr std::string_view kLineEnd = "\r\n";

// OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula. Only
// text cells are guarded; numbers are written by us and never start with them, except a minus sign
// that must stay a number.
bool looks_like_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

void append_field(std::string& out, std::string_view text) {
  if (text.find_first_of(";\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_text(std::string& out, std::string_view text) {
  if (looks_like_formula(text)) {
    append_field(out, "'" + std::string(text));
  } else {
    append_field(out, text);
  }
}

void append_cell(std::string& out, const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    append_text(out, *text);
  } else {
    append_field(out, plain_text(cell));
  }
}

void append_row(std::string& out, const std::vector<Cell>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += kSeparator;
    append_cell(out, row[i]);
  }
  out += kLineEnd;
}

}  // namespace

std::string write_csv(const Table& table, CsvHeader header) {
  check_table(table);
  std::string out(kBom);
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) out += kSeparator;
    const Column& column = table.columns[i];
    append_text(out, header == CsvHeader::kKeys ? column.key : column.title);
  }
  out += kLineEnd;
  for (const auto& row : table.rows) append_row(out, row);
  if (!table.totals.empty()) append_row(out, table.totals);
  return out;
}

}  // namespace maillage::exports
