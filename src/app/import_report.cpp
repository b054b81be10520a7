#include "app/import_report.hpp"

#include <fmt/core.h>

namespace maillage::app {

std::string describe(const ImportError& error) {
  if (error.line == 0) return error.message;
  if (error.column.empty()) return fmt::format("ligne {} : {}", error.line, error.message);
  return fmt::format("ligne {}, colonne « {} » : {}", error.line, error.column, error.message);
}

}  // namespace maillage::app
