#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace maillage::cli {

// A plain-text table for the terminal: columns padded to their widest cell (counted in
// characters, not bytes, so accents and no-break spaces align).
class TextTable {
 public:
  enum class Align { kLeft, kRight };
  void add_column(std::string title, Align align);
  void add_row(std::vector<std::string> cells);
  // A line printed under the last row, indented, not aligned to the columns.
  void add_note(std::string text);
  void print(std::ostream& out) const;

 private:
  struct Line {
    std::vector<std::string> cells;
    std::vector<std::string> notes;
  };
  std::vector<std::string> titles_;
  std::vector<Align> aligns_;
  std::vector<Line> lines_;
};

}  // namespace maillage::cli
