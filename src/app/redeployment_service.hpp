#pragma once
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/import_report.hpp"
#include "app/indicator_service.hpp"
#include "core/doctrine.hpp"
#include "core/redeployment.hpp"

namespace maillage::app {

// The redeployment form's fields, as typed (also what a scenario keeps of its settings):
// "mode" (etp | budget), "total_etp", "budget", "base_cout" (plafond | moyenne),
// "poids_structures" (%), "plancher", "pas", "variation_max" (empty: no limit),
// "beneficiaires" (tous | ctg); and one "etp_<code>" per territory for adjusted values.
using RedeploymentFields = std::map<std::string, std::string>;

// The settings' field names above, in form order.
const std::vector<std::string>& redeployment_setting_keys();

// How a budget becomes FTE: at the doctrine's most per FTE (ceiling × rate, or the ceiling
// where it caps the funding), or at the département's mean funding per funded FTE today.
enum class CostBasis { kCeiling, kMean };

struct RedeploymentPlan {
  core::RedeploymentSettings settings;
  bool by_budget = false;
  core::Money budget;
  CostBasis cost_basis = CostBasis::kCeiling;
  std::optional<core::Money> cost_per_fte;  // converts the budget; estimates new funding
  std::string cost_basis_text;              // "plafond de 48 000 € × 80 % (charente-2021)"
  std::vector<ImportError> errors;          // field and French message; none: usable
};

// Sensible first values: today's funded FTE of the département (down to the step), population
// only, the Gard floor of 0,5 ETP, steps of 0,05 ETP, no change limit, every territory.
RedeploymentFields default_redeployment_fields(const core::DepartementIndicators& indicators);

// Reads and checks the settings; `doctrine` is the Caf's (for the ceiling), null if unknown.
RedeploymentPlan read_redeployment_plan(const RedeploymentFields& fields,
                                        const core::DepartementIndicators& indicators,
                                        const core::Doctrine* doctrine);

struct RedeploymentOutcome {
  core::RedeploymentProposal proposal;
  std::vector<std::string> method;  // French sentences, in order
  std::string refusal;              // French; empty when a proposal was made
  std::string refusal_field;        // the form field to change
};

RedeploymentOutcome propose_redeployment(const core::DepartementIndicators& indicators,
                                         const RedeploymentPlan& plan);

// "etp_243000643": the adjusted FTE of one territory.
std::string allocation_field(const std::string& territory_code);

struct AllocationInput {
  std::vector<core::Fte> values;             // aligned with indicators.territories
  std::map<std::string, std::string> typed;  // field -> as typed, to show again
  std::vector<ImportError> errors;
};

// The adjusted values; a territory whose field is absent keeps `fallback` (the proposal).
AllocationInput read_allocation(const RedeploymentFields& fields,
                                const core::DepartementIndicators& indicators,
                                std::span<const core::Fte> fallback);

// The settings as a scenario keeps them, and back (unknown keys ignored).
nlohmann::json plan_parameters(const RedeploymentFields& fields, core::Date date);
RedeploymentFields fields_from_parameters(const std::string& parameters_json);

}  // namespace maillage::app
