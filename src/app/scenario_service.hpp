#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/record_save.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/scenario.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Saved redeployment scenarios: only the Caf's own steering roles (admin_caf, agent_caf) of the
// Caf's département see or write them. Each write is audited with the scenario before and after
// (which bumps the data generation); a scenario never touches posts or funding.

// Whether the actor steers a Caf (and so may propose and save scenarios).
bool may_steer(const core::Actor& actor);

// What a user saves: a name, the date of the indicators, the settings and the FTE per EPCI.
struct ScenarioDraft {
  std::string name;
  core::Date on_date;
  nlohmann::json parameters = nlohmann::json::object();
  std::vector<core::ScenarioAllocation> allocations;
};

inline constexpr std::size_t kMaxScenarioName = 120;

// Checks the name (required, 120 characters at most) and that every territory is an EPCI of the
// actor's département, then saves at version 1 with its audit record. Errors name the field
// ("nom", "etp_<code>").
SaveResult<core::Scenario> create_scenario(store::Database& database, const core::Actor& actor,
                                           const ScenarioDraft& draft, Timestamp now);

// Saves over `expected_version`; kStale (with the stored scenario) if someone saved since.
SaveResult<core::Scenario> update_scenario(store::Database& database, const core::Actor& actor,
                                           std::int64_t id, const ScenarioDraft& draft,
                                           int expected_version, Timestamp now);

// Deletes it if still at `expected_version`; the record is the scenario as it was.
SaveResult<core::Scenario> delete_scenario(store::Database& database, const core::Actor& actor,
                                           std::int64_t id, int expected_version, Timestamp now);

// The scenario if it exists and belongs to the actor's Caf (and the actor steers it).
std::optional<core::Scenario> visible_scenario(store::Database& database, const core::Actor& actor,
                                               std::int64_t id);

// The actor's Caf's redeployment scenarios, most recent first.
std::vector<core::Scenario> list_scenarios(store::Database& database, const core::Actor& actor);

// The scenario as the history records it.
nlohmann::json scenario_audit_json(const core::Scenario& scenario);

}  // namespace maillage::app
