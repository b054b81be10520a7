#include "web/api/api_support.hpp"

#include <algorithm>
#include <limits>

#include "app/import_messages_fr.hpp"
#include "core/text.hpp"
#include "web/api/api_messages_fr.hpp"
#include "web/problem.hpp"

namespace maillage::web::api {

namespace msg = messages;
using nlohmann::json;

namespace {

std::string type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::string:
      return "une chaîne de caractères";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "un nombre entier";
    case json::value_t::number_float:
      return "un nombre décimal";
    case json::value_t::boolean:
      return "un booléen";
    case json::value_t::array:
      return "un tableau";
    case json::value_t::object:
      return "un objet";
    default:
      return "null";
  }
}

json errors_json(const std::vector<FieldError>& errors) {
  json list = json::array();
  for (const auto& error : errors) {
    list.push_back({{"champ", error.field.empty() ? json(nullptr) : json(error.field)},
                    {"message", error.message}});
  }
  return list;
}

bool all_digits(const std::string& text, std::size_t max_length) {
  return !text.empty() && text.size() <= max_length &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_json_media_type(const std::string& content_type) {
  const std::string type = core::to_lower_ascii(content_type.substr(0, content_type.find(';')));
  const std::string trimmed = type.substr(0, type.find_last_not_of(' ') + 1);
  return trimmed == "application/json" ||
         (trimmed.rfind("application/", 0) == 0 && trimmed.size() > 5 &&
          trimmed.compare(trimmed.size() - 5, 5, "+json") == 0);
}

// Line and column (from 1) of the byte `position` (from 1, as the parser counts).
std::pair<std::size_t, std::size_t> line_and_column(const std::string& text, std::size_t position) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i + 1 < position && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not the continuation bytes of UTF-8
    }
  }
  return {line, column};
}

// The text with every byte that is not part of valid UTF-8 replaced by "?": the excerpt of a
// broken body goes back in a JSON answer, which must be valid UTF-8.
std::string printable_utf8(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t width = lead < 0x80           ? 1
                              : (lead >> 5) == 0x6  ? 2
                              : (lead >> 4) == 0xE  ? 3
                              : (lead >> 3) == 0x1E ? 4
                                                    : 0;
    bool valid =
        width > 0 && i + width <= text.size() && lead != 0xC0 && lead != 0xC1 && lead <= 0xF4;
    for (std::size_t k = 1; valid && k < width; ++k) {
      valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    }
    if (valid && width > 2) {  // overlong forms, surrogates, beyond U+10FFFF
      const auto second = static_cast<unsigned char>(text[i + 1]);
      valid = !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second >= 0xA0) &&
              !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second >= 0x90);
    }
    if (!valid) {
      out += '?';
      ++i;
      continue;
    }
    const char c = text[i];
    out += (c == '\n' || c == '\r' || c == '\t') ? std::string(" ") : text.substr(i, width);
    i += width;
  }
  return out;
}

// The twenty bytes or so before the error.
std::string excerpt_before(const std::string& text, std::size_t position) {
  const std::size_t end = std::min(position, text.size());
  std::size_t start = end > 20 ? end - 20 : 0;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return printable_utf8(text.substr(start, end - start));
}

}  // namespace

Handler guarded(Handler handler) {
  return [handler = std::move(handler)](RequestContext& context) {
    try {
      return handler(context);
    } catch (const Refusal& refusal) {
      return refusal.response();
    }
  };
}

Response not_found() {
  return problem(404, msg::kNotFoundTitle, msg::kNotFound);
}

Response forbidden(const std::string& detail) {
  return problem(403, msg::kForbiddenTitle, detail);
}

Response bad_request(const std::string& detail, const std::vector<FieldError>& errors) {
  if (errors.empty()) return problem(400, msg::kBadRequestTitle, detail);
  return problem(400, msg::kBadRequestTitle, detail, {{"errors", errors_json(errors)}});
}

Response invalid(const std::vector<FieldError>& errors) {
  return problem(422, msg::kInvalidTitle, msg::invalid_detail(errors.size()),
                 {{"errors", errors_json(errors)}});
}

