#pragma once

#include "core/actor.hpp"
#include "core/territory.hpp"

namespace maillage::core {

// What a role may do. Where a record is concerned, `covers` must also hold.
enum class Permission {
  kReadCafPortfolio,  // the Caf-wide portfolio, totals and exports of it
  kEditCtg,           // create, edit, close a CTG
  kEditPost,          // create, edit, close a post
  kImportCtgs,
  kImportPosts,
  kManageUsers,
  kEditStructures,        // create, edit, close a family-service structure
  kImportStructures,      // the structures file
  kEditTerritoryProfile,  // a territory's area and specifics (regulation indicators 5 and 6)
};

bool role_allows(Role role, Permission permission);

// Whether the territory lies in the actor's perimeter. A Caf administrator covers every
// territory of the Caf's département; everyone else covers the territories assigned to them
// and, for an EPCI, its member communes.
bool covers(const Actor& actor, const Territory& territory);

// Both: the role may, and the territory is theirs.
inline bool may(const Actor& actor, Permission permission, const Territory& territory) {
  return role_allows(actor.role, permission) && covers(actor, territory);
}

}  // namespace maillage::core
