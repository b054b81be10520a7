#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/caf.hpp"
#include "core/convention.hpp"
#include "core/post.hpp"
#include "core/structure.hpp"
#include "core/territory.hpp"
#include "core/territory_profile.hpp"
#include "core/workspace_record.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Everything the engine reads, as stored.
struct PortfolioFacts {
  std::vector<core::Territory> territories;
  std::vector<core::Ctg> ctgs;
  std::vector<core::Post> posts;
  std::vector<core::Caf> cafs;
  std::vector<core::Structure> structures;       // open and closed, for any date
  std::vector<core::TerritoryProfile> profiles;  // only territories that have one
  // Each Caf's departmental network meetings (workspace kind "reunion_reseau"), by département.
  std::map<std::string, std::vector<core::WorkspaceRecord>> network_meetings;
};

PortfolioFacts load_facts(store::Database& database);

}  // namespace maillage::app
