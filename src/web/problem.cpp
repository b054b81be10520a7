#include "web/problem.hpp"

namespace maillage::web {

Response problem(int status, const std::string& title, const std::string& detail,
                 const nlohmann::json& extra) {
  nlohmann::json body{
      {"type", "about:blank"}, {"title", title}, {"status", status}, {"detail", detail}};
  for (const auto& [key, value] : extra.items()) body[key] = value;
  Response response;
  response.status = status;
  response.content_type = "application/problem+json; charset=utf-8";
  response.body = body.dump();
  return response;
}

bool is_api_path(const std::string& path) {
  return path.rfind("/api/", 0) == 0;
}

Response json_response(const nlohmann::json& body, int status) {
  Response response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = body.dump();
  return response;
}

}  // namespace maillage::web
