#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "web/test_server.hpp"

namespace maillage::testing {

// An API token of the demo account `login`, created on the server's database as the account page
// would.
std::string api_token(const TestServer& server, const std::string& login);

// A JSON client of /api/v1 with a Bearer token (or none).
class ApiClient {
 public:
  ApiClient(int port, std::string token) : browser_(port), token_(std::move(token)) {}
  HttpResult get(const std::string& path, const Browser::Headers& headers = {});
  HttpResult send(const std::string& method, const std::string& path, const nlohmann::json& body,
                  Browser::Headers headers = {});
  HttpResult send_text(const std::string& method, const std::string& path, const std::string& body,
                       const std::string& content_type, Browser::Headers headers = {});

 private:
  Browser::Headers with_token(Browser::Headers headers) const;
  Browser browser_;
  std::string token_;
};

// The body as JSON (a test failure, not a crash, if it is not).
nlohmann::json json_of(const HttpResult& result);

}  // namespace maillage::testing
