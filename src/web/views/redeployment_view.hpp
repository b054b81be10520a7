#pragma once
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "app/redeployment_service.hpp"
#include "core/redeployment.hpp"
#include "core/scenario.hpp"
#include "web/form_view.hpp"

namespace maillage::web::views {

// The settings of the redeployment proposal (and its date) as a form.
FormView redeployment_settings_form();

// The name a scenario is saved under.
FieldSpec scenario_name_field();

// What the proposal table shows: before, proposed, adjusted (with an input per territory) and
// after, per territory, with totals. `proposal` is null when the settings gave none (a scenario
// whose settings no longer propose anything still shows its values).
struct RedeploymentTableInput {
  const core::RedeploymentComparison* comparison = nullptr;
  const core::RedeploymentProposal* proposal = nullptr;
  const app::AllocationInput* allocation = nullptr;
  core::Fte target_total;  // the total aimed at, to compare the adjusted total with
};
mstch::map redeployment_table(const RedeploymentTableInput& input);

// The settings as hidden fields, so the adjusting form carries them.
mstch::array hidden_settings(const app::RedeploymentFields& fields, core::Date date);

// The settings as a query string, for "start again from these settings" links.
std::string settings_query(const app::RedeploymentFields& fields, core::Date date);

// The saved scenarios, for the list on the redeployment page.
mstch::array scenario_rows(const std::vector<core::Scenario>& scenarios);

// "+0,5", "−1,25", "0": a signed change of FTE.
std::string signed_fte(int hundredths);

}  // namespace maillage::web::views
