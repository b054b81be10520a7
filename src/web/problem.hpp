#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "web/http_message.hpp"

namespace maillage::web {

// An API error as RFC 9457 application/problem+json, with a French title and detail.
// `extra` members (e.g. "errors": [{"field", "message"}], "current") are merged in.
Response problem(int status, const std::string& title, const std::string& detail,
                 const nlohmann::json& extra = nlohmann::json::object());

bool is_api_path(const std::string& path);

Response json_response(const nlohmann::json& body, int status = 200);

}  // namespace maillage::web
