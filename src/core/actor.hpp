#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/role.hpp"

namespace maillage::core {

// The signed-in user on whose behalf a request runs.
struct Actor {
  std::int64_t user_id = 0;
  std::string login;
  std::string display_name;
  Role role = Role::kElu;
  std::string caf_departement;               // the Caf the user works with ("30")
  std::vector<std::string> territory_codes;  // EPCI (or commune) codes assigned to the user
};

}  // namespace maillage::core
