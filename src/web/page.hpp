#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "web/http_message.hpp"
#include "web/request_context.hpp"

namespace maillage::web {

struct Crumb {
  std::string label;
  std::string href;  // empty for the current page
};

struct PageSetup {
  std::string title;              // <title> and <h1>
  std::vector<Crumb> breadcrumb;  // from the home page down, the current page last
  std::string section;            // navigation entry to mark as current ("portefeuille"…)
  int status = 200;
};

// Renders `template_name` inside the layout with the theme, the navigation of the user's role,
// the CSRF token, the breadcrumb and any flash message.
Response render_page(RequestContext& context, const std::string& template_name, mstch::map data,
                     const PageSetup& setup);

// The French page for a record that does not exist or is not the user's (same answer for both,
// so that nobody learns what lies outside their perimeter).
Response not_found_page(RequestContext& context);
Response forbidden_page(RequestContext& context, const std::string& message);

// A badge view model: {label, css} for verdicts and levels.
mstch::map badge(const std::string& label, const std::string& css);

}  // namespace maillage::web
