#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/money.hpp"
#include "core/redeployment.hpp"

// The French sentences of the redeployment proposal: its method and its refusals.
namespace maillage::core::messages {

// Why these settings give no proposal, saying which figure to change.
std::string redeployment_refusal(const RedeploymentSettings& settings,
                                 const RedeploymentProposal& proposal);

// The method, one sentence per step: the target, the floor, the limits, the rounding, the gap.
std::vector<std::string> redeployment_method(const RedeploymentSettings& settings,
                                             const RedeploymentProposal& proposal);

// "Budget de 500 000 € converti au coût de 38 400 € par ETP (plafond × taux …) : 13 ETP."
std::string budget_conversion(Money budget, Money cost_per_fte, std::string_view cost_basis,
                              Fte total, Fte step);

}  // namespace maillage::core::messages
