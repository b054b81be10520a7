#include "web/test_server.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <unistd.h>

#include <atomic>
#include <sstream>
#include <stdexcept>

#include "app/boundaries.hpp"
#include "app/demo.hpp"
#include "app/demo_accounts.hpp"
#include "app/settings.hpp"
#include "app/timestamp.hpp"
#include "store/connection_pool.hpp"
#include "store/database.hpp"
#include "store/doctrine_files.hpp"
#include "store/migrations.hpp"
#include "support/test_backend.hpp"
#include "web/cookies.hpp"
#include "web/http_message.hpp"
#include "web/http_server.hpp"
#include "web/templates.hpp"
#include "web/web_application.hpp"

namespace maillage::testing {

namespace {

// This process's folder (the demo template, the servers' databases). Pids come back over a test
// run: a folder left by an earlier process of the same pid would hand out its stale template, so
// the folder starts empty, and goes with the process.
std::filesystem::path temporary_folder() {
  static const struct Folder {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("maillage-web-tests-" + std::to_string(::getpid()));
    Folder() {
      std::filesystem::remove_all(path);
      std::filesystem::create_directories(path);
    }
    ~Folder() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  } folder;
  return folder.path;
}

app::Paths source_paths() {
  app::Paths paths = app::default_paths();
  paths.data_dir = std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data";
  paths.territory_source = std::filesystem::path(MAILLAGE_SOURCE_DIR) /
                           "node_modules/@etalab/decoupage-administratif/data";
  return paths;
}

// Loaded once, shared read-only by every test server, as `maillage serve` does.
const app::Boundaries& source_boundaries() {
  static const app::Boundaries boundaries =
      app::load_boundaries(app::boundary_folder(source_paths()));
  return boundaries;
}

}  // namespace

namespace {

// The demo portfolio and accounts, as `maillage serve` loads them into an empty database.
void build_demo_database(store::Database& database) {
  store::migrate(database);
  const auto paths = source_paths();
  const auto doctrines = store::load_doctrines(paths.doctrines_dir());
  app::load_demo(database, doctrines, paths);
  app::create_demo_accounts(database, app::now_utc());
}

std::string next_server_name() {
  static std::atomic<int> counter{0};
  return "server_" + std::to_string(++counter);
}

}  // namespace

// The SQLite demo, built once per process and shared with demo_database_copy on SQLite.
std::filesystem::path demo_database_template() {
  return sqlite_template("demo", temporary_folder().string(), build_demo_database);
}

std::string demo_database_copy() {
  return copy_of_template("demo", temporary_folder().string(), build_demo_database,
                          next_server_name());
}

TestServer::TestServer(app::ServerConfig config)
    : TestServer(demo_database_copy(), std::move(config)) {
  owns_database_ = true;
}

TestServer::TestServer(std::string database_target, app::ServerConfig config)
    : database_target_(std::move(database_target)) {
  const auto paths = source_paths();
  doctrines_ = store::load_doctrines(paths.doctrines_dir());
  pool_ = std::make_unique<store::ConnectionPool>(database_target_, 8);
  const auto assets = std::filesystem::path(MAILLAGE_BINARY).parent_path() / "assets";
  const int threads = config.threads = 8;
  application_ = std::make_unique<web::WebApplication>(
      std::move(config), *pool_, doctrines_,
      web::TemplateSet::load(std::filesystem::path(MAILLAGE_SOURCE_DIR) / "templates"), assets,
      &source_boundaries());
  server_ = std::make_unique<web::HttpServer>(
      *application_, web::ListenSettings{.bind = "127.0.0.1", .port = 0, .threads = threads});
  server_->start();
}

TestServer::~TestServer() {
  server_.reset();
  application_.reset();
  pool_.reset();
  if (owns_database_) drop_copy(database_target_);
}

int TestServer::port() const {
  return server_->port();
}

std::string HttpResult::header(const std::string& lower_case_name) const {
  const auto it = headers.find(lower_case_name);
  return it == headers.end() ? std::string{} : it->second;
}

Browser::Fields post_form_fields(const std::string& id, const std::string& annual_cost) {
  return {{"identifiant", id},
          {"code_territoire", "243000643"},
          {"porteur", "epci"},
          {"etp_agent", "1"},
          {"etp_mission", "0,8"},
          {"cout_annuel", annual_cost},
          {"fonction", "cooperation"},
          {"niveau_diplome", "6"},
          {"statut", "creation"},
          {"date_embauche", "01/09/2026"},
          {"vacant_depuis", ""},
          {"caf_associee_recrutement", "oui"},
          {"participation_reseau", "oui"},
          {"rapport_annuel_transmis", "non"}};
}

std::string between(const std::string& text, const std::string& before, const std::string& after) {
  const std::size_t start = text.find(before);
  if (start == std::string::npos) return {};
  const std::size_t from = start + before.size();
  const std::size_t end = text.find(after, from);
  return end == std::string::npos ? std::string{} : text.substr(from, end - from);
}

std::string form_encode(const Browser::Fields& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    if (!body.empty()) body += '&';
    body += web::url_encode(name) + "=" + web::url_encode(value);
  }
  return body;
}

