#include "app/boundary_areas.hpp"

#include <map>

#include "store/generation_repository.hpp"
#include "store/territory_profile_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

BoundaryAreaReport fill_areas_from_boundaries(store::Database& database,
                                              const Boundaries& boundaries) {
  // Areas are computed before the transaction: the write lock is then held briefly.
  std::map<std::string, std::int64_t> areas;
  for (const auto& [code, boundary] : boundaries.all()) {
    areas.emplace(code, core::area_hectares(boundary.shape));
  }
  return store::in_transaction(database, [&] {
    BoundaryAreaReport report;
    store::TerritoryProfileRepository profiles(database);
    std::map<std::string, core::TerritoryProfile> existing;
    for (auto& profile : profiles.list_all()) {
      existing.emplace(profile.territory_code, std::move(profile));
    }
    for (const auto& territory : store::TerritoryRepository(database).list_all()) {
      const auto area = areas.find(territory.code);
      if (area == areas.end()) {
        if (territory.kind == core::TerritoryKind::kEpci) {
          report.without_boundary.push_back(territory);
        }
        continue;
      }
      ++report.computed;
      const auto found = existing.find(territory.code);
      if (found == existing.end()) {
        profiles.insert({territory.code, area->second, core::AreaSource::kBoundaries, "", 1});
        ++report.written;
        continue;
      }
      core::TerritoryProfile profile = found->second;
      if (profile.area_source == core::AreaSource::kEntered) {
        report.kept_entered.push_back(territory);
        continue;
      }
      if (profile.area_source == core::AreaSource::kBoundaries &&
          profile.area_hectares == area->second) {
        continue;
      }
      profile.area_hectares = area->second;
      profile.area_source = core::AreaSource::kBoundaries;
      // Inside the transaction that read it: the version cannot have moved.
      profiles.update_if_version(profile, profile.version);
      ++report.written;
    }
    if (report.written > 0) store::GenerationRepository(database).bump();
    return report;
  });
}

}  // namespace maillage::app
