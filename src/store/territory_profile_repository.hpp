#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/territory_profile.hpp"
#include "store/database.hpp"

namespace maillage::store {

// What the Caf records about a territory (migration v3's `territory_profiles`): one row per
// territory that has one. The caller holds the transaction.
class TerritoryProfileRepository {
 public:
  explicit TerritoryProfileRepository(Database& database) : database_(database) {}

  // A territory's first profile, at version 1.
  void insert(const core::TerritoryProfile& profile);
  // Saves the profile only if its stored version is still `expected_version` (then version + 1).
  // False when someone saved it in between, or it does not exist: nothing is written.
  bool update_if_version(const core::TerritoryProfile& profile, int expected_version);
  std::optional<core::TerritoryProfile> find(const std::string& territory_code) const;
  // Ordered by territory code.
  std::vector<core::TerritoryProfile> list_all() const;

 private:
  Database& database_;
};

}  // namespace maillage::store
