// The OpenAPI document matches the server: it lists exactly the API routes the server registers,
// and every documented operation, called with the document's own examples and demo ids, answers
// with a status the document lists for it and a body of the documented shape.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "web/api_client.hpp"
#include "web/router.hpp"
#include "web/web_application.hpp"

namespace maillage::testing {
namespace {

using nlohmann::json;

class OpenApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    token_ = new std::string(api_token(*server_, "admin.gard"));
  }
  static void TearDownTestSuite() {
    delete token_;
    delete server_;
  }
  static ApiClient admin() { return ApiClient(server_->port(), *token_); }
  static json document() {
    const auto result = ApiClient(server_->port(), "").get("/api/v1/openapi.json");
    EXPECT_EQ(result.status, 200);
    return json_of(result);
  }
  static TestServer* server_;
  static std::string* token_;
};
TestServer* OpenApi::server_ = nullptr;
std::string* OpenApi::token_ = nullptr;

// Checks `value` against an OpenAPI 3.0 schema of the document (types, required properties,
// enums, nullable, $ref and allOf); adds a message per mismatch with its JSON path.
void check(const json& doc, const json& schema, const json& value, const std::string& where,
           std::vector<std::string>& mismatches) {
  if (schema.contains("$ref")) {
    const std::string name = schema["$ref"].get<std::string>().substr(21);  // #/components/schemas/
    check(doc, doc["components"]["schemas"][name], value, where, mismatches);
    return;
  }
  if (value.is_null()) {
    if (!schema.value("nullable", false)) mismatches.push_back(where + " : null non prévu");
    return;
  }
  if (schema.contains("allOf")) {
    for (const auto& part : schema["allOf"]) check(doc, part, value, where, mismatches);
  }
  const std::string type = schema.value("type", "");
  const bool ok =
      type.empty() || (type == "object" && value.is_object()) ||
      (type == "array" && value.is_array()) || (type == "string" && value.is_string()) ||
      (type == "integer" && value.is_number_integer()) || (type == "boolean" && value.is_boolean());
  if (!ok) {
    mismatches.push_back(where + " : " + type + " attendu, reçu " + value.dump().substr(0, 80));
    return;
  }
  if (schema.contains("enum") &&
      std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
    mismatches.push_back(where + " : valeur hors enum " + value.dump());
  }
  for (const auto& name : schema.value("required", json::array())) {
    if (!value.contains(name.get<std::string>())) {
      mismatches.push_back(where + " : champ obligatoire absent " + name.get<std::string>());
    }
  }
  if (value.is_object() && schema.contains("properties")) {
    for (const auto& [name, property] : schema["properties"].items()) {
      if (value.contains(name)) check(doc, property, value[name], where + "." + name, mismatches);
    }
  }
  if (value.is_array() && schema.contains("items")) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      check(doc, schema["items"], value[i], where + "[" + std::to_string(i) + "]", mismatches);
    }
  }
}

TEST_F(OpenApi, IsPublicAndDescribesTheSecurity) {
  const json doc = document();
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_EQ(doc["servers"][0]["url"], "/api/v1");
  const auto& schemes = doc["components"]["securitySchemes"];
  EXPECT_EQ(schemes["bearerAuth"]["scheme"], "bearer");
  EXPECT_EQ(schemes["cookieAuth"]["in"], "cookie");
  EXPECT_EQ(schemes["csrfToken"]["name"], "X-CSRF-Token");
  for (const auto& [path, operations] : doc["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      EXPECT_TRUE(operation.contains("operationId")) << method << " " << path;
      EXPECT_TRUE(operation.contains("security")) << method << " " << path;
      EXPECT_TRUE(operation["responses"].contains("401") || path == "/openapi.json")
          << method << " " << path;
      if (method != "get") {
        EXPECT_TRUE(operation["responses"].contains("422")) << method << " " << path;
      }
    }
  }
}

TEST_F(OpenApi, ListsExactlyTheApiRoutesTheServerRegisters) {
  std::set<std::string> registered;
  for (const auto& route : server_->application().router().routes()) {
    if (route.pattern.rfind("/api/v1/", 0) == 0) {
      registered.insert(route.method + " " + route.pattern.substr(7));
    }
  }
  std::set<std::string> documented;
  const json doc = document();
  for (const auto& [path, operations] : doc["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert(upper + " " + path);
    }
  }
  EXPECT_EQ(registered, documented);
  EXPECT_GE(documented.size(), 15u);
}

