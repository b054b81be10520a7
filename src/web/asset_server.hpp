#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "web/http_message.hpp"

namespace maillage::web {

// Serves the files of the asset folder (Bootstrap, icons, htmx copied from npm at build time,
// and Maillage's own CSS and JS) under /assets/, with long-lived cache headers: pages link them
// with ?v=<version>, so a new release changes the URL.
class AssetServer {
 public:
  explicit AssetServer(std::filesystem::path folder);
  // The response for /assets/<relative>, or nullopt if no such file (or an escape attempt).
  std::optional<Response> serve(const std::string& relative, const std::string& if_none_match);
  // A fingerprint of the folder's contents, for the ?v= parameter.
  std::string version() const { return version_; }
  const std::filesystem::path& folder() const { return folder_; }

 private:
  struct Cached {
    std::string body;
    std::string content_type;
    std::string etag;
  };
  std::filesystem::path folder_;
  std::string version_;
  std::mutex mutex_;
  std::map<std::string, Cached> cache_;
};

std::string content_type_for(const std::filesystem::path& file);

}  // namespace maillage::web
