#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "web/api/api_support.hpp"

// The resources of the JSON API, one file each; api_routes.cpp registers them all.
namespace maillage::web::api {

std::vector<Operation> territory_operations();
std::vector<Operation> ctg_operations();
std::vector<Operation> post_operations();
std::vector<Operation> funding_operations();
std::vector<Operation> workspace_operations();

// GET /openapi.json, answering with `document` (filled once every operation is known).
Operation openapi_operation(std::shared_ptr<const std::string> document);
// The OpenAPI 3.0.3 document describing `operations`.
nlohmann::json openapi_document(const std::vector<Operation>& operations);

}  // namespace maillage::web::api
