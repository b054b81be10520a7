#include "core/workspace_values.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/decimal.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "core/workspace_messages_fr.hpp"
#include "core/workspace_record.hpp"

namespace maillage::core {

namespace {

namespace msg = workspace_messages;

constexpr std::size_t kMaxLineCharacters = 300;
constexpr std::size_t kMaxTextCharacters = 20000;

ParsedValue failed(std::string message) {
  return {"", std::move(message)};
}

std::optional<long long> whole_number(std::string_view text) {
  long long number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

ParsedValue parse_time(std::string_view text) {
  std::string normalized(text);
  std::replace(normalized.begin(), normalized.end(), 'h', ':');
  std::replace(normalized.begin(), normalized.end(), 'H', ':');
  if (!normalized.empty() && normalized.back() == ':') normalized += "00";
  const auto colon = normalized.find(':');
  if (colon == std::string::npos) return failed(msg::invalid_time(text));
  const auto hours = whole_number(std::string_view(normalized).substr(0, colon));
  const auto minutes = whole_number(std::string_view(normalized).substr(colon + 1));
  if (!hours || !minutes || *hours < 0 || *hours > 23 || *minutes < 0 || *minutes > 59 ||
      normalized.size() - colon - 1 != 2) {
    return failed(msg::invalid_time(text));
  }
  char buffer[6];
  buffer[0] = static_cast<char>('0' + *hours / 10);
  buffer[1] = static_cast<char>('0' + *hours % 10);
  buffer[2] = ':';
  buffer[3] = normalized[colon + 1];
  buffer[4] = normalized[colon + 2];
  buffer[5] = '\0';
  return {buffer, std::nullopt};
}

bool plausible_email(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const auto domain = text.substr(at + 1);
  const auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
         std::none_of(text.begin(), text.end(),
                      [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

std::string allowed_codes(const FieldSpec& field) {
  std::string codes;
  for (const auto& choice : field.choices) {
    if (!codes.empty()) codes += ", ";
    codes += choice.code;
  }
  return codes;
}

ParsedValue parse_choice(const FieldSpec& field, std::string_view text) {
  const std::string lowered = to_lower_ascii(text);
  for (const auto& choice : field.choices) {
    // A file may carry the code ("en_cours") or, typed by hand, the label ("En cours").
    if (choice.code == lowered || choice.label == text) return {std::string(choice.code), {}};
  }
  return failed(msg::invalid_choice(text, allowed_codes(field)));
}

ParsedValue parse_references(const FieldSpec& field, std::string_view text) {
  std::vector<std::string> seen;
  for (const auto& reference : split_references(text)) {
    if (!valid_reference(reference)) return failed(msg::invalid_reference_format(reference));
    if (std::find(seen.begin(), seen.end(), reference) == seen.end()) seen.push_back(reference);
  }
  if (field.type == FieldType::kReference && seen.size() > 1) {
    return failed(msg::invalid_reference_format(text));
  }
  std::string joined;
  for (const auto& reference : seen) {
    if (!joined.empty()) joined += ", ";
    joined += reference;
  }
  return {joined, {}};
}

}  // namespace

bool valid_reference(std::string_view reference) {
  return !reference.empty() && reference.size() <= 30 &&
         std::all_of(reference.begin(), reference.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' ||
                  c == '.';
         });
}

ParsedValue parse_value(const FieldSpec& field, std::string_view typed) {
  const std::string_view text = trim(typed);
  if (text.empty()) return {};
  switch (field.type) {
    case FieldType::kText:
      if (text.find('\n') != std::string_view::npos || display_width(text) > kMaxLineCharacters) {
        return failed(msg::too_long(kMaxLineCharacters));
      }
      return {std::string(text), {}};
    case FieldType::kLongText:
      if (display_width(text) > kMaxTextCharacters)
        return failed(msg::too_long(kMaxTextCharacters));
      return {std::string(text), {}};
    case FieldType::kDate: {
      const auto date = parse_date(text);
      if (!date) return failed(msg::invalid_date(text));
      return {format_iso_date(*date), {}};
    }
    case FieldType::kTime:
      return parse_time(text);
    case FieldType::kInteger: {
      const auto number = whole_number(strip_spaces(text));
      if (!number || *number < 0 || *number > 1'000'000'000) {
        return failed(msg::invalid_integer(text));
      }
      return {std::to_string(*number), {}};
    }
    case FieldType::kMoney: {
      const auto amount = parse_money(text);
      if (!amount || amount->cents() < 0) return failed(msg::invalid_money(text));
      return {std::to_string(amount->cents()), {}};
    }
    case FieldType::kPercent: {
      std::string digits = strip_spaces(text);
      if (!digits.empty() && digits.back() == '%') digits.pop_back();
      const auto number = whole_number(digits);
      if (!number || *number < 0 || *number > 100) return failed(msg::invalid_percent(text));
      return {std::to_string(*number), {}};
    }
    case FieldType::kDecimal: {
      const auto value = parse_decimal(text);
      if (!value) return failed(msg::invalid_decimal(text));
      return {std::to_string(value->hundredths()), {}};
    }
    case FieldType::kYesNo: {
      const std::string lowered = to_lower_ascii(text);
      if (lowered == "oui" || lowered == "o" || lowered == "1" || lowered == "vrai") {
        return {"oui", {}};
      }
      if (lowered == "non" || lowered == "n" || lowered == "0" || lowered == "faux") {
        return {"non", {}};
      }
      return failed(msg::invalid_yes_no(text));
    }
    case FieldType::kChoice:
      return parse_choice(field, text);
    case FieldType::kEmail:
      if (!plausible_email(text)) return failed(msg::invalid_email(text));
      return {std::string(text), {}};
    case FieldType::kReference:
    case FieldType::kReferences:
      return parse_references(field, text);
  }
  return {std::string(text), {}};
}

std::string_view choice_label(const FieldSpec& field, std::string_view code) {
  for (const auto& choice : field.choices) {
    if (choice.code == code) return choice.label;
  }
  return code;
}

std::string editable_text(const FieldSpec& field, const std::string& canonical) {
  if (canonical.empty()) return "";
  switch (field.type) {
    case FieldType::kDate:
      if (const auto date = parse_date(canonical)) return format_date(*date);
      break;
    case FieldType::kMoney:
      if (const auto cents = whole_number(canonical)) {
        return format_money_plain(Money::from_cents(*cents));
      }
      break;
    case FieldType::kDecimal:
      if (const auto hundredths = whole_number(canonical)) {
        return format_decimal_plain(Decimal::from_hundredths(*hundredths));
      }
      break;
    default:
      break;
  }
  return canonical;
}

std::string display_text(const FieldSpec& field, const std::string& canonical) {
  if (canonical.empty()) return "";
  switch (field.type) {
    case FieldType::kMoney:
      if (const auto cents = whole_number(canonical)) {
        return format_money(Money::from_cents(*cents));
      }
      break;
    case FieldType::kDecimal:
      if (const auto hundredths = whole_number(canonical)) {
        return format_decimal(Decimal::from_hundredths(*hundredths));
      }
      break;
    case FieldType::kPercent:
      return canonical + "\xC2\xA0%";
    case FieldType::kChoice:
      return std::string(choice_label(field, canonical));
    default:
      break;
  }
  return editable_text(field, canonical);
}

}  // namespace maillage::core
