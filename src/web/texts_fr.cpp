#include "web/texts_fr.hpp"

namespace maillage::web::texts {

std::string_view role_label(core::Role role) {
  switch (role) {
    case core::Role::kAdminCaf:
      return "Administrateur Caf";
    case core::Role::kAgentCaf:
      return "Conseiller territorial Caf";
    case core::Role::kEmployeur:
      return "Employeur (collectivité)";
    case core::Role::kChargeCooperation:
      return "Chargé de coopération";
    case core::Role::kElu:
      return "Élu";
  }
  return "";
}

std::string_view verdict_css(core::Verdict verdict) {
  switch (verdict) {
    case core::Verdict::kEligible:
      return "text-bg-success";
    case core::Verdict::kAMettreEnConformite:
      return "text-bg-warning";
    case core::Verdict::kExclu:
      return "text-bg-danger";
  }
  return "text-bg-secondary";
}

std::string_view level_css(core::Level level) {
  switch (level) {
    case core::Level::kInfo:
      return "text-bg-light border";
    case core::Level::kAvertissement:
      return "text-bg-info";
    case core::Level::kMiseEnConformite:
      return "text-bg-warning";
    case core::Level::kExclusion:
    case core::Level::kErreurSaisie:
      return "text-bg-danger";
  }
  return "text-bg-secondary";
}

}  // namespace maillage::web::texts
