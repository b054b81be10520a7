#include "web/http_server.hpp"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>
#include <fmt/core.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "web/cookies.hpp"
#include "web/texts_fr.hpp"
#include "web/web_application.hpp"

namespace maillage::web {

namespace {

constexpr std::size_t kMaxBody = 10 * 1024 * 1024;

class FileCollector : public Poco::Net::PartHandler {
 public:
  explicit FileCollector(std::map<std::string, UploadedFile>& files) : files_(files) {}
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    std::string disposition;
    Poco::Net::NameValueCollection parameters;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition,
                                              parameters);
    std::ostringstream content;
    content << stream.rdbuf();
    files_[parameters.get("name", "fichier")] = {parameters.get("filename", ""),
                                                 header.get("Content-Type", ""), content.str()};
  }

 private:
  std::map<std::string, UploadedFile>& files_;
};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Reads at most kMaxBody bytes; nullopt if the body is larger.
std::optional<std::string> read_body(Poco::Net::HTTPServerRequest& request) {
  if (request.hasContentLength() &&
      request.getContentLength64() > static_cast<Poco::Int64>(kMaxBody)) {
    return std::nullopt;
  }
  std::string body;
  char buffer[65536];
  while (request.stream().read(buffer, sizeof buffer) || request.stream().gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(request.stream().gcount()));
    if (body.size() > kMaxBody) return std::nullopt;
  }
  return body;
}

Request decode(Poco::Net::HTTPServerRequest& poco, const std::string& body, bool secure) {
  Request request;
  request.method = poco.getMethod();
  const Poco::URI uri(poco.getURI());
  request.path = uri.getPath();
  request.query_string = uri.getRawQuery();
  for (const auto& [name, value] : uri.getQueryParameters()) request.query.emplace(name, value);
  for (const auto& [name, value] : poco) request.headers[lower(name)] = value;
  request.cookies = parse_cookie_header(request.header("cookie"));
  request.remote_address = poco.clientAddress().host().toString();
  request.secure = secure;
  const std::string type = lower(request.header("content-type"));
  if (type.rfind("application/x-www-form-urlencoded", 0) == 0 ||
      type.rfind("multipart/form-data", 0) == 0) {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(5000);
    form.setValueLengthLimit(static_cast<int>(kMaxBody));
    FileCollector files(request.files);
    std::istringstream stream(body);
    form.load(poco, stream, files);
    for (const auto& [name, value] : form) request.form.emplace(name, value);
  } else {
    request.body = body;
  }
  return request;
}

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(WebApplication& application, bool secure) : application_(application), secure_(secure) {}

  void handleRequest(Poco::Net::HTTPServerRequest& poco_request,
                     Poco::Net::HTTPServerResponse& poco_response) override {
    Response response;
    const auto body = read_body(poco_request);
    if (!body) {
      response = plain_text(413, texts::kTooLarge);
      poco_response.setKeepAlive(false);
    } else {
      try {
        response = application_.handle(decode(poco_request, *body, secure_));
      } catch (const Poco::Exception& error) {
        response = plain_text(400, fmt::format("Requête illisible : {}", error.displayText()));
      }
    }
    poco_response.setStatusAndReason(
        static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    poco_response.setContentType(response.content_type);
    for (const auto& [name, value] : response.headers) poco_response.add(name, value);
    poco_response.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
    if (poco_request.getMethod() == "HEAD" || response.status == 304) {
      poco_response.send();
      return;
    }
    poco_response.send().write(response.body.data(),
                               static_cast<std::streamsize>(response.body.size()));
  }

 private:
  WebApplication& application_;
  bool secure_;
};

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  HandlerFactory(WebApplication& application, bool secure)
      : application_(application), secure_(secure) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new Handler(application_, secure_);
  }

 private:
  WebApplication& application_;
  bool secure_;
};

}  // namespace

HttpServer::HttpServer(WebApplication& application, const ListenSettings& settings)
    : application_(application), settings_(settings) {}

HttpServer::~HttpServer() {
  stop();
}

void HttpServer::start() {
  Poco::Net::ServerSocket socket;
  try {
    // SO_REUSEADDR only (not SO_REUSEPORT): a second server on a taken port must fail.
    socket.bind(Poco::Net::SocketAddress(settings_.bind, static_cast<Poco::UInt16>(settings_.port)),
                true, false);
    socket.listen(settings_.max_queued);
  } catch (const Poco::Exception& error) {
    throw std::runtime_error(
        fmt::format("Impossible d'écouter sur {}:{} : {} (port déjà utilisé ?)", settings_.bind,
                    settings_.port, error.displayText()));
  }
  port_ = socket.address().port();
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(settings_.threads);
  params->setMaxQueued(settings_.max_queued);
  params->setKeepAlive(true);
  params->setMaxKeepAliveRequests(1000);
  params->setKeepAliveTimeout(Poco::Timespan(10, 0));
  params->setTimeout(Poco::Timespan(30, 0));
  params->setServerName("Maillage");
  threads_ = std::make_unique<Poco::ThreadPool>(2, settings_.threads + 2);
  server_ = std::make_unique<Poco::Net::HTTPServer>(
      new HandlerFactory(application_, settings_.behind_https), *threads_, socket, params);
  server_->start();
}

void HttpServer::stop() {
  if (!server_) return;
  server_->stopAll(false);
  // Give running requests a moment to finish; then close their connections.
  threads_->joinAll();
  server_.reset();
  threads_.reset();
}

}  // namespace maillage::web
