#include "core/portfolio.hpp"

#include <algorithm>

namespace maillage::core {

PortfolioIndex::PortfolioIndex(const std::vector<Territory>& territories,
                               const std::vector<Ctg>& ctgs) {
  territories_.reserve(territories.size());
  for (const auto& territory : territories) territories_.emplace(territory.code, &territory);
  for (const auto& ctg : ctgs) ctgs_by_territory_[ctg.territory_code].push_back(&ctg);
  for (auto& [code, list] : ctgs_by_territory_) {
    std::sort(list.begin(), list.end(),
              [](const Ctg* left, const Ctg* right) { return left->start < right->start; });
  }
}

const Territory* PortfolioIndex::territory(const std::string& code) const {
  const auto it = territories_.find(code);
  return it == territories_.end() ? nullptr : it->second;
}

const std::vector<const Ctg*>& PortfolioIndex::ctgs_covering(
    const std::string& territory_code) const {
  static const std::vector<const Ctg*> kNone;
  const Territory* territory = this->territory(territory_code);
  return territory == nullptr ? kNone : ctgs_covering(*territory);
}

const std::vector<const Ctg*>& PortfolioIndex::ctgs_covering(const Territory& territory) const {
  static const std::vector<const Ctg*> kNone;
  if (const auto it = ctgs_by_territory_.find(territory.code); it != ctgs_by_territory_.end()) {
    return it->second;
  }
  if (territory.epci_code) {
    if (const auto it = ctgs_by_territory_.find(*territory.epci_code);
        it != ctgs_by_territory_.end()) {
      return it->second;
    }
  }
  return kNone;
}

const Ctg* ctg_in_force(const std::vector<const Ctg*>& ctgs, Date date) {
  for (const Ctg* ctg : ctgs) {
    if (ctg->in_force_on(date)) return ctg;
  }
  return nullptr;
}

}  // namespace maillage::core
