#include "core/doctrine_changes.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/simulation_messages_fr.hpp"
#include "core/text.hpp"

namespace maillage::core {

namespace {

namespace msg = change_messages;

constexpr int kMaxInteger = 9999;  // months, levels, numbers of posts: far below

// SIREN of an EPCI (9 digits) or INSEE code of a commune (5 characters, Corsica's 2A/2B).
bool is_territory_code(std::string_view code) {
  const auto digits = [](std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (code.size() == 9) return digits(code);
  if (code.size() != 5) return false;
  const bool corsica = code[0] == '2' && (code[1] == 'A' || code[1] == 'B');
  return (corsica || digits(code.substr(0, 2))) && digits(code.substr(2));
}

// What is wrong with a well-typed value for this parameter, or "".
std::string range_problem(const Parameter& parameter, const ParameterValue& value) {
  if (const auto* money = std::get_if<Money>(&value); money && money->cents() < 0) {
    return msg::negative_value(parameter, format_money(*money));
  }
  if (const auto* fte = std::get_if<Fte>(&value); fte && fte->hundredths() < 0) {
    return msg::negative_value(parameter, format_fte_unit(*fte));
  }
  if (const auto* share = std::get_if<Percent>(&value);
      share && (share->basis_points() < 0 || share->basis_points() > 10000)) {
    return msg::percent_out_of_range(parameter, format_percent(*share));
  }
  if (const auto* number = std::get_if<int>(&value);
      number && (*number < 0 || *number > kMaxInteger)) {
    return msg::integer_out_of_range(parameter, std::to_string(*number), kMaxInteger);
  }
  if (const auto* codes = std::get_if<CodeList>(&value)) {
    for (const auto& code : *codes) {
      if (!is_territory_code(code)) return msg::bad_territory_code(parameter, code);
    }
  }
  return {};
}

std::optional<ParameterValue> parse_integer(std::string_view text) {
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

CodeList parse_codes(std::string_view text) {
  CodeList codes;
  std::string current;
  const auto flush = [&] {
    if (!current.empty()) codes.push_back(std::move(current));
    current.clear();
  };
  std::string spaced(text);
  for (std::size_t at = spaced.find(kNoBreakSpace); at != std::string::npos;
       at = spaced.find(kNoBreakSpace, at)) {
    spaced.replace(at, kNoBreakSpace.size(), " ");
  }
  for (const char c : spaced) {
    if (c == ',' || c == ';' || std::isspace(static_cast<unsigned char>(c))) {
      flush();
    } else {
      current += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  flush();
  return codes;
}

std::optional<ParameterValue> parse_kind(std::size_t kind, std::string_view text) {
  switch (kind) {
    case 0:
      if (const auto money = parse_money(text)) return *money;
      return std::nullopt;
    case 1:
      if (const auto fte = parse_fte(text)) return *fte;
      return std::nullopt;
    case 2:
      if (const auto share = parse_percent(text)) return *share;
      return std::nullopt;
    case 3:
      if (const auto date = parse_date(text)) return *date;
      return std::nullopt;
    case 4:
      return parse_integer(text);
    case 5:
      if (to_lower_ascii(text) == msg::kNoCode) return CodeList{};
      return parse_codes(text);
    default:
      return std::nullopt;
  }
}

std::string joined_codes(const CodeList& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ", ") + code;
  return out;
}

std::string value_text_on(const Parameter& parameter, Date date) {
  const ParameterValue* value = parameter.value_on(date);
  return value ? format_parameter_value(*value) : std::string(msg::kNoValue);
}

}  // namespace

std::optional<std::size_t> parameter_kind(const Parameter& parameter) {
  if (parameter.values.empty()) return std::nullopt;
  return parameter.values.front().value.index();
}

std::variant<ParameterValue, std::string> parse_parameter_value(const Parameter& parameter,
                                                                std::string_view text) {
  const auto kind = parameter_kind(parameter);
  if (!kind) return msg::parameter_without_kind(parameter);
  const std::string_view trimmed = trim(text);
  if (trimmed.empty()) return msg::empty_value(parameter);
  auto value = parse_kind(*kind, trimmed);
  if (!value) return msg::not_parsable(parameter, trimmed, *kind);
  if (auto problem = range_problem(parameter, *value); !problem.empty()) return problem;
  return std::move(*value);
}

ChangedDoctrineOrErrors apply_changes(const Doctrine& doctrine, const DoctrineChanges& changes,
                                      Date date) {
  ChangedDoctrine changed{doctrine, {}};
  std::vector<ChangeError> errors;
  for (const auto& change : changes.parameters) {
    const auto found = changed.doctrine.parameters.find(change.parameter_id);
    if (found == changed.doctrine.parameters.end()) {
      errors.push_back(
          {change.parameter_id, msg::unknown_parameter(change.parameter_id, doctrine)});
      continue;
    }
    Parameter& parameter = found->second;
    const auto kind = parameter_kind(parameter);
    if (!kind) {
      errors.push_back({parameter.id, msg::parameter_without_kind(parameter)});
      continue;
    }
    if (change.value.index() != *kind) {
      errors.push_back({parameter.id, msg::wrong_kind(parameter, *kind, change.value.index())});
      continue;
    }
    if (auto problem = range_problem(parameter, change.value); !problem.empty()) {
      errors.push_back({parameter.id, std::move(problem)});
      continue;
    }
    const Date from = change.from.value_or(changes.from.value_or(date));
    AppliedChange applied{parameter.id,
                          parameter.label,
                          false,
                          value_text_on(parameter, from),
                          format_parameter_value(change.value),
                          from,
                          parameter.source};
    // The new value holds from `from` on: later dated values would contradict it.
    std::erase_if(parameter.values, [&](const DatedValue& dated) { return dated.from >= from; });
    parameter.values.push_back({from, change.value});
    changed.applied.push_back(std::move(applied));
  }
  for (const auto& rule_id : changes.disabled_rules) {
    const auto found = std::find_if(changed.doctrine.rules.begin(), changed.doctrine.rules.end(),
                                    [&](const Rule& rule) { return rule.id == rule_id; });
    if (found == changed.doctrine.rules.end()) {
      errors.push_back({"rules." + rule_id, msg::unknown_rule(rule_id, doctrine)});
      continue;
    }
    if (found->kind == "funding_formula") {
      errors.push_back({"rules." + rule_id, msg::funding_rule_required(rule_id)});
      continue;
    }
    changed.applied.push_back({found->id, found->statement, true, std::string(msg::kRuleApplied),
                               std::string(msg::kRuleDisabled), changes.from.value_or(date),
                               found->source});
    changed.doctrine.rules.erase(found);
  }
  if (!errors.empty()) return errors;
  return changed;
}

std::string format_parameter_value(const ParameterValue& value) {
  return std::visit(
      [](const auto& alternative) -> std::string {
        using T = std::decay_t<decltype(alternative)>;
        if constexpr (std::is_same_v<T, Money>) return format_money(alternative);
        if constexpr (std::is_same_v<T, Fte>) return format_fte_unit(alternative);
        if constexpr (std::is_same_v<T, Percent>) return format_percent(alternative);
        if constexpr (std::is_same_v<T, Date>) return format_date(alternative);
        if constexpr (std::is_same_v<T, int>) return std::to_string(alternative);
        if constexpr (std::is_same_v<T, CodeList>) {
          return alternative.empty() ? std::string(msg::kNoCode) : joined_codes(alternative);
        }
      },
      value);
}

std::string input_text(const ParameterValue& value) {
  std::string text = format_parameter_value(value);
  // Drop the unit a user does not type: "48 000 €" -> "48 000", "80 %" -> "80".
  for (const std::string_view unit : {" €", " ETP", " %"}) {
    const std::string suffix = std::string(kNoBreakSpace) + std::string(unit.substr(1));
    if (text.size() > suffix.size() && text.ends_with(suffix)) {
      text.resize(text.size() - suffix.size());
    }
  }
  return text;
}

}  // namespace maillage::core
