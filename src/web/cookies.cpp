#include "web/cookies.hpp"

#include <fmt/core.h>

namespace maillage::web {

std::string cookie_header(const std::string& name, const std::string& value,
                          const CookieOptions& options) {
  std::string header = fmt::format("{}={}; Path=/; HttpOnly; SameSite=Lax", name, value);
  if (options.secure) header += "; Secure";
  if (options.max_age_seconds) header += fmt::format("; Max-Age={}", *options.max_age_seconds);
  return header;
}

std::string expired_cookie_header(const std::string& name, bool secure) {
  return cookie_header(name, "", {.secure = secure, .max_age_seconds = 0});
}

std::map<std::string, std::string> parse_cookie_header(const std::string& header) {
  std::map<std::string, std::string> cookies;
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(';', start);
    if (end == std::string::npos) end = header.size();
    const std::string pair = header.substr(start, end - start);
    const std::size_t equals = pair.find('=');
    if (equals != std::string::npos) {
      std::string name = pair.substr(0, equals);
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      cookies.emplace(name, pair.substr(equals + 1));
    }
    start = end + 1;
  }
  return cookies;
}

std::string url_decode(const std::string& text) {
  std::string decoded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      decoded += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() &&
               std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      decoded += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      decoded += text[i];
    }
  }
  return decoded;
}

}  // namespace maillage::web
