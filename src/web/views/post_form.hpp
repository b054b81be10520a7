#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/import_report.hpp"
#include "web/form_view.hpp"
#include "web/request_context.hpp"

namespace maillage::web::views {

// The post form's fields. On creation the id and the territory are asked too.
FormView post_form(RequestContext& context, bool creating);

// The post fields sent by a form (the import's column names).
std::map<std::string, std::string> post_fields_from(const Request& request);

// Adds the app's field errors (column, message) to the form.
void add_errors(FormView& form, const std::vector<app::ImportError>& errors);

}  // namespace maillage::web::views
