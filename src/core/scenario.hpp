#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/fte.hpp"

namespace maillage::core {

// What a saved scenario holds: a redeployment (FTE per territory) or a doctrine simulation.
enum class ScenarioKind { kRedeploiement, kSimulation };

inline std::string_view code_of(ScenarioKind kind) {
  return kind == ScenarioKind::kRedeploiement ? "redeploiement" : "simulation";
}

inline std::optional<ScenarioKind> parse_scenario_kind(std::string_view code) {
  if (code == "redeploiement") return ScenarioKind::kRedeploiement;
  if (code == "simulation") return ScenarioKind::kSimulation;
  return std::nullopt;
}

struct ScenarioAllocation {
  std::string territory_code;
  Fte fte;
};

// A proposal a Caf user saved under a name. It never changes posts or funding: it is kept to be
// compared, discussed and reopened.
struct Scenario {
  std::int64_t id = 0;
  std::string caf_departement;
  std::string name;
  ScenarioKind kind = ScenarioKind::kRedeploiement;
  Date on_date;                            // the date of the indicators it starts from
  std::string parameters_json;             // the settings it was proposed with, as JSON
  std::string created_at;                  // ISO timestamp
  std::optional<std::int64_t> created_by;  // user id; none from the command line
  int version = 1;
  std::vector<ScenarioAllocation> allocations;  // by territory code
};

}  // namespace maillage::core
