#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace maillage::core {

// Where a territory's area comes from: computed from the boundary files, or typed by the Caf
// where no boundary is known.
enum class AreaSource { kNone, kBoundaries, kEntered };

// What the Caf records about a territory beyond the official data: the last two regulation
// indicators of the Gard doctrine ("Les spécificités territoriales et les compétences à l'échelle
// du territoire intercommunal", "La superficie du territoire intercommunal",
// 001_10d59468317a00ab.txt, "LES INDICATEURS DE RÉGULATION").
struct TerritoryProfile {
  std::string territory_code;
  std::optional<std::int64_t> area_hectares;  // 1 km² = 100 ha: km² exact to the hundredth
  AreaSource area_source = AreaSource::kNone;
  std::string specifics;  // free text; its history is kept by the audit trail
  int version = 1;
};

}  // namespace maillage::core
