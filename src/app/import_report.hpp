#pragma once
#include <string>
#include <vector>

namespace maillage::app {

// One problem of an imported file, located by line and column.
struct ImportError {
  int line = 0;        // 0: the file as a whole
  std::string column;  // empty: the line as a whole
  std::string message;
};

// "ligne 3, colonne « etp_mission » : …"
std::string describe(const ImportError& error);

// What an import did. A file with any error is refused whole: nothing is written.
struct ImportReport {
  bool applied = false;
  int rows = 0;
  int created = 0;
  int updated = 0;
  std::vector<ImportError> errors;
};

}  // namespace maillage::app
