#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/boundaries.hpp"
#include "app/portfolio_snapshot.hpp"
#include "app/server_config.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/doctrine.hpp"
#include "store/database.hpp"
#include "web/http_message.hpp"
#include "web/templates.hpp"

namespace maillage::web {

// What every request shares: loaded once when the server starts.
struct Services {
  const TemplateSet& templates;
  app::PortfolioCache& portfolio;
  const std::vector<core::Doctrine>& doctrines;
  const app::ServerConfig& config;
  std::string asset_version;  // appended to asset URLs so browsers may cache them for a year
  const app::Boundaries* boundaries = nullptr;  // territory outlines; null when data/geo is missing
};

// One request on its way through a handler.
struct RequestContext {
  RequestContext(const Request& request, std::map<std::string, std::string> params,
                 store::Database& database, Services& services, app::Timestamp now,
                 core::Date today)
      : request(request),
        params(std::move(params)),
        database(database),
        services(services),
        now(now),
        today(today) {}

  const Request& request;
  std::map<std::string, std::string> params;
  store::Database& database;
  Services& services;
  app::Timestamp now;
  core::Date today;
  std::optional<core::Actor> actor;  // set on every route but the public ones
  std::string csrf_token;            // the session's; empty for API-token calls
  bool via_api_token = false;
  std::string flash;  // message carried over from the previous page (after a redirect)
  std::vector<std::pair<std::string, std::string>> cookies_to_set;  // name, full Set-Cookie value

  const std::string& param(const std::string& name) const { return params.at(name); }
  const core::Actor& user() const { return *actor; }
  // The portfolio on `today` (or another date), shared and cached across requests.
  std::shared_ptr<const app::PortfolioSnapshot> snapshot();
  std::shared_ptr<const app::PortfolioSnapshot> snapshot_on(core::Date date);
  // Shows `message` on the next page the browser displays.
  void set_flash(const std::string& message);

 private:
  std::shared_ptr<const app::PortfolioSnapshot> snapshot_;
};

}  // namespace maillage::web
