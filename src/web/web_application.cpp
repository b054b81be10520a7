#include "web/web_application.hpp"

#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "app/api_token_service.hpp"
#include "app/crypto.hpp"
#include "app/request_error.hpp"
#include "app/session_service.hpp"
#include "web/cookies.hpp"
#include "web/page.hpp"
#include "web/problem.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"

namespace maillage::web {

namespace {

core::Date local_date(app::Timestamp now) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  std::tm local{};
  localtime_r(&seconds, &local);
  return *core::Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string bearer_token(const Request& request) {
  const std::string authorization = request.header("authorization");
  const std::string prefix = "Bearer ";
  return authorization.rfind(prefix, 0) == 0 ? authorization.substr(prefix.size()) : "";
}

Response sign_in_required(const Request& request) {
  if (is_api_path(request.path)) {
    Response response = problem(401, "Authentification requise",
                                "Fournissez un jeton (Authorization: Bearer …) ou une session.");
    response.set_header("WWW-Authenticate", "Bearer realm=\"maillage\"");
    return response;
  }
  std::string target = request.path;
  if (!request.query_string.empty()) target += "?" + request.query_string;
  return redirect_to("/connexion?retour=" + url_encode(target));
}

}  // namespace

void add_security_headers(Response& response) {
  // No inline script or style anywhere: the theme's colours come from /theme.css.
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' "
                      "data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
                      "frame-ancestors 'none'; base-uri 'self'; object-src 'none'");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "same-origin");
  response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (!response.find_header("Cache-Control")) response.set_header("Cache-Control", "no-store");
}

WebApplication::WebApplication(app::ServerConfig config, store::ConnectionPool& pool,
                               const std::vector<core::Doctrine>& doctrines, TemplateSet templates,
                               std::filesystem::path assets_folder,
                               const app::Boundaries* boundaries)
    : config_(std::move(config)),
      pool_(pool),
      templates_(std::move(templates)),
      assets_(std::move(assets_folder)),
      portfolio_(doctrines),
      services_{templates_, portfolio_, doctrines, config_, assets_.version(), boundaries} {
  routes::add_auth_routes(router_);
  routes::add_home_routes(router_);
  routes::add_portfolio_routes(router_);
  routes::add_territory_routes(router_);
  routes::add_structure_routes(router_);
  routes::add_territory_profile_routes(router_);
  routes::add_ctg_routes(router_);
  routes::add_post_routes(router_);
  routes::add_import_routes(router_);
  routes::add_history_routes(router_);
  routes::add_steering_routes(router_);
  routes::add_simulator_routes(router_);
  routes::add_redeployment_routes(router_);
  routes::add_steering_note_routes(router_);
  routes::add_workspace_routes(router_);
  routes::add_workspace_record_routes(router_);
  routes::add_workspace_file_routes(router_);
  routes::add_workspace_plan_routes(router_);
  routes::add_workspace_invitation_routes(router_);
  routes::add_api_routes(router_);
}

Response WebApplication::handle(const Request& request) {
  const auto started = std::chrono::steady_clock::now();
  std::string user_login = "-";
  Response response;
  try {
    response = dispatch(request, user_login);
  } catch (const store::DatabaseUnavailable& error) {
    // PostgreSQL restarting: say so and when to retry; the next request reconnects.
    spdlog::warn("{} {} : {}", request.method, request.path, error.what());
    response = is_api_path(request.path)
                   ? problem(503, "Service momentanément indisponible", texts::kDatabaseUnavailable)
                   : plain_text(503, texts::kDatabaseUnavailable);
    response.headers.emplace_back("Retry-After", "5");
  } catch (const std::exception& error) {
    spdlog::error("{} {} : {}", request.method, request.path, error.what());
    response = is_api_path(request.path) ? problem(500, "Erreur interne", texts::kServerError)
                                         : plain_text(500, texts::kServerError);
  }
  add_security_headers(response);
  const auto elapsed =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
  spdlog::info("{} {} \"{} {}\" {} {} {:.1f}ms", request.remote_address, user_login, request.method,
               request.path, response.status, response.body.size(), elapsed.count());
  return response;
}

