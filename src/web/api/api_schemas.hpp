#pragma once

#include <initializer_list>
#include <string>

#include <nlohmann/json.hpp>

// Building blocks of the OpenAPI 3.0.3 document: the schemas of the representations in
// api_json.cpp, the standard problem answers, parameters and security requirements. Each
// resource describes its operations with them, next to its routes.
namespace maillage::web::api::schema {

nlohmann::json ref(const std::string& name);  // {"$ref": "#/components/schemas/NAME"}
nlohmann::json nullable(const std::string& name);

// A 200/201 answer with a JSON body.
nlohmann::json json_answer(const std::string& description, const nlohmann::json& schema);
// The responses object: `successes` plus the problem answers of `problems` (401 is added to
// every operation that needs authentication).
nlohmann::json responses(nlohmann::json successes, std::initializer_list<int> problems,
                         bool authenticated = true);

nlohmann::json path_parameter(const std::string& name, const std::string& description,
                              const nlohmann::json& schema_of_value);
nlohmann::json query_parameter(const std::string& name, const std::string& description,
                               const nlohmann::json& schema_of_value);
nlohmann::json date_query_parameter(const std::string& description);
// A JSON request body of `schema_name`, with an example that the server accepts.
nlohmann::json json_request(const std::string& schema_name, const nlohmann::json& example);

// Bearer token, or session cookie (plus X-CSRF-Token for writes).
nlohmann::json read_security();
nlohmann::json write_security();

// components: schemas and security schemes.
nlohmann::json components();

}  // namespace maillage::web::api::schema
