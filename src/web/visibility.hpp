#pragma once

#include <string>

#include "core/convention.hpp"
#include "core/post.hpp"
#include "core/territory.hpp"
#include "web/request_context.hpp"

namespace maillage::web {

// A record of the current portfolio if it exists AND lies in the user's perimeter; null
// otherwise, and callers answer "not found" in both cases alike.
const core::Territory* visible_territory(RequestContext& context, const std::string& code);
const core::Post* visible_post(RequestContext& context, const std::string& id);
const core::Ctg* visible_ctg(RequestContext& context, const std::string& id_text);

}  // namespace maillage::web
