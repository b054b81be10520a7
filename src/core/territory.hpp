#pragma once
#include <optional>
#include <string>
#include <vector>

namespace maillage::core {

enum class TerritoryKind { kEpci, kCommune };

// An EPCI (code = SIREN, 9 digits) or a commune (code = INSEE, 5 characters).
struct Territory {
  std::string code;
  TerritoryKind kind = TerritoryKind::kEpci;
  std::string name;
  std::string departement;  // main département (for an EPCI: where most of its people live)
  std::string epci_type;    // CC, CA, CU, METRO… (empty for a commune)
  std::optional<std::string> epci_code;  // for a commune: the EPCI it belongs to
  long population = 0;                   // population municipale
  std::vector<std::string> communes;     // for an EPCI: INSEE codes of its member communes
};

}  // namespace maillage::core
