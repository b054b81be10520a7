#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/portfolio_snapshot.hpp"
#include "app/server_config.hpp"
#include "core/doctrine.hpp"
#include "store/connection_pool.hpp"
#include "web/asset_server.hpp"
#include "web/http_message.hpp"
#include "web/request_context.hpp"
#include "web/router.hpp"
#include "web/templates.hpp"

namespace maillage::web {

// Everything between a decoded request and its response: static files, sign-in, CSRF, routing,
// permissions (in the handlers), errors, security headers and the access log. Independent of
// the HTTP library, so tests can call it directly too.
class WebApplication {
 public:
  WebApplication(app::ServerConfig config, store::ConnectionPool& pool,
                 const std::vector<core::Doctrine>& doctrines, TemplateSet templates,
                 std::filesystem::path assets_folder,
                 const app::Boundaries* boundaries = nullptr);  // outlives the application
  Response handle(const Request& request);
  const Router& router() const { return router_; }

 private:
  Response dispatch(const Request& request, std::string& user_login);
  Response theme_css() const;
  std::optional<Response> logo() const;

  app::ServerConfig config_;
  store::ConnectionPool& pool_;
  TemplateSet templates_;
  AssetServer assets_;
  app::PortfolioCache portfolio_;
  Services services_;
  Router router_;
};

// Adds Content-Security-Policy and the other security headers to every response.
void add_security_headers(Response& response);

}  // namespace maillage::web
