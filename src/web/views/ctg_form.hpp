#pragma once

#include <string>

#include "app/ctg_service.hpp"
#include "web/form_view.hpp"
#include "web/request_context.hpp"

namespace maillage::web::views {

// The CTG form's fields. On creation the territory is asked too: any EPCI of the user's
// perimeter where they may sign a CTG (for a Caf administrator, every EPCI of the département,
// since a first CTG is signed with a territory that has none yet).
FormView ctg_form(RequestContext& context, bool creating);

// The CTG fields sent by a form (the import's column names, plus signataires and thematiques).
app::CtgFields ctg_fields_from(const Request& request);

// Ending a CTG early: its last day and the reason.
FormView ctg_close_form();

}  // namespace maillage::web::views
