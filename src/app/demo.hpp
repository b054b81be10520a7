#pragma once
#include <string>
#include <vector>

#include "app/boundary_areas.hpp"
#include "app/import_report.hpp"
#include "app/settings.hpp"
#include "core/doctrine.hpp"
#include "store/database.hpp"

namespace maillage::app {

struct DemoResult {
  long territories_imported = 0;
  ImportReport ctgs;
  ImportReport posts;
  BoundaryAreaReport areas;  // from data/geo (nothing when the folder is missing)
};

// The demo portfolio: the four Cafs of the source documents (Gard, Charente, Tarn, Allier) on
// their real EPCIs, with CTGs and posts from data/demo/. Imports the territories first if they
// are missing, then their areas from the outlines of data/geo. Refuses (and writes no CTG or
// post) if a demo file is invalid.
DemoResult load_demo(store::Database& database, const std::vector<core::Doctrine>& doctrines,
                     const Paths& paths);

inline const std::vector<std::string> kDemoDepartements{"30", "16", "81", "03"};

}  // namespace maillage::app
