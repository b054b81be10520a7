#include "core/finding.hpp"

#include "core/code_table.hpp"

namespace maillage::core {

namespace {

constexpr CodeTable<Level, 5> kLevels{{
    {Level::kInfo, "info"},
    {Level::kAvertissement, "avertissement"},
    {Level::kMiseEnConformite, "mise_en_conformite"},
    {Level::kExclusion, "exclusion"},
    {Level::kErreurSaisie, "erreur_saisie"},
}};

constexpr CodeTable<Verdict, 3> kVerdicts{{
    {Verdict::kEligible, "eligible"},
    {Verdict::kAMettreEnConformite, "a_mettre_en_conformite"},
    {Verdict::kExclu, "exclu"},
}};

}  // namespace

std::string_view code_of(Level level) {
  return code_in(kLevels, level);
}
std::string_view code_of(Verdict verdict) {
  return code_in(kVerdicts, verdict);
}
std::optional<Level> parse_level(std::string_view code) {
  return value_in(kLevels, code);
}
std::optional<Verdict> parse_verdict(std::string_view code) {
  return value_in(kVerdicts, code);
}

}  // namespace maillage::core
