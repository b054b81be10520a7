#pragma once
#include <functional>
#include <optional>
#include <string>

#include "core/access_policy.hpp"
#include "core/actor.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Why a territory code cannot be used on a line or in a form, or nothing when it can.
using TerritoryCheck = std::function<std::optional<std::string>(const std::string& code)>;

// Whoever runs the `maillage` command on the server (no account): imports from the command line
// are not limited to a perimeter.
bool is_command_line(const core::Actor& actor);

// The territory must exist and lie in the actor's perimeter with `permission`. Unknown and
// outside the perimeter get the same message, so that nobody learns what exists elsewhere.
// Lookups are remembered: build one check per file or form.
TerritoryCheck perimeter_check(store::Database& database, const core::Actor& actor,
                               core::Permission permission);

// For an import: from the command line the territory need only exist (the message says how to
// import territories); for a signed-in author, as perimeter_check.
TerritoryCheck import_territory_check(store::Database& database, const core::Actor& author,
                                      core::Permission permission);

}  // namespace maillage::app