Response WebApplication::theme_css() const {
  const auto& theme = config_.theme;
  Response response;
  response.content_type = "text/css; charset=utf-8";
  response.body = fmt::format(
      ":root {{ --maillage-primary: {0}; --maillage-accent: {1}; --bs-primary: {0}; "
      "--bs-link-color: {0}; --bs-link-hover-color: {1}; }}\n",
      theme.primary_color, theme.accent_color);
  response.set_header("Cache-Control", "public, max-age=300");
  return response;
}

std::optional<Response> WebApplication::logo() const {
  if (config_.theme.logo.empty()) return std::nullopt;
  std::ifstream file(config_.theme.logo, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  Response response;
  response.content_type = content_type_for(config_.theme.logo);
  response.body = content.str();
  response.set_header("Cache-Control", "public, max-age=300");
  return response;
}

Response WebApplication::dispatch(const Request& request, std::string& user_login) {
  const std::string asset_prefix = "/assets/";
  if (request.path.rfind(asset_prefix, 0) == 0) {
    if (auto asset = assets_.serve(request.path.substr(asset_prefix.size()),
                                   request.header("if-none-match"))) {
      return *asset;
    }
    return plain_text(404, texts::kNotFound);
  }
  if (request.path == "/theme.css") return theme_css();
  if (request.path == "/theme/logo") {
    if (auto image = logo()) return *image;
    return plain_text(404, texts::kNotFound);
  }

  const RouteMatch match = router_.match(request.method, request.path);
  if (match.route == nullptr) {
    if (match.path_known) {
      return is_api_path(request.path)
                 ? problem(405, "Méthode non permise", texts::kMethodNotAllowed)
                 : plain_text(405, texts::kMethodNotAllowed);
    }
  }

  auto lease = pool_.acquire();
  lease->reconnect_if_lost();
  const app::Timestamp now = app::now_utc();
  RequestContext context{request, match.route ? match.params : std::map<std::string, std::string>{},
                         *lease,  services_,
                         now,     local_date(now)};
  if (const auto flash = request.cookies.find(kFlashCookie); flash != request.cookies.end()) {
    context.flash = url_decode(flash->second);
  }

  // Who is asking: an API token, or else the session cookie.
  if (const std::string token = bearer_token(request); !token.empty()) {
    context.actor = app::resolve_api_token(*lease, token, now);
    context.via_api_token = context.actor.has_value();
  } else if (const auto cookie = request.cookies.find(kSessionCookie);
             cookie != request.cookies.end()) {
    if (auto session = app::resolve_session(*lease, cookie->second, now)) {
      context.actor = std::move(session->actor);
      context.csrf_token = std::move(session->csrf_token);
    }
  }
  if (context.actor) user_login = context.actor->login;

  if (match.route == nullptr) {
    if (is_api_path(request.path)) return problem(404, texts::kNotFoundTitle, texts::kNotFound);
    return not_found_page(context);
  }
  if (match.route->access == Access::kSignedIn && !context.actor) return sign_in_required(request);

  // CSRF: a state-changing request carried by the session cookie must carry the session's token
  // too (a form field, or a header for htmx). Token-authenticated API calls carry no cookie.
  if (request.is_unsafe() && context.actor && !context.via_api_token) {
    std::string sent = request.form_value("_csrf");
    if (sent.empty()) sent = request.header("x-csrf-token");
    if (sent.empty() || !app::constant_time_equal(sent, context.csrf_token)) {
      if (is_api_path(request.path))
        return problem(403, "Jeton CSRF invalide", texts::kCsrfRefused);
      return forbidden_page(context, texts::kCsrfRefused);
    }
  }

  Response response;
  try {
    response = match.route->handler(context);
  } catch (const app::RequestError& error) {
    response =
        is_api_path(request.path)
            ? problem(400, "Requête invalide", error.what())
            : render_page(context, "errors/message", {{"message", std::string(error.what())}},
                          {.title = "Demande impossible", .status = 400});
  }
  for (const auto& [name, header] : context.cookies_to_set)
    response.headers.emplace_back("Set-Cookie", header);
  // A flash message is shown once: the page that displayed it clears it.
  if (!context.flash.empty() && response.status == 200 &&
      response.content_type.rfind("text/html", 0) == 0) {
    response.headers.emplace_back("Set-Cookie",
                                  expired_cookie_header(kFlashCookie, request.secure));
  }
  return response;
}

}  // namespace maillage::web
