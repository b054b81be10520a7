#pragma once

#include "web/router.hpp"

namespace maillage::web::routes {

// New / edit / close forms of a CTG.
void add_ctg_form_routes(Router& router);

}  // namespace maillage::web::routes
