#include "app/portfolio_facts.hpp"

#include <unordered_map>

#include "store/caf_repository.hpp"
#include "store/ctg_repository.hpp"
#include "store/post_repository.hpp"
#include "store/structure_repository.hpp"
#include "store/territory_profile_repository.hpp"
#include "store/territory_repository.hpp"
#include "store/workspace_repository.hpp"

namespace maillage::app {

PortfolioFacts load_facts(store::Database& database) {
  PortfolioFacts facts;
  facts.territories = store::TerritoryRepository(database).list_all();
  facts.ctgs = store::CtgRepository(database).list_all();
  facts.posts = store::PostRepository(database).list_all();
  facts.cafs = store::CafRepository(database).list_all();
  facts.structures = store::StructureRepository(database).list_all();
  facts.profiles = store::TerritoryProfileRepository(database).list_all();
  for (const auto& caf : facts.cafs) {
    auto meetings =
        store::WorkspaceRepository(database).list_for_caf(caf.departement, "reunion_reseau");
    if (!meetings.empty()) facts.network_meetings.emplace(caf.departement, std::move(meetings));
  }
  // The store keeps each commune's EPCI, not each EPCI's members: rebuild the member lists.
  std::unordered_map<std::string, core::Territory*> epcis;
  for (auto& territory : facts.territories) {
    if (territory.kind == core::TerritoryKind::kEpci && territory.communes.empty()) {
      epcis.emplace(territory.code, &territory);
    }
  }
  for (const auto& territory : facts.territories) {
    if (!territory.epci_code) continue;
    const auto it = epcis.find(*territory.epci_code);
    if (it != epcis.end()) it->second->communes.push_back(territory.code);
  }
  return facts;
}

}  // namespace maillage::app
