#include "core/structure.hpp"

#include "core/code_table.hpp"

namespace maillage::core {

namespace {

// The codes migration v3's CHECK constraint allows on structures.kind.
constexpr CodeTable<StructureKind, 6> kKinds{{
    {StructureKind::kEaje, "eaje"},
    {StructureKind::kRpe, "rpe"},
    {StructureKind::kAlsh, "alsh"},
    {StructureKind::kCentreSocial, "centre_social"},
    {StructureKind::kEvs, "evs"},
    {StructureKind::kAutre, "autre"},
}};

constexpr CodeTable<StructureKind, 6> kLabels{{
    {StructureKind::kEaje, "Établissement d'accueil du jeune enfant (EAJE)"},
    {StructureKind::kRpe, "Relais petite enfance (RPE)"},
    {StructureKind::kAlsh, "Accueil de loisirs sans hébergement (ALSH)"},
    {StructureKind::kCentreSocial, "Centre social"},
    {StructureKind::kEvs, "Espace de vie sociale (EVS)"},
    {StructureKind::kAutre, "Autre structure"},
}};

}  // namespace

std::string_view code_of(StructureKind kind) {
  return code_in(kKinds, kind);
}

std::optional<StructureKind> parse_structure_kind(std::string_view code) {
  return value_in(kKinds, code);
}

std::string_view label_of(StructureKind kind) {
  return code_in(kLabels, kind);
}

}  // namespace maillage::core
