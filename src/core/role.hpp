#pragma once

#include <optional>
#include <string_view>

namespace maillage::core {

// What a user is in the CTG: on the Caf side, or in the territory.
enum class Role {
  kAdminCaf,           // Caf administrator: the whole Caf, accounts included
  kAgentCaf,           // Caf territorial officer: the territories assigned to them
  kEmployeur,          // the employer's services (the collectivity): their CTG
  kChargeCooperation,  // the chargé de coopération: their CTG
  kElu,                // an elected official: their CTG, read-only
};

// Codes used on the command line, in the database and the API ("admin_caf", "elu"…).
std::string_view code_of(Role role);
std::optional<Role> parse_role(std::string_view code);

// True for the Caf's own staff, false for the territory's people.
bool is_caf_side(Role role);

}  // namespace maillage::core
