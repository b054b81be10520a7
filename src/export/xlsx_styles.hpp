#pragma once
#include <xlsxwriter.h>

#include <array>

#include "export/table.hpp"

namespace maillage::exports {

// The cell formats of an exported workbook, created once per workbook (libxlsxwriter owns them).
class XlsxStyles {
 public:
  explicit XlsxStyles(lxw_workbook* workbook);

  lxw_format* header() const { return header_; }
  lxw_format* cell(ColumnType type) const { return cells_[index(type)]; }
  lxw_format* total(ColumnType type) const { return totals_[index(type)]; }
  lxw_format* note() const { return note_; }

 private:
  static constexpr std::size_t kTypeCount = 7;
  static_assert(static_cast<std::size_t>(ColumnType::kBoolean) + 1 == kTypeCount,
                "one format per column type: update kTypeCount");
  static std::size_t index(ColumnType type) { return static_cast<std::size_t>(type); }

  lxw_format* header_ = nullptr;
  std::array<lxw_format*, kTypeCount> cells_{};
  std::array<lxw_format*, kTypeCount> totals_{};
  lxw_format* note_ = nullptr;
};

}  // namespace maillage::exports
