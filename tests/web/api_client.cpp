#include "web/api_client.hpp"

#include <gtest/gtest.h>

#include "app/api_token_service.hpp"
#include "app/timestamp.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

namespace maillage::testing {

std::string api_token(const TestServer& server, const std::string& login) {
  auto database = store::Database::open(server.database_target());
  const auto user = store::UserRepository(*database).find_by_login(login);
  if (!user) throw std::runtime_error("compte de démonstration inconnu : " + login);
  return app::create_api_token(*database, user->id, "tests de l'API", app::now_utc());
}

Browser::Headers ApiClient::with_token(Browser::Headers headers) const {
  if (!token_.empty()) headers.emplace_back("Authorization", "Bearer " + token_);
  return headers;
}

HttpResult ApiClient::get(const std::string& path, const Browser::Headers& headers) {
  return browser_.get(path, with_token(headers));
}

HttpResult ApiClient::send(const std::string& method, const std::string& path,
                           const nlohmann::json& body, Browser::Headers headers) {
  return send_text(method, path, body.dump(), "application/json", std::move(headers));
}

HttpResult ApiClient::send_text(const std::string& method, const std::string& path,
                                const std::string& body, const std::string& content_type,
                                Browser::Headers headers) {
  return browser_.send(method, path, body, content_type, with_token(std::move(headers)));
}

nlohmann::json json_of(const HttpResult& result) {
  const auto parsed = nlohmann::json::parse(result.body, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << "pas du JSON : " << result.body.substr(0, 300);
  return parsed.is_discarded() ? nlohmann::json::object() : parsed;
}

}  // namespace maillage::testing
