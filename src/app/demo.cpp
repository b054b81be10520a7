#include "app/demo.hpp"

#include <fmt/core.h>

#include <stdexcept>

#include "app/audit_trail.hpp"
#include "app/boundary_areas.hpp"
#include "app/ctg_import.hpp"
#include "app/ctg_service.hpp"
#include "app/demo_workspaces.hpp"
#include "app/post_import.hpp"
#include "app/structure_import.hpp"
#include "app/territory_import.hpp"
#include "app/text_file.hpp"
#include "app/timestamp.hpp"
#include "store/caf_repository.hpp"
#include "store/ctg_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

std::string read_demo_file(const Paths& paths, const std::string& name) {
  const auto path = paths.demo_dir() / name;
  auto text = read_text_file(path);
  if (!text)
    throw std::runtime_error(
        fmt::format("Fichier de démonstration introuvable : {}", path.string()));
  return *text;
}

// The demo CTGs name their signatories and the themes their action plans cover. Recorded in the
// history like any other change.
void describe_demo_ctgs(store::Database& database, Timestamp now) {
  store::CtgRepository ctgs(database);
  store::TerritoryRepository territories(database);
  store::CafRepository cafs(database);
  store::in_transaction(database, [&] {
    for (auto ctg : ctgs.list_all()) {
      const core::Ctg before = ctg;
      const auto territory = territories.find(ctg.territory_code);
      if (!territory) continue;
      const auto caf = cafs.find(territory->departement);
      ctg.signatories = {caf ? caf->name : "Caf", territory->name};
      ctg.themes = {"petite enfance",
                    "enfance",
                    "jeunesse",
                    "parentalité",
                    "animation de la vie sociale",
                    "accès aux droits et au numérique"};
      ctgs.upsert(ctg);
      const auto after = ctgs.find(ctg.id);
      record_audit(database, command_line_actor(),
                   {"ctg", std::to_string(ctg.id), "update", after->version, ctg_audit_json(before),
                    ctg_audit_json(*after), "Signataires et thématiques de la démonstration"},
                   now);
    }
  });
}

}  // namespace

DemoResult load_demo(store::Database& database, const std::vector<core::Doctrine>& doctrines,
                     const Paths& paths) {
  DemoResult result;
  std::vector<std::string> missing;
  store::TerritoryRepository territories(database);
  for (const auto& departement : kDemoDepartements) {
    if (territories.list_epcis(departement).empty()) missing.push_back(departement);
  }
  if (!missing.empty()) {
    TerritoryImportOptions options{paths.territory_source, missing, {}};
    const auto imported = import_territories(database, doctrines, options);
    if (!imported.errors.empty()) throw std::runtime_error(imported.errors.front());
    result.territories_imported = imported.communes + imported.epcis;
  }
  const auto boundaries = load_boundaries(boundary_folder(paths));
  if (boundaries.size() > 0) result.areas = fill_areas_from_boundaries(database, boundaries);
  const Timestamp now = now_utc();
  const core::Actor loader = command_line_actor();
  result.ctgs = import_ctgs(database, read_demo_file(paths, "conventions.csv"), loader, now);
  if (!result.ctgs.applied) return result;
  describe_demo_ctgs(database, now);
  result.posts = import_posts(database, read_demo_file(paths, "posts.csv"), loader, now);
  if (!result.posts.applied) return result;
  // The demo's family-service structures (regulation indicator 3): a refused file is a bug of
  // the demo itself, said as such.
  const auto structures =
      import_structures(database, read_demo_file(paths, "structures.csv"), loader, now);
  if (!structures.applied) {
    throw std::runtime_error("Fichier de démonstration structures.csv refusé : " +
                             describe(structures.errors.front()));
  }
  load_demo_workspaces(database, paths, now);
  return result;
}

}  // namespace maillage::app
