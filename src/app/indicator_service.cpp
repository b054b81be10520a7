#include "app/indicator_service.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "app/request_error.hpp"
#include "store/user_repository.hpp"

namespace maillage::app {

namespace {

// A few Cafs × a few dates: enough for every page a server shows at once.
constexpr std::size_t kEntriesKept = 32;

bool same_snapshot(const std::weak_ptr<const PortfolioSnapshot>& kept,
                   const std::shared_ptr<const PortfolioSnapshot>& snapshot) {
  return !kept.owner_before(snapshot) && !snapshot.owner_before(kept);
}

void add_posts(const PortfolioSnapshot& snapshot, const CafFunding& funding,
               std::vector<core::EvaluatedPost>& posts) {
  for (const auto& result : funding.result.posts) {
    if (const core::Post* post = snapshot.post(result.post_id)) posts.push_back({post, &result});
  }
}

}  // namespace

CafIndicators compute_caf_indicators(const PortfolioSnapshot& snapshot,
                                     const std::string& departement) {
  CafIndicators out;
  std::vector<core::EvaluatedPost> posts;
  if (departement.empty()) {
    out.caf = core::Caf{"", "France entière", ""};
    for (const auto& funding : snapshot.report().cafs) add_posts(snapshot, funding, posts);
  } else {
    const core::Caf* caf = snapshot.caf(departement);
    if (caf == nullptr) {
      throw RequestError(fmt::format("Aucune Caf pour le département « {} ».", departement));
    }
    out.caf = *caf;
    if (const CafFunding* funding = snapshot.caf_funding(departement)) {
      add_posts(snapshot, *funding, posts);
    }
  }
  const PortfolioFacts& facts = snapshot.facts();
  const core::IndicatorFacts inputs{&snapshot.index(), facts.territories, posts, facts.structures,
                                    facts.profiles};
  out.indicators = core::compute_indicators(inputs, departement, snapshot.date());
  return out;
}

std::shared_ptr<const CafIndicators> IndicatorCache::get(
    const std::shared_ptr<const PortfolioSnapshot>& snapshot, const std::string& departement) {
  {
    std::lock_guard lock(mutex_);
    for (const auto& entry : entries_) {
      if (entry.departement == departement && same_snapshot(entry.snapshot, snapshot)) {
        return entry.indicators;
      }
    }
  }
  // Computed outside the lock: two threads may compute the same entry once, which is harmless.
  auto computed =
      std::make_shared<const CafIndicators>(compute_caf_indicators(*snapshot, departement));
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [](const Entry& entry) { return entry.snapshot.expired(); });
  // Entries do not hold their snapshot (the portfolio cache decides how long it lives).
  if (entries_.size() >= kEntriesKept) entries_.erase(entries_.begin());
  entries_.push_back({snapshot, departement, computed});
  return computed;
}

IndicatorCache& shared_indicator_cache() {
  static IndicatorCache cache;
  return cache;
}

std::map<std::string, std::vector<CafContact>> caf_contacts(store::Database& database,
                                                            const PortfolioSnapshot& snapshot,
                                                            const std::string& departement) {
  std::map<std::string, std::vector<CafContact>> contacts;
  for (const auto& user : store::UserRepository(database).list_all()) {
    if (user.role != "agent_caf" || user.disabled || user.caf_departement != departement) continue;
    for (const auto& code : user.territory_codes) {
      const core::Territory* territory = snapshot.territory(code);
      if (territory == nullptr) continue;
      const std::string epci = territory->epci_code.value_or(territory->code);
      auto& list = contacts[epci];
      const bool known = std::any_of(list.begin(), list.end(), [&](const CafContact& c) {
        return c.email == user.email && c.name == user.display_name;
      });
      if (!known) list.push_back({user.display_name, user.email});
    }
  }
  return contacts;
}

}  // namespace maillage::app
