#include "app/demo_workspaces.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "app/audit_trail.hpp"
#include "app/text_file.hpp"
#include "app/workspace_import.hpp"
#include "app/workspace_service.hpp"
#include "core/workspace_kind.hpp"
#include "store/ctg_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> sorted_entries(const fs::path& folder) {
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(folder)) entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());
  return entries;
}

// The workspace a demo folder names: "caf-30", or an EPCI code (its latest CTG).
core::WorkspaceScope scope_of(store::Database& database, const std::string& name) {
  if (name.rfind("caf-", 0) == 0) return {0, name.substr(4)};
  const auto territory = store::TerritoryRepository(database).find(name);
  auto ctgs = store::CtgRepository(database).list_for_territory(name);
  if (!territory || ctgs.empty()) {
    throw std::runtime_error(fmt::format("Démonstration : aucune CTG pour le territoire {}", name));
  }
  const auto latest = std::max_element(
      ctgs.begin(), ctgs.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return {latest->id, territory->departement};
}

}  // namespace

void load_demo_workspaces(store::Database& database, const Paths& paths, Timestamp now) {
  const fs::path root = paths.demo_dir() / "espace";
  if (!fs::is_directory(root)) return;
  for (const auto& folder : sorted_entries(root)) {
    if (!fs::is_directory(folder)) continue;
    const auto scope = scope_of(database, folder.filename().string());
    core::Actor loader = command_line_actor();
    loader.display_name = "Démonstration";
    loader.caf_departement = scope.caf_departement;
    for (const auto& file : sorted_entries(folder)) {
      const std::string stem = file.stem().string();
      const auto dash = stem.find('-');
      const std::string kind = dash == std::string::npos ? stem : stem.substr(dash + 1);
      const auto* spec = core::find_kind(kind);
      if (spec == nullptr) {
        throw std::runtime_error(fmt::format("Démonstration : type de fiche inconnu {}", stem));
      }
      // The demo writes as one of the kind's writers would.
      loader.role = spec->writers.front();
      const auto text = read_text_file(file);
      const auto parsed = parse_csv(text.value_or(""));
      if (parsed.table && !spec->importable) {  // comments: one by one, as the form does
        for (const auto& row : parsed.table->rows) {
          WorkspaceFields fields;
          for (std::size_t i = 0; i < parsed.table->header.size() && i < row.cells.size(); ++i) {
            fields[parsed.table->header[i]] = row.cells[i];
          }
          if (create_record(database, loader, scope, kind, fields, now).status !=
              SaveStatus::kSaved) {
            throw std::runtime_error(fmt::format("Fichier de démonstration {} refusé, ligne {}",
                                                 file.string(), row.line));
          }
        }
        continue;
      }
      const auto result = parsed.table ? import_workspace_file(database, loader, scope, kind,
                                                               *parsed.table, true, now)
                                       : WorkspaceImport{};
      if (!result.report.applied) {
        throw std::runtime_error(fmt::format(
            "Fichier de démonstration {} refusé : {}", file.string(),
            result.report.errors.empty() ? "illisible" : describe(result.report.errors.front())));
      }
    }
  }
}

}  // namespace maillage::app
