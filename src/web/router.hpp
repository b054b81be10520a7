#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "web/http_message.hpp"

namespace maillage::web {

struct RequestContext;
using Handler = std::function<Response(RequestContext&)>;

// Who may reach a route before its handler checks permissions on the record itself.
enum class Access {
  kPublic,    // sign-in page, assets
  kSignedIn,  // any signed-in user (session or API token)
};

struct Route {
  std::string method;
  std::string pattern;  // "/postes/{id}/modifier"
  Access access = Access::kSignedIn;
  Handler handler;
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool path_known = false;  // some route has this path, maybe for another method
};

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, Handler handler);
  void get(std::string pattern, Handler handler, Access access = Access::kSignedIn);
  void post(std::string pattern, Handler handler, Access access = Access::kSignedIn);
  RouteMatch match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace maillage::web