TEST_F(OpenApi, EveryOperationAnswersAsDocumented) {
  const json doc = document();
  auto api = admin();
  // Demo ids of the Gard, in the admin's perimeter.
  const json ctgs = json_of(api.get("/api/v1/ctgs?territoire=243000643"));
  ASSERT_FALSE(ctgs["ctgs"].empty());
  const std::string ctg_id = std::to_string(ctgs["ctgs"][0]["id"].get<long long>());
  // The demo's comment in the Nîmes workspace, which the administrator may rewrite.
  std::string comment_id;
  for (const auto& ctg : ctgs["ctgs"]) {
    const json records = json_of(api.get(
        "/api/v1/ctgs/" + std::to_string(ctg["id"].get<long long>()) + "/espace?type=commentaire"));
    for (const auto& record : records["fiches"]) {
      if (record["reference"] == "COM-001")
        comment_id = std::to_string(record["id"].get<long long>());
    }
  }
  ASSERT_FALSE(comment_id.empty());
  const auto substitute = [&](std::string path) {
    const std::map<std::string, std::string> ids{{"/ctgs/{id}", ctg_id},
                                                 {"/fiches/{id}", comment_id},
                                                 {"/posts/{id}", "GARD-001"},
                                                 {"/territories/{code}", "243000643"}};
    for (const auto& [pattern, id] : ids) {
      const std::string prefix = pattern.substr(0, pattern.find('{'));
      const std::string parameter = pattern.substr(prefix.size());
      if (path.rfind(prefix + parameter, 0) == 0) return prefix + id + path.substr(pattern.size());
    }
    return path;
  };
  int calls = 0;
  for (const auto& [path, operations] : doc["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      const std::string url = "/api/v1" + substitute(path);
      ASSERT_EQ(url.find('{'), std::string::npos)
          << "pas d'identifiant de démonstration pour " << path;
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      HttpResult result;
      if (operation.contains("requestBody")) {
        const auto& content = operation["requestBody"]["content"]["application/json"];
        ASSERT_TRUE(content.contains("example")) << upper << " " << path;
        // The example is itself valid against the documented request schema.
        std::vector<std::string> mismatches;
        check(doc, content["schema"], content["example"], "exemple", mismatches);
        EXPECT_TRUE(mismatches.empty()) << upper << " " << path << " : " << mismatches.front();
        result = api.send(upper, url, content["example"]);
      } else {
        result = api.get(url);
      }
      ++calls;
      const std::string what = upper + " " + url + " -> " + std::to_string(result.status) + " " +
                               result.body.substr(0, 300);
      EXPECT_NE(result.status, 404) << what;
      EXPECT_NE(result.status, 405) << what;
      EXPECT_LT(result.status, 500) << what;
      const std::string status = std::to_string(result.status);
      ASSERT_TRUE(operation["responses"].contains(status)) << "statut non documenté : " << what;
      if (upper == "GET") {
        EXPECT_EQ(result.status, 200) << what;
      }
      if (operation["responses"].contains("201")) {
        EXPECT_EQ(result.status, 201) << what;
      }
      // The body has the documented media type and shape.
      const auto& answer = operation["responses"][status]["content"];
      const std::string media = answer.begin().key();
      EXPECT_EQ(result.content_type.rfind(media, 0), 0u) << what;
      std::vector<std::string> mismatches;
      check(doc, answer.begin().value()["schema"], json_of(result), "réponse", mismatches);
      for (const auto& mismatch : mismatches) ADD_FAILURE() << what << "\n" << mismatch;
      if (result.status == 201) {
        EXPECT_EQ(api.get(result.header("location")).status, 200) << what;
      }
    }
  }
  EXPECT_GE(calls, 15);
}

TEST_F(OpenApi, EachPathParameterIsDocumented) {
  const json doc = document();
  for (const auto& [path, operations] : doc["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::set<std::string> in_path;
      for (std::size_t open = path.find('{'); open != std::string::npos;
           open = path.find('{', open + 1)) {
        in_path.insert(path.substr(open + 1, path.find('}', open) - open - 1));
      }
      std::set<std::string> described;
      for (const auto& parameter : operation.value("parameters", json::array())) {
        if (parameter["in"] == "path") described.insert(parameter["name"].get<std::string>());
      }
      EXPECT_EQ(in_path, described) << method << " " << path;
    }
  }
}

}  // namespace
}  // namespace maillage::testing
