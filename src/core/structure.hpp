#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace maillage::core {

// The family-service structures the Gard doctrine counts in its third regulation indicator ("Le
// nombre d'ETP du territoire rapporté au nombre de structures du territoire",
// 001_10d59468317a00ab.txt, "LES INDICATEURS DE RÉGULATION").
enum class StructureKind { kEaje, kRpe, kAlsh, kCentreSocial, kEvs, kAutre };

// One structure (a crèche, a relais petite enfance, an accueil de loisirs…) in a territory.
struct Structure {
  std::int64_t id = 0;
  std::string territory_code;  // the commune where it stands, or its EPCI
  StructureKind kind = StructureKind::kAutre;
  std::string name;
  std::optional<std::string> reference;  // the Caf's or the manager's file number, unique
  std::optional<Date> closed_on;
  int version = 1;

  bool open_on(Date date) const { return !closed_on || date <= *closed_on; }
};

// Codes as written in import files ("eaje", "centre_social"…) and French labels.
std::string_view code_of(StructureKind kind);
std::optional<StructureKind> parse_structure_kind(std::string_view code);
std::string_view label_of(StructureKind kind);  // "Établissement d'accueil du jeune enfant (EAJE)"

}  // namespace maillage::core