HttpResult Browser::send(const std::string& method, const std::string& path,
                         const std::string& body, const std::string& content_type,
                         const Headers& headers) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  std::string cookie_header;
  for (const auto& [name, value] : cookies_) {
    if (!cookie_header.empty()) cookie_header += "; ";
    cookie_header += name + "=" + value;
  }
  if (!cookie_header.empty()) request.set("Cookie", cookie_header);
  for (const auto& [name, value] : headers) request.set(name, value);
  if (!content_type.empty()) request.setContentType(content_type);
  if (method != "GET" && method != "HEAD")
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
  session.sendRequest(request) << body;
  Poco::Net::HTTPResponse response;
  std::istream& stream = session.receiveResponse(response);
  HttpResult result;
  result.status = static_cast<int>(response.getStatus());
  result.content_type = response.getContentType();
  Poco::StreamCopier::copyToString(stream, result.body);
  for (const auto& [name, value] : response) {
    std::string lower = name;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "set-cookie") result.set_cookies.push_back(value);
    result.headers[lower] = value;
  }
  remember(result);
  return result;
}

void Browser::remember(const HttpResult& result) {
  for (const auto& header : result.set_cookies) {
    const std::string pair = header.substr(0, header.find(';'));
    const std::size_t equals = pair.find('=');
    const std::string name = pair.substr(0, equals);
    const std::string value = pair.substr(equals + 1);
    if (value.empty() || header.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  const std::string token = between(result.body, "<meta name=\"csrf-token\" content=\"", "\"");
  if (!token.empty()) csrf_token_ = token;
}

HttpResult Browser::get(const std::string& path, const Headers& headers) {
  return send("GET", path, "", "", headers);
}

HttpResult Browser::post(const std::string& path, Fields fields, bool with_csrf) {
  if (with_csrf) fields.emplace_back("_csrf", csrf_token_);
  return send("POST", path, form_encode(fields), "application/x-www-form-urlencoded");
}

HttpResult Browser::post_file(const std::string& path, Fields fields, const std::string& file_field,
                              const std::string& filename, const std::string& content,
                              bool with_csrf) {
  if (with_csrf) fields.emplace_back("_csrf", csrf_token_);
  const std::string boundary = "----maillage-test-boundary-7d3f";
  std::ostringstream body;
  for (const auto& [name, value] : fields) {
    body << "--" << boundary << "\r\nContent-Disposition: form-data; name=\"" << name
         << "\"\r\n\r\n"
         << value << "\r\n";
  }
  body << "--" << boundary << "\r\nContent-Disposition: form-data; name=\"" << file_field
       << "\"; filename=\"" << filename << "\"\r\nContent-Type: text/csv\r\n\r\n"
       << content << "\r\n--" << boundary << "--\r\n";
  return send("POST", path, body.str(), "multipart/form-data; boundary=" + boundary);
}

bool Browser::sign_in(const std::string& login, const std::string& password) {
  const HttpResult page = get("/connexion");
  const std::string token = between(page.body, "name=\"_connexion\" value=\"", "\"");
  const HttpResult result = post(
      "/connexion",
      {{"_connexion", token}, {"retour", "/"}, {"identifiant", login}, {"mot_de_passe", password}},
      false);
  if (result.status != 303) return false;
  get("/");  // reads the session's CSRF token
  return cookies_.count(web::kSessionCookie) != 0;
}

}  // namespace maillage::testing
