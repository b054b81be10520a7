#pragma once
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "app/indicator_service.hpp"
#include "app/redeployment_service.hpp"
#include "core/scenario.hpp"
#include "web/form_view.hpp"
#include "web/request_context.hpp"
#include "web/views/redeployment_view.hpp"

// What the redeployment page and the scenario pages share: the settings read over the defaults,
// the Caf's indicators at the date, the proposal, and the view of the adjusting form.
namespace maillage::web::routes {

inline constexpr const char* kNotSteering =
    "Le redéploiement des postes est réservé aux agents et aux administrateurs de la Caf.";

// Everything a redeployment page is computed from, and what came of it.
struct Workbench {
  core::Date date;
  app::RedeploymentFields fields;
  std::shared_ptr<const app::CafIndicators> caf;
  app::RedeploymentPlan plan;
  app::RedeploymentOutcome outcome;
  FormView settings = views::redeployment_settings_form();  // with its errors, if any

  bool proposed() const { return !settings.has_errors(); }
  std::span<const core::Fte> proposal() const { return outcome.proposal.proposed; }
  std::vector<core::Fte> zeros() const {
    return std::vector<core::Fte>(caf->indicators.territories.size());
  }
};

// The settings (and "date") found in `source`, over the defaults, for the user's Caf.
Workbench workbench(RequestContext& context, const std::multimap<std::string, std::string>& source);

// The adjusting form: the allocation typed, the scenario's name, the errors of both.
struct SaveForm {
  const app::AllocationInput* allocation = nullptr;
  std::string name;
  std::vector<app::ImportError> errors;
  std::string action;          // where the form posts
  std::optional<int> version;  // a saved scenario's
};

// The form's view with `has_errors`, for the error summary partial.
mstch::map form_view(const FormView& form);

// The settings form and the method.
mstch::map page_data(const Workbench& bench);

// The before/after table with the adjusting form around it.
mstch::map proposal_view(const Workbench& bench, const SaveForm& save);

// Every posted field (settings and "etp_<code>").
app::RedeploymentFields posted_fields(const Request& request);

// The typed values as a scenario's allocations, one per EPCI.
std::vector<core::ScenarioAllocation> allocations_of(const Workbench& bench,
                                                     const app::AllocationInput& input);

}  // namespace maillage::web::routes
