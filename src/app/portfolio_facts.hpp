#pragma once

#include <vector>

#include "core/caf.hpp"
#include "core/convention.hpp"
#include "core/post.hpp"
#include "core/territory.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Everything the engine reads, as stored.
struct PortfolioFacts {
  std::vector<core::Territory> territories;
  std::vector<core::Ctg> ctgs;
  std::vector<core::Post> posts;
  std::vector<core::Caf> cafs;
};

PortfolioFacts load_facts(store::Database& database);

}  // namespace maillage::app
