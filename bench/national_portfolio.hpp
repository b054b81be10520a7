#pragma once
#include <memory>
#include <vector>

#include "core/convention.hpp"
#include "core/doctrine.hpp"
#include "core/post.hpp"
#include "core/territory.hpp"
#include "store/database.hpp"

namespace maillage::bench {

// All of France's territories (imported from the etalab package into a database), one CTG per
// EPCI, and `post_count` posts spread over the EPCIs with every function, status and flag.
struct NationalPortfolio {
  std::vector<core::Territory> territories;
  std::vector<core::Ctg> ctgs;
  std::vector<core::Post> posts;
  std::vector<core::Doctrine> doctrines;
};

const NationalPortfolio& national_portfolio(int post_count = 6000);

}  // namespace maillage::bench
