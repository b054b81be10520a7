#include "web/http_message.hpp"

#include <charconv>

#include <fmt/core.h>

#include <algorithm>
#include <cctype>

namespace maillage::web {

namespace {

std::string first_of(const std::multimap<std::string, std::string>& values,
                     const std::string& name) {
  const auto it = values.find(name);
  return it == values.end() ? std::string{} : it->second;
}

bool same_name(const std::string& a, const std::string& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::string Request::query_value(const std::string& name) const {
  return first_of(query, name);
}

std::string Request::form_value(const std::string& name) const {
  return first_of(form, name);
}

std::vector<std::string> Request::form_values(const std::string& name) const {
  std::vector<std::string> values;
  const auto [first, last] = form.equal_range(name);
  for (auto it = first; it != last; ++it) values.push_back(it->second);
  return values;
}

std::string Request::header(const std::string& lower_case_name) const {
  const auto it = headers.find(lower_case_name);
  return it == headers.end() ? std::string{} : it->second;
}

bool Request::is_unsafe() const {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

void Response::set_header(const std::string& name, const std::string& value) {
  for (auto& [existing, existing_value] : headers) {
    if (same_name(existing, name)) {
      existing_value = value;
      return;
    }
  }
  headers.emplace_back(name, value);
}

const std::string* Response::find_header(const std::string& name) const {
  for (const auto& [existing, value] : headers) {
    if (same_name(existing, name)) return &value;
  }
  return nullptr;
}

Response redirect_to(const std::string& location, int status) {
  Response response;
  response.status = status;
  response.set_header("Location", location);
  response.content_type = "text/plain; charset=utf-8";
  return response;
}

Response plain_text(int status, std::string body) {
  Response response;
  response.status = status;
  response.content_type = "text/plain; charset=utf-8";
  response.body = std::move(body);
  return response;
}

std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return id;
}

int form_version(const Request& request) {
  try {
    return std::stoi(request.form_value("version"));
  } catch (const std::exception&) {
    return -1;
  }
}

std::string url_encode(std::string_view text) {
  std::string encoded;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '_' || c == '.' || c == '~') {
      encoded += c;
    } else {
      encoded += fmt::format("%{:02X}", byte);
    }
  }
  return encoded;
}

}  // namespace maillage::web
