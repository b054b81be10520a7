#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/import_report.hpp"
#include "core/date.hpp"
#include "web/http_message.hpp"
#include "web/request_context.hpp"
#include "web/router.hpp"

// What every resource of the JSON API shares: its operations (route + OpenAPI description kept
// together, so the document cannot forget a route), reading the body and the query, and the
// problem+json answers.
namespace maillage::web::api {

inline constexpr const char* kPrefix = "/api/v1";

struct Operation {
  std::string method;  // "GET", "POST", "PUT"
  std::string path;    // relative to kPrefix: "/posts/{id}"
  Handler handler;
  nlohmann::json description;  // the OpenAPI Operation Object
  Access access = Access::kSignedIn;
};

// A field of a request and what is wrong with it (the "errors" of a 400 or a 422).
struct FieldError {
  std::string field;
  std::string message;
};

// Thrown by the helpers below when the request cannot go on; `guarded` turns it into its answer.
class Refusal : public std::runtime_error {
 public:
  explicit Refusal(Response response)
      : std::runtime_error("refus de l'API"), response_(std::move(response)) {}
  const Response& response() const { return response_; }

 private:
  Response response_;
};

// The handler, answering a Refusal with its problem.
Handler guarded(Handler handler);

// problem+json answers. Not found says the same for a missing record and one outside the
// perimeter, byte for byte.
Response not_found();
Response forbidden(const std::string& detail);
Response bad_request(const std::string& detail, const std::vector<FieldError>& errors = {});
Response invalid(const std::vector<FieldError>& errors);
Response stale(int sent_version, const nlohmann::json& current);
// 201 with the Location of the new record.
Response created(const std::string& location, const nlohmann::json& body);

// The record services' errors under the API's field names (`renamed`: column -> JSON field),
// as sentences.
std::vector<FieldError> field_errors(const std::vector<app::ImportError>& errors,
                                     const std::map<std::string, std::string>& renamed = {});

// The body as a JSON object; refuses (415, 400) anything else, saying where the JSON breaks.
nlohmann::json json_body(const Request& request);

// Reads a JSON object's fields into the texts the record services expect, checking each value's
// JSON type and collecting every error with its field name.
class BodyReader {
 public:
  explicit BodyReader(const nlohmann::json& body) : body_(body) {}

  // "" when absent or null (the service then says whether it was required).
  std::string text(const std::string& field, bool required = false);
  // An integer from 0 to `max`; nullopt when absent, null or wrong.
  std::optional<std::int64_t> count(const std::string& field, bool required, std::int64_t max);
  std::optional<bool> boolean(const std::string& field, bool required = false);
  // An ISO date "2027-01-31", returned as written; "" when absent or null.
  std::string date(const std::string& field, bool required = false);
  // An array of strings, none with a line break.
  std::vector<std::string> texts(const std::string& field, bool required = false);
  // Fields the representation shows but a write ignores (e.g. "financement"): allowed, so a
  // client may send back what it read.
  void ignore(std::initializer_list<const char*> fields);
  bool has(const std::string& field) const;
  void error(const std::string& field, std::string message);
  // Every error, plus one per field nobody read, suggesting the right name for the likely
  // mistake of a unit-less name ("etp_mission" -> "etp_mission_centiemes").
  std::vector<FieldError> finish();

 private:
  const nlohmann::json* find(const std::string& field, bool required);
  const nlohmann::json& body_;
  std::set<std::string> read_;
  std::vector<FieldError> errors_;
};

// The version the client read: the body's "version" or an If-Match header ("3" or W/"3").
// Records an error on `reader` and returns -1 when neither is given or they disagree.
int expected_version(const Request& request, BodyReader& reader);

// Query parameters; each refuses a malformed value with a 400 naming the parameter.
std::optional<core::Date> query_date(const Request& request, const std::string& name);
struct Page {
  std::size_t limit = 100;
  std::size_t offset = 0;
};
inline constexpr int kMaxLimit = 500;
Page query_page(const Request& request);

// JSON of optional values.
nlohmann::json iso_or_null(const std::optional<core::Date>& date);

// The portfolio as it is now, after a write (the request's snapshot was taken before it).
std::shared_ptr<const app::PortfolioSnapshot> fresh_snapshot(RequestContext& context);

}  // namespace maillage::web::api
