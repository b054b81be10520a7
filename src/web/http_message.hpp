#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace maillage::web {

// A file sent with a multipart form.
struct UploadedFile {
  std::string filename;
  std::string content_type;
  std::string content;
};

// An HTTP request as the routes see it: decoded, independent of the server library.
struct Request {
  std::string method;  // "GET", "POST"…
  std::string path;    // decoded, without the query string
  std::string query_string;
  std::multimap<std::string, std::string> query;
  std::multimap<std::string, std::string> form;  // urlencoded or multipart fields
  std::map<std::string, UploadedFile> files;
  std::map<std::string, std::string> cookies;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;                            // raw body when it is neither form nor multipart
  std::string remote_address;
  bool secure = false;  // reached over HTTPS (directly or through the proxy's header)

  // First value of a query or form field, or "".
  std::string query_value(const std::string& name) const;
  std::string form_value(const std::string& name) const;
  std::vector<std::string> form_values(const std::string& name) const;
  std::string header(const std::string& lower_case_name) const;
  bool is_htmx() const { return !header("hx-request").empty(); }
  // Whether the method changes state (and so needs a CSRF token).
  bool is_unsafe() const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  void set_header(const std::string& name, const std::string& value);
  const std::string* find_header(const std::string& name) const;
};

Response redirect_to(const std::string& location, int status = 303);
Response plain_text(int status, std::string body);

// A record id from a path segment or a form field: the whole text is a decimal number, else none.
std::optional<std::int64_t> parse_id(std::string_view text);

// The version an edit form was loaded at. A form without its version is treated as stale (-1):
// never overwrite blindly.
int form_version(const Request& request);

// Percent-encodes a query-string value.
std::string url_encode(std::string_view text);

}  // namespace maillage::web
