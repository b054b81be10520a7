#include "web/asset_server.hpp"

#include <fmt/core.h>

#include <fstream>
#include <functional>
#include <sstream>

namespace maillage::web {

namespace {

std::string read_file(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  std::ostringstream content;
  content << stream.rdbuf();
  return content.str();
}

bool is_safe(const std::string& relative) {
  if (relative.empty() || relative.front() == '/') return false;
  for (const auto& part : std::filesystem::path(relative)) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

}  // namespace

std::string content_type_for(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> kTypes{
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".map", "application/json"},
      {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
  };
  const auto it = kTypes.find(file.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

AssetServer::AssetServer(std::filesystem::path folder) : folder_(std::move(folder)) {
  std::size_t fingerprint = 0;
  if (std::filesystem::is_directory(folder_)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder_)) {
      if (!entry.is_regular_file()) continue;
      const auto stamp = entry.last_write_time().time_since_epoch().count();
      fingerprint ^= std::hash<std::string>{}(entry.path().string()) + entry.file_size() +
                     static_cast<std::size_t>(stamp) + (fingerprint << 6) + (fingerprint >> 2);
    }
  }
  version_ = fmt::format("{:x}", fingerprint & 0xffffffffu);
}

std::optional<Response> AssetServer::serve(const std::string& relative,
                                           const std::string& if_none_match) {
  if (!is_safe(relative)) return std::nullopt;
  Cached cached;
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(relative);
    if (it == cache_.end()) {
      const auto file = folder_ / relative;
      if (!std::filesystem::is_regular_file(file)) return std::nullopt;
      std::string body = read_file(file);
      const std::string etag = fmt::format("\"{:x}\"", std::hash<std::string>{}(body));
      it = cache_.emplace(relative, Cached{std::move(body), content_type_for(file), etag}).first;
    }
    cached = it->second;
  }
  Response response;
  response.content_type = cached.content_type;
  response.set_header("Cache-Control", "public, max-age=31536000, immutable");
  response.set_header("ETag", cached.etag);
  if (if_none_match == cached.etag) {
    response.status = 304;
    return response;
  }
  response.body = std::move(cached.body);
  return response;
}

}  // namespace maillage::web
