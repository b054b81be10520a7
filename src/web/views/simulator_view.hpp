#pragma once

#include <map>
#include <optional>
#include <string>

#include <mstch/mstch.hpp>

#include "app/simulation_service.hpp"
#include "core/doctrine.hpp"
#include "core/doctrine_changes.hpp"
#include "web/form_view.hpp"
#include "web/http_message.hpp"
#include "web/request_context.hpp"

namespace maillage::web::views {

// What a simulator URL asks. The changes live in the query string so that a simulation can be
// shared, exported and put in the PDF note:
//   date=2026-11-23            the simulated date (default: today)
//   depuis=01/01/2027          optional: when the new values hold (default: the simulated date)
//   p_<parameter id>=50 000    a new value, typed in French formats; empty = unchanged
//   regle_<rule id>=desactivee switches a rule off
struct SimulatorQuery {
  core::Date date;
  std::map<std::string, std::string> typed;  // field -> text as typed, shown again in the form
  core::DoctrineChanges changes;
  FieldErrors errors;      // field -> French message naming the parameter
  bool submitted = false;  // the query holds a parameter or rule field
};

// The form field of a parameter, of a rule switch.
std::string parameter_field(const std::string& parameter_id);
std::string rule_field(const std::string& rule_id);

// Reads the query for `doctrine`; every wrong value becomes an error on its field.
SimulatorQuery read_simulator_query(const Request& request, const core::Doctrine& doctrine,
                                    core::Date today);

// Adds the service's refusals (unknown territory in a list…) to the fields they concern.
void add_change_errors(SimulatorQuery& query, const std::vector<core::ChangeError>& errors);

// For pages that embed a simulation (the PDF note): the simulation of the request's query for the
// user's Caf, or nothing when the query changes nothing. Throws app::RequestError (French) when
// a value is wrong. The caller checks the user may read the Caf's portfolio.
std::optional<app::Simulation> simulation_for_request(RequestContext& context);

// {"date_value", "from_value", "parameters": […], "rules": […], "form": {errors, error_title}}
mstch::map simulator_form(const core::Doctrine& doctrine, const SimulatorQuery& query);

// The comparison, side by side: budget, changes, territories, changed posts, changed CTGs.
// `query_string` is the page's, for the export links.
mstch::map simulation_view(const app::Simulation& simulation, const std::string& query_string);

}  // namespace maillage::web::views