Response stale(int sent_version, const json& current) {
  return problem(409, msg::kStaleTitle,
                 msg::stale_detail(sent_version, current.value("version", 0)),
                 {{"current", current}});
}

Response created(const std::string& location, const json& body) {
  Response response = json_response(body, 201);
  response.set_header("Location", location);
  return response;
}

std::vector<FieldError> field_errors(const std::vector<app::ImportError>& errors,
                                     const std::map<std::string, std::string>& renamed) {
  std::vector<FieldError> fields;
  for (const auto& error : errors) {
    const auto it = renamed.find(error.column);
    std::string message = error.message;
    // "required (etp_agent)" may name a column the API calls otherwise: say it beside the field.
    if (message == app::import_messages::required(error.column) ||
        message == app::import_messages::required()) {
      message = msg::kRequired;
    }
    // The import messages start in lower case (they follow "ligne 3, colonne x : ").
    if (!message.empty() && message[0] >= 'a' && message[0] <= 'z') message[0] -= 'a' - 'A';
    if (!message.empty() && message.back() != '.' && message.back() != '?') message += '.';
    fields.push_back({it == renamed.end() ? error.column : it->second, std::move(message)});
  }
  return fields;
}

json json_body(const Request& request) {
  if (!is_json_media_type(request.header("content-type"))) {
    throw Refusal(problem(415, msg::kMediaTypeTitle, msg::kMediaType));
  }
  if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw Refusal(bad_request(msg::kEmptyBody));
  }
  try {
    json body = json::parse(request.body);
    if (!body.is_object()) throw Refusal(bad_request(msg::kBodyNotObject));
    return body;
  } catch (const json::parse_error& error) {
    const auto [line, column] = line_and_column(request.body, error.byte);
    throw Refusal(
        bad_request(msg::malformed_json(line, column, excerpt_before(request.body, error.byte))));
  }
}

const json* BodyReader::find(const std::string& field, bool required) {
  read_.insert(field);
  const auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) {
    if (required) error(field, msg::kRequired);
    return nullptr;
  }
  return &*it;
}

bool BodyReader::has(const std::string& field) const {
  const auto it = body_.find(field);
  return it != body_.end() && !it->is_null();
}

void BodyReader::error(const std::string& field, std::string message) {
  errors_.push_back({field, std::move(message)});
}

std::string BodyReader::text(const std::string& field, bool required) {
  const json* value = find(field, required);
  if (value == nullptr) return "";
  if (!value->is_string()) {
    error(field, msg::wrong_type("Chaîne de caractères", type_name(*value)));
    return "";
  }
  return value->get<std::string>();
}

std::optional<std::int64_t> BodyReader::count(const std::string& field, bool required,
                                              std::int64_t max) {
  const json* value = find(field, required);
  if (value == nullptr) return std::nullopt;
  if (value->is_number_unsigned()) {
    const auto number = value->get<std::uint64_t>();
    if (number > static_cast<std::uint64_t>(max)) {
      error(field, msg::number_too_large(max));
      return std::nullopt;
    }
    return static_cast<std::int64_t>(number);
  }
  if (value->is_number_integer()) {
    const auto number = value->get<std::int64_t>();
    if (number < 0) {
      error(field, msg::negative_number());
      return std::nullopt;
    }
    if (number > max) {
      error(field, msg::number_too_large(max));
      return std::nullopt;
    }
    return number;
  }
  error(field, msg::wrong_type("Nombre entier", type_name(*value)));
  return std::nullopt;
}

std::optional<bool> BodyReader::boolean(const std::string& field, bool required) {
  const json* value = find(field, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    error(field, msg::wrong_type("Booléen (true ou false)", type_name(*value)));
    return std::nullopt;
  }
  return value->get<bool>();
}

std::string BodyReader::date(const std::string& field, bool required) {
  const json* value = find(field, required);
  if (value == nullptr) return "";
  if (!value->is_string()) {
    error(field, msg::wrong_type("Date « aaaa-mm-jj » entre guillemets", type_name(*value)));
    return "";
  }
  const std::string text = value->get<std::string>();
  const bool iso = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                   all_digits(text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2), 8);
  if (!iso || !core::parse_date(text)) {
    error(field, msg::bad_iso_date(text));
    return "";
  }
  return text;
}

