#include "core/workspace_record.hpp"

#include <charconv>

#include "core/text.hpp"

namespace maillage::core {

std::string WorkspaceScope::key() const {
  return is_caf() ? "caf:" + caf_departement : "ctg:" + std::to_string(ctg_id);
}

const std::string& WorkspaceRecord::value(std::string_view field) const {
  static const std::string kEmpty;
  const auto found = values.find(std::string(field));
  return found == values.end() ? kEmpty : found->second;
}

std::optional<Date> WorkspaceRecord::date(std::string_view field) const {
  const auto& text = value(field);
  return text.empty() ? std::nullopt : parse_date(text);
}

std::optional<Decimal> WorkspaceRecord::decimal(std::string_view field) const {
  const auto& text = value(field);
  if (text.empty()) return std::nullopt;
  long long hundredths = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), hundredths);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return Decimal::from_hundredths(hundredths);
}

std::optional<long long> WorkspaceRecord::integer(std::string_view field) const {
  const auto& text = value(field);
  long long number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

std::vector<std::string> WorkspaceRecord::references(std::string_view field) const {
  return split_references(value(field));
}

std::vector<std::string> split_references(std::string_view text) {
  std::vector<std::string> references;
  while (!text.empty()) {
    const auto comma = text.find_first_of(",;");
    const auto piece = trim(text.substr(0, comma));
    if (!piece.empty()) references.emplace_back(piece);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return references;
}

}  // namespace maillage::core
