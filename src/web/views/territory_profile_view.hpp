#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "core/territory.hpp"
#include "web/request_context.hpp"

namespace maillage::web::views {

// What the territory page shows of the Caf's own records (regulation indicators 3, 5 and 6 of
// the Gard doctrine): structures open today by kind, the area with its source, the specifics,
// and the links to see and edit them.
mstch::map territory_profile_view(RequestContext& context, const core::Territory& territory);

// A text's non-empty lines, for one paragraph each.
mstch::array text_lines(const std::string& text);

}  // namespace maillage::web::views
