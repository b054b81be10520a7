#include "app/csv_table.hpp"

#include "core/text.hpp"

namespace maillage::app {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Counts separators outside quotes on the first line to choose between ';' and ','.
char guess_separator(std::string_view text) {
  int semicolons = 0;
  int commas = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
  }
  return commas > semicolons ? ',' : ';';
}

bool valid_utf8(std::string_view text, int& bad_line) {
  int line = 1;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') ++line;
    std::size_t length = c < 0x80           ? 1
                         : (c >> 5) == 0x6  ? 2
                         : (c >> 4) == 0xE  ? 3
                         : (c >> 3) == 0x1E ? 4
                                            : 0;
    if (length == 0 || i + length > text.size()) {
      bad_line = line;
      return false;
    }
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
        bad_line = line;
        return false;
      }
    }
    i += length;
  }
  return true;
}

bool blank(const std::vector<std::string>& cells) {
  for (const auto& cell : cells) {
    if (!core::trim(cell).empty()) return false;
  }
  return true;
}

}  // namespace

CsvParseResult parse_csv(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  int bad_line = 0;
  if (!valid_utf8(text, bad_line)) {
    return {std::nullopt,
            CsvError{bad_line, "le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)"}};
  }
  CsvTable table;
  table.separator = guess_separator(text);

  std::vector<std::vector<std::string>> records;
  std::vector<int> record_lines;
  std::vector<std::string> cells;
  std::string cell;
  bool quoted = false;
  bool cell_started = false;
  int line = 1;
  int record_line = 1;
  const auto end_record = [&] {
    cells.push_back(std::move(cell));
    cell.clear();
    if (!blank(cells)) {
      records.push_back(std::move(cells));
      record_lines.push_back(record_line);
    }
    cells.clear();
    cell_started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell.push_back(c);
      }
      continue;
    }
    if (c == '"' && !cell_started) {
      quoted = true;
      cell_started = true;
    } else if (c == table.separator) {
      cells.push_back(std::move(cell));
      cell.clear();
      cell_started = false;
    } else if (c == '\n') {
      end_record();
      ++line;
      record_line = line;
    } else if (c == '\r') {
      // CRLF: the \n ends the record.
    } else {
      cell.push_back(c);
      cell_started = true;
    }
  }
  if (quoted) {
    return {std::nullopt,
            CsvError{record_line, "un guillemet ouvert n'est jamais refermé dans cette ligne"}};
  }
  if (cell_started || !cells.empty()) end_record();
  if (records.empty()) return {std::nullopt, CsvError{1, "le fichier est vide"}};

  for (const auto& name : records.front()) table.header.emplace_back(core::trim(name));
  for (std::size_t r = 1; r < records.size(); ++r) {
    CsvRow row{record_lines[r], {}};
    for (const auto& value : records[r]) row.cells.emplace_back(core::trim(value));
    table.rows.push_back(std::move(row));
  }
  return {std::move(table), std::nullopt};
}

}  // namespace maillage::app
