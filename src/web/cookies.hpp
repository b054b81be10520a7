#pragma once

#include <map>
#include <optional>
#include <string>

namespace maillage::web {

inline constexpr const char* kSessionCookie = "maillage_session";
inline constexpr const char* kFlashCookie = "maillage_flash";
inline constexpr const char* kLoginCsrfCookie = "maillage_connexion";

struct CookieOptions {
  bool secure = false;
  std::optional<long> max_age_seconds;  // none: until the browser closes
};

// "name=value; Path=/; HttpOnly; SameSite=Lax[; Secure][; Max-Age=n]"
std::string cookie_header(const std::string& name, const std::string& value,
                          const CookieOptions& options);
std::string expired_cookie_header(const std::string& name, bool secure);

// Parses a Cookie request header.
std::map<std::string, std::string> parse_cookie_header(const std::string& header);

// Decodes %XX and '+' (query strings, cookie values we encoded).
std::string url_decode(const std::string& text);

}  // namespace maillage::web
