#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace maillage::core {

// How much a finding weighs on the verdict, from lightest to heaviest.
enum class Level {
  kInfo,              // explains a number; changes nothing
  kAvertissement,     // a point to watch; changes nothing
  kMiseEnConformite,  // must be fixed before a deadline; funding continues meanwhile
  kExclusion,         // no funding
  kErreurSaisie,      // the facts are inconsistent: no funding until corrected
};

enum class Verdict { kEligible, kAMettreEnConformite, kExclu };

// One rule's conclusion about a post or a CTG, with the numbers it used.
struct Finding {
  std::string rule_id;
  Level level = Level::kInfo;
  std::string message;  // French sentence with the figures
  std::string source;   // citation of the seed
  std::optional<Date> deadline;
  // What would change the outcome, one French sentence with the figures ("Pour lever ce point :
  // …"); empty when there is nothing to change.
  std::string remedy;
};

std::string_view code_of(Level level);      // "info", "avertissement", "mise_en_conformite"…
std::string_view code_of(Verdict verdict);  // "eligible", "a_mettre_en_conformite", "exclu"
std::optional<Level> parse_level(std::string_view code);
std::optional<Verdict> parse_verdict(std::string_view code);

}  // namespace maillage::core
