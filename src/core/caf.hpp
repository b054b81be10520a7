#pragma once
#include <string>

namespace maillage::core {

// A Caisse d'allocations familiales: one per département, applying one doctrine.
struct Caf {
  std::string departement;  // "30"
  std::string name;         // "Caf du Gard"
  std::string doctrine_id;  // "gard-2024"
};

}  // namespace maillage::core
