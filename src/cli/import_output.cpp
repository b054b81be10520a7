#include "cli/import_output.hpp"

#include <fmt/ostream.h>

#include <ostream>

namespace maillage::cli {

int print_import_report(std::ostream& out, std::ostream& err, const std::string& what,
                        const std::string& file, const app::ImportReport& report) {
  if (!report.applied) {
    fmt::print(err, "Fichier {} refusé : {} erreur{}. Rien n'a été enregistré.\n", file,
               report.errors.size(), report.errors.size() > 1 ? "s" : "");
    for (const auto& error : report.errors) fmt::print(err, "  - {}\n", app::describe(error));
    return 1;
  }
  fmt::print(out, "{} : {} ligne{} importée{} ({} créée{}, {} mise{} à jour).\n", what, report.rows,
             report.rows > 1 ? "s" : "", report.rows > 1 ? "s" : "", report.created,
             report.created > 1 ? "s" : "", report.updated, report.updated > 1 ? "s" : "");
  return 0;
}

}  // namespace maillage::cli
