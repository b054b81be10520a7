#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/scenario.hpp"
#include "store/database.hpp"

namespace maillage::store {

// Saved scenarios with their allocations (tables `scenarios` and `scenario_allocations`,
// migration 3). The caller holds the transaction.
class ScenarioRepository {
 public:
  explicit ScenarioRepository(Database& database) : database_(database) {}

  // A new scenario at version 1, with its allocations; returns its id.
  std::int64_t insert(const core::Scenario& scenario);
  // Saves the name, date, parameters and allocations (replaced) only if the stored version is
  // still `expected_version` (then version + 1). False when someone saved or deleted it in
  // between: nothing is written.
  bool update_if_version(const core::Scenario& scenario, int expected_version);
  // Deletes the scenario and its allocations only if its version is still `expected_version`.
  bool remove_if_version(std::int64_t id, int expected_version);
  std::optional<core::Scenario> find(std::int64_t id) const;
  // A Caf's scenarios of one kind, most recent first, with their allocations.
  std::vector<core::Scenario> list_for_caf(const std::string& departement,
                                           core::ScenarioKind kind) const;

 private:
  void replace_allocations(std::int64_t id, const std::vector<core::ScenarioAllocation>& list);
  std::vector<core::ScenarioAllocation> allocations_of(std::int64_t id) const;
  Database& database_;
};

}  // namespace maillage::store
