#pragma once

#include "app/settings.hpp"
#include "app/timestamp.hpp"
#include "store/database.hpp"

namespace maillage::app {

// The demo's CTG workspaces: data/demo/espace/<EPCI code>/N-<kind>.csv fill the workspace of the
// territory's latest CTG, data/demo/espace/caf-<département>/N-<kind>.csv the Caf's own (its
// network meetings), each file through the same import as a user's, in the order of N. A refused
// file is a bug of the demo: it throws, naming the file and its first error.
void load_demo_workspaces(store::Database& database, const Paths& paths, Timestamp now);

}  // namespace maillage::app
