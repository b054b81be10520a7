#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/import_report.hpp"
#include "core/convention.hpp"
#include "store/database.hpp"

namespace maillage::app {

const std::vector<std::string>& ctg_columns();

struct CtgFile {
  std::vector<core::Ctg> ctgs;
  std::vector<ImportError> errors;
};

// Reads and checks a conventions CSV against the CTGs already stored, writing nothing.
CtgFile read_ctg_file(store::Database& database, std::string_view csv_text);

// All-or-nothing: every CTG of the file is written in one transaction, or none.
ImportReport import_ctgs(store::Database& database, std::string_view csv_text);

}  // namespace maillage::app
