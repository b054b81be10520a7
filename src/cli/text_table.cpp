#include "cli/text_table.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace maillage::cli {

void TextTable::add_column(std::string title, Align align) {
  titles_.push_back(std::move(title));
  aligns_.push_back(align);
}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(titles_.size());
  lines_.push_back({std::move(cells), {}});
}

void TextTable::add_note(std::string text) {
  if (!lines_.empty()) lines_.back().notes.push_back(std::move(text));
}

void TextTable::print(std::ostream& out) const {
  std::vector<std::size_t> widths;
  for (const auto& title : titles_) widths.push_back(core::display_width(title));
  for (const auto& line : lines_) {
    for (std::size_t i = 0; i < line.cells.size(); ++i) {
      widths[i] = std::max(widths[i], core::display_width(line.cells[i]));
    }
  }
  const auto print_cells = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string padding(widths[i] - core::display_width(cells[i]), ' ');
      if (i > 0) out << "  ";
      if (aligns_[i] == Align::kRight)
        out << padding << cells[i];
      else if (i + 1 < cells.size())
        out << cells[i] << padding;
      else
        out << cells[i];
    }
    out << '\n';
  };
  print_cells(titles_);
  std::size_t total = 0;
  for (const auto width : widths) total += width + 2;
  std::string rule;
  for (std::size_t i = 0; i + 2 < total; ++i) rule += "─";
  out << rule << '\n';
  for (const auto& line : lines_) {
    print_cells(line.cells);
    for (const auto& note : line.notes) out << "    " << note << '\n';
  }
}

}  // namespace maillage::cli