std::vector<std::string> BodyReader::texts(const std::string& field, bool required) {
  const json* value = find(field, required);
  if (value == nullptr) return {};
  if (!value->is_array()) {
    error(field, msg::wrong_type("Tableau de chaînes de caractères", type_name(*value)));
    return {};
  }
  std::vector<std::string> items;
  for (const auto& item : *value) {
    if (!item.is_string()) {
      error(field, msg::wrong_type("Chaque élément : une chaîne de caractères", type_name(item)));
      return {};
    }
    const std::string text = item.get<std::string>();
    if (text.find_first_of("\r\n") != std::string::npos) {
      error(field, msg::kLineBreakInItem);
      return {};
    }
    items.push_back(text);
  }
  return items;
}

void BodyReader::ignore(std::initializer_list<const char*> fields) {
  for (const char* field : fields) read_.insert(field);
}

std::vector<FieldError> BodyReader::finish() {
  for (const auto& [field, value] : body_.items()) {
    if (read_.count(field)) continue;
    if (read_.count(field + "_centiemes")) {
      error(field, msg::unknown_field(field + "_centiemes",
                                      "un entier en centièmes d'ETP : 75 pour 0,75 ETP"));
    } else if (read_.count(field + "_centimes")) {
      error(field, msg::unknown_field(field + "_centimes",
                                      "un entier en centimes : 4800000 pour 48 000 €"));
    } else {
      error(field, msg::unknown_field("", ""));
    }
  }
  return errors_;
}

int expected_version(const Request& request, BodyReader& reader) {
  const bool in_body = reader.has("version");
  const auto from_body = reader.count("version", false, std::numeric_limits<int>::max());
  std::string tag = request.header("if-match");
  if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
  if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"')
    tag = tag.substr(1, tag.size() - 2);
  std::optional<int> from_header;
  if (all_digits(tag, 9)) from_header = std::stoi(tag);
  if (in_body && !from_body) return -1;  // its type error is recorded already
  if (!from_body && !from_header) {
    reader.error("version", msg::kVersionRequired);
    return -1;
  }
  if (from_body && from_header && *from_body != *from_header) {
    reader.error("version", msg::kVersionsDiffer);
    return -1;
  }
  return from_body ? static_cast<int>(*from_body) : *from_header;
}

std::optional<core::Date> query_date(const Request& request, const std::string& name) {
  const std::string value = request.query_value(name);
  if (value.empty()) return std::nullopt;
  const auto date = value.size() == 10 && value[4] == '-' ? core::parse_date(value) : std::nullopt;
  if (!date) {
    throw Refusal(bad_request(msg::bad_iso_date(value), {{name, msg::bad_iso_date(value)}}));
  }
  return date;
}

Page query_page(const Request& request) {
  Page page;
  std::vector<FieldError> errors;
  const std::string limit = request.query_value("limit");
  if (!limit.empty()) {
    if (all_digits(limit, 4) && std::stoi(limit) >= 1 && std::stoi(limit) <= kMaxLimit) {
      page.limit = static_cast<std::size_t>(std::stoi(limit));
    } else {
      errors.push_back({"limit", msg::bad_limit(limit, kMaxLimit)});
    }
  }
  const std::string offset = request.query_value("offset");
  if (!offset.empty()) {
    if (all_digits(offset, 9)) {
      page.offset = static_cast<std::size_t>(std::stoul(offset));
    } else {
      errors.push_back({"offset", msg::bad_offset(offset)});
    }
  }
  if (!errors.empty()) throw Refusal(bad_request(errors.front().message, errors));
  return page;
}

json iso_or_null(const std::optional<core::Date>& date) {
  return date ? json(core::format_iso_date(*date)) : json(nullptr);
}

std::shared_ptr<const app::PortfolioSnapshot> fresh_snapshot(RequestContext& context) {
  return context.services.portfolio.get(context.database, context.today);
}

}  // namespace maillage::web::api
