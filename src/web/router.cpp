#include "web/router.hpp"

namespace maillage::web {

namespace {

std::vector<std::string> segments_of(const std::string& path) {
  std::vector<std::string> segments;
  std::size_t start = 1;
  while (start <= path.size()) {
    const std::size_t slash = path.find('/', start);
    const std::size_t end = slash == std::string::npos ? path.size() : slash;
    segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

bool is_parameter(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::optional<std::map<std::string, std::string>> match_pattern(const std::string& pattern,
                                                                const std::string& path) {
  const auto expected = segments_of(pattern);
  const auto actual = segments_of(path);
  if (expected.size() != actual.size()) return std::nullopt;
  std::map<std::string, std::string> params;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (is_parameter(expected[i])) {
      if (actual[i].empty()) return std::nullopt;
      params[expected[i].substr(1, expected[i].size() - 2)] = actual[i];
    } else if (expected[i] != actual[i]) {
      return std::nullopt;
    }
  }
  return params;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, Handler handler) {
  routes_.push_back({std::move(method), std::move(pattern), access, std::move(handler)});
}

void Router::get(std::string pattern, Handler handler, Access access) {
  add("GET", std::move(pattern), access, std::move(handler));
}

void Router::post(std::string pattern, Handler handler, Access access) {
  add("POST", std::move(pattern), access, std::move(handler));
}

RouteMatch Router::match(const std::string& method, const std::string& path) const {
  RouteMatch result;
  // Literal segments win over parameters ("/postes/nouveau" before "/postes/{id}"): routes are
  // tried in the order they were added, so literal routes are added first.
  for (const auto& route : routes_) {
    auto params = match_pattern(route.pattern, path);
    if (!params) continue;
    result.path_known = true;
    const bool same_method = route.method == method || (method == "HEAD" && route.method == "GET");
    if (!same_method) continue;
    result.route = &route;
    result.params = std::move(*params);
    return result;
  }
  return result;
}

}  // namespace maillage::web
