#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/server_config.hpp"
#include "core/doctrine.hpp"

namespace maillage::web {
class WebApplication;
class HttpServer;
}  // namespace maillage::web
namespace maillage::store {
class ConnectionPool;
}

namespace maillage::testing {

inline constexpr const char* kDemoPassword = "demo-maillage-2026";

// A SQLite file with the demo portfolio and the demo accounts, built once per test run; each
// server works on its own copy.
std::filesystem::path demo_database_template();
// A new copy of the demo database on the back end under test; the caller drops it (drop_copy).
std::string demo_database_copy();

// A real Maillage HTTP server on 127.0.0.1 (a free port), over a fresh copy of the demo database.
class TestServer {
 public:
  // Over a fresh copy of the demo database (SQLite file or PostgreSQL database, see
  // support/test_backend.hpp), dropped with the server.
  explicit TestServer(app::ServerConfig config = {});
  // Over an existing database, shared with other servers (several instances, one database).
  TestServer(std::string database_target, app::ServerConfig config);
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;
  int port() const;
  // What Database::open takes: a SQLite file path or a PostgreSQL URL.
  const std::string& database_target() const { return database_target_; }
  web::WebApplication& application() { return *application_; }

 private:
  std::string database_target_;
  bool owns_database_ = false;
  std::vector<core::Doctrine> doctrines_;
  std::unique_ptr<store::ConnectionPool> pool_;
  std::unique_ptr<web::WebApplication> application_;
  std::unique_ptr<web::HttpServer> server_;
};

struct HttpResult {
  int status = 0;
  std::string body;
  std::string content_type;
  std::map<std::string, std::string> headers;  // lower-case names; the last value of each
  std::vector<std::string> set_cookies;
  std::string header(const std::string& lower_case_name) const;
};

// An HTTP client over loopback that keeps cookies like a browser and knows the session's CSRF
// token (read from the pages' <meta name="csrf-token">).
class Browser {
 public:
  explicit Browser(int port) : port_(port) {}
  using Fields = std::vector<std::pair<std::string, std::string>>;
  using Headers = std::vector<std::pair<std::string, std::string>>;

  HttpResult get(const std::string& path, const Headers& headers = {});
  // A form post; adds the session's CSRF token unless `with_csrf` is false.
  HttpResult post(const std::string& path, Fields fields, bool with_csrf = true);
  HttpResult post_file(const std::string& path, Fields fields, const std::string& file_field,
                       const std::string& filename, const std::string& content,
                       bool with_csrf = true);
  HttpResult send(const std::string& method, const std::string& path, const std::string& body,
                  const std::string& content_type, const Headers& headers = {});
  // Signs in through the sign-in form; true when the server redirects away from it.
  bool sign_in(const std::string& login, const std::string& password = kDemoPassword);
  const std::string& csrf_token() const { return csrf_token_; }
  std::map<std::string, std::string>& cookies() { return cookies_; }

 private:
  void remember(const HttpResult& result);
  int port_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_token_;
};

// A valid post form (the Nîmes Métropole territory, agent.gard's perimeter) for post `id`.
Browser::Fields post_form_fields(const std::string& id, const std::string& annual_cost = "45 000");

// The text between `before` and the next `after` in `text`, or "".
std::string between(const std::string& text, const std::string& before, const std::string& after);
std::string form_encode(const Browser::Fields& fields);

}  // namespace maillage::testing
