#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/structure_service.hpp"
#include "app/territory_profile_service.hpp"
#include "core/structure.hpp"
#include "web/form_view.hpp"
#include "web/http_message.hpp"

namespace maillage::web::views {

// A structure's fields (the structures file's column names). On creation the place is asked
// among `places` (value, label: the EPCI and its communes). The closing date is asked when
// editing a closed structure (to change it, or clear it to reopen); an open one is closed
// through structure_close_form.
FormView structure_form(std::vector<std::pair<std::string, std::string>> places, bool creating,
                        bool with_closing_date = false);

// The structure fields sent by a form.
app::StructureFields structure_fields_from(const Request& request);

// Closing a structure: its last open day.
FormView structure_close_form();

// A territory's area (km², typed) and specifics (regulation indicators 6 and 5).
FormView profile_form(const std::string& boundary_area_note);

// "EAJE", "RPE", "ALSH", "Centre social", "EVS", "Autre": for counts and table cells.
std::string short_label(core::StructureKind kind);

// Every kind, in the order pages list them.
const std::vector<core::StructureKind>& structure_kinds();

}  // namespace maillage::web::views
