#include "app/portfolio_snapshot.hpp"

#include "store/generation_repository.hpp"

namespace maillage::app {

namespace {

constexpr std::size_t kDatesKept = 8;

template <typename Map, typename Key>
auto find_or_null(const Map& map, const Key& key) -> typename Map::mapped_type {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : it->second;
}

}  // namespace

PortfolioSnapshot::PortfolioSnapshot(PortfolioFacts facts,
                                     const std::vector<core::Doctrine>& doctrines, core::Date date,
                                     std::int64_t generation)
    : generation_(generation),
      date_(date),
      facts_(std::move(facts)),
      index_(facts_.territories, facts_.ctgs),
      report_(evaluate_funding(facts_, index_, doctrines, date, std::nullopt)) {
  for (const auto& post : facts_.posts) {
    posts_by_id_.emplace(post.id, &post);
    const core::Territory* territory = index_.territory(post.territory_code);
    if (territory == nullptr) continue;
    posts_by_epci_[territory->epci_code.value_or(territory->code)].push_back(&post);
  }
  for (const auto& ctg : facts_.ctgs) ctgs_by_id_.emplace(ctg.id, &ctg);
  for (const auto& caf : report_.cafs) {
    for (const auto& result : caf.result.posts) results_by_post_.emplace(result.post_id, &result);
    for (const auto& result : caf.result.ctgs) ctg_results_.emplace(result.ctg_id, &result);
  }
}

const core::Territory* PortfolioSnapshot::territory(const std::string& code) const {
  return index_.territory(code);
}

const core::Post* PortfolioSnapshot::post(const std::string& id) const {
  return find_or_null(posts_by_id_, id);
}

const core::PostResult* PortfolioSnapshot::result_of(const std::string& post_id) const {
  return find_or_null(results_by_post_, post_id);
}

const core::Ctg* PortfolioSnapshot::ctg(std::int64_t id) const {
  return find_or_null(ctgs_by_id_, id);
}

const core::CtgResult* PortfolioSnapshot::ctg_result(std::int64_t id) const {
  return find_or_null(ctg_results_, id);
}

const core::Caf* PortfolioSnapshot::caf(const std::string& departement) const {
  for (const auto& caf : facts_.cafs) {
    if (caf.departement == departement) return &caf;
  }
  return nullptr;
}

const CafFunding* PortfolioSnapshot::caf_funding(const std::string& departement) const {
  for (const auto& funding : report_.cafs) {
    if (funding.caf.departement == departement) return &funding;
  }
  return nullptr;
}

std::vector<const core::Post*> PortfolioSnapshot::posts_of(const core::Territory& territory) const {
  if (territory.kind == core::TerritoryKind::kEpci) {
    const auto it = posts_by_epci_.find(territory.code);
    return it == posts_by_epci_.end() ? std::vector<const core::Post*>{} : it->second;
  }
  std::vector<const core::Post*> posts;
  for (const auto& post : facts_.posts) {
    if (post.territory_code == territory.code) posts.push_back(&post);
  }
  return posts;
}

std::shared_ptr<const PortfolioSnapshot> PortfolioCache::get(store::Database& database,
                                                             core::Date date) {
  const std::int64_t generation = store::GenerationRepository(database).current();
  const auto cached = [&]() -> std::shared_ptr<const PortfolioSnapshot> {
    std::lock_guard lock(mutex_);
    const auto it = by_date_.find(date);
    if (it != by_date_.end() && it->second->generation() == generation) return it->second;
    return nullptr;
  };
  if (auto snapshot = cached()) return snapshot;
  std::lock_guard build_lock(build_mutex_);
  if (auto snapshot = cached()) return snapshot;  // built by another thread meanwhile
  auto snapshot =
      std::make_shared<const PortfolioSnapshot>(load_facts(database), doctrines_, date, generation);
  std::lock_guard lock(mutex_);
  if (by_date_.size() >= kDatesKept && !by_date_.count(date)) by_date_.erase(by_date_.begin());
  by_date_[date] = snapshot;
  return snapshot;
}

}  // namespace maillage::app
