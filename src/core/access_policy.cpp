#include "core/access_policy.hpp"

#include <algorithm>

namespace maillage::core {

bool role_allows(Role role, Permission permission) {
  switch (permission) {
    case Permission::kReadCafPortfolio:
    case Permission::kEditCtg:
    case Permission::kImportCtgs:
    // What the Caf knows of a territory (its structures, area, specifics) is the Caf's record.
    case Permission::kEditStructures:
    case Permission::kImportStructures:
    case Permission::kEditTerritoryProfile:
      return is_caf_side(role);
    case Permission::kEditPost:
    case Permission::kImportPosts:
      // The employer declares its post (time, cost, recruitment); the Caf checks and corrects.
      return is_caf_side(role) || role == Role::kEmployeur;
    case Permission::kManageUsers:
      return role == Role::kAdminCaf;
  }
  return false;
}

bool covers(const Actor& actor, const Territory& territory) {
  if (actor.role == Role::kAdminCaf) return territory.departement == actor.caf_departement;
  const auto assigned = [&](const std::string& code) {
    return std::find(actor.territory_codes.begin(), actor.territory_codes.end(), code) !=
           actor.territory_codes.end();
  };
  return assigned(territory.code) || (territory.epci_code && assigned(*territory.epci_code));
}

}  // namespace maillage::core
