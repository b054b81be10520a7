#pragma once

#include <memory>
#include <string>

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPServer;
}
}  // namespace Poco

namespace maillage::web {

class WebApplication;

struct ListenSettings {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port (tests)
  int threads = 32;
  int max_queued = 256;
  bool behind_https = false;  // requests are marked secure (cookies get `Secure`)
};

// Poco::Net's HTTP server in front of a WebApplication.
class HttpServer {
 public:
  HttpServer(WebApplication& application, const ListenSettings& settings);
  ~HttpServer();
  // Binds and starts serving. Throws std::runtime_error (French) if the port is taken.
  void start();
  // Stops accepting, lets running requests finish (up to a few seconds).
  void stop();
  int port() const { return port_; }

 private:
  WebApplication& application_;
  ListenSettings settings_;
  int port_ = 0;
  std::unique_ptr<Poco::ThreadPool> threads_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace maillage::web
