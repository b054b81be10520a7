#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/convention.hpp"
#include "core/post.hpp"
#include "core/territory.hpp"

namespace maillage::core {

// The facts the engine reads, indexed once: territories by code, CTGs by territory.
// Holds pointers into vectors the caller keeps alive.
class PortfolioIndex {
 public:
  PortfolioIndex(const std::vector<Territory>& territories, const std::vector<Ctg>& ctgs);

  const Territory* territory(const std::string& code) const;
  // CTGs of a territory, oldest first; for a commune without its own, those of its EPCI.
  const std::vector<const Ctg*>& ctgs_covering(const std::string& territory_code) const;
  const std::vector<const Ctg*>& ctgs_covering(const Territory& territory) const;

 private:
  // Keys view the codes inside the caller's vectors: no copies.
  std::unordered_map<std::string_view, const Territory*> territories_;
  std::unordered_map<std::string_view, std::vector<const Ctg*>> ctgs_by_territory_;
};

// The CTG in force on `date` among `ctgs`, or nullptr.
const Ctg* ctg_in_force(const std::vector<const Ctg*>& ctgs, Date date);

}  // namespace maillage::core
