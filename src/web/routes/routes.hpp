#pragma once

#include "web/router.hpp"

// Each file of routes/ registers its own pages; the order of registration matters only in that
// literal paths come before parameterised ones of the same shape.
namespace maillage::web::routes {

void add_auth_routes(Router& router);
void add_home_routes(Router& router);
void add_portfolio_routes(Router& router);
void add_territory_routes(Router& router);
void add_ctg_routes(Router& router);
void add_post_routes(Router& router);
void add_structure_routes(Router& router);
void add_territory_profile_routes(Router& router);
void add_import_routes(Router& router);
void add_history_routes(Router& router);
void add_steering_routes(Router& router);
void add_simulator_routes(Router& router);
void add_redeployment_routes(Router& router);
void add_steering_note_routes(Router& router);
void add_workspace_routes(Router& router);
void add_workspace_record_routes(Router& router);
void add_workspace_file_routes(Router& router);
void add_workspace_plan_routes(Router& router);
void add_workspace_invitation_routes(Router& router);
void add_api_routes(Router& router);

}  // namespace maillage::web::routes
