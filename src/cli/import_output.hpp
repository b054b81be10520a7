#pragma once
#include <iosfwd>
#include <string>

#include "app/import_report.hpp"

namespace maillage::cli {

// Prints an import's outcome in French; returns the exit code (0 applied, 1 refused).
int print_import_report(std::ostream& out, std::ostream& err, const std::string& what,
                        const std::string& file, const app::ImportReport& report);

}  // namespace maillage::cli
