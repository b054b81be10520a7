#include "core/fte.hpp"

#include <string>

#include "core/text.hpp"

namespace maillage::core {

namespace {

// Parses "12", "12,5", "12.50" into hundredths of a unit. No sign, no grouping.
std::optional<long> parse_hundredths(std::string_view compact) {
  if (compact.empty()) return std::nullopt;
  long units = 0;
  long fraction = 0;
  int integer_digits = 0;
  int decimals = -1;
  for (const char c : compact) {
    if (c == ',' || c == '.') {
      if (decimals >= 0 || integer_digits == 0) return std::nullopt;
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (decimals < 0) {
      if (++integer_digits > 6) return std::nullopt;
      units = units * 10 + (c - '0');
    } else {
      if (++decimals > 2) return std::nullopt;
      fraction = fraction * 10 + (c - '0');
    }
  }
  if (integer_digits == 0 || decimals == 0) return std::nullopt;
  if (decimals == 1) fraction *= 10;
  return units * 100 + fraction;
}

std::string format_hundredths(long value) {
  // The sign first, then the magnitude: "-0,5" and not "0,-5" (gaps in points can be negative).
  std::string out = value < 0 ? "-" : "";
  const long magnitude = value < 0 ? -value : value;
  out += std::to_string(magnitude / 100);
  if (const long rest = magnitude % 100; rest != 0) {
    out += ',';
    out += static_cast<char>('0' + rest / 10);
    if (rest % 10 != 0) out += static_cast<char>('0' + rest % 10);
  }
  return out;
}

std::string without_suffix(std::string compact, std::string_view suffix) {
  if (compact.size() >= suffix.size() &&
      to_lower_ascii(compact.substr(compact.size() - suffix.size())) == suffix) {
    compact.resize(compact.size() - suffix.size());
  }
  return compact;
}

}  // namespace

std::string format_fte(Fte fte) {
  return format_hundredths(fte.hundredths());
}

std::string format_fte_unit(Fte fte) {
  return format_fte(fte) + std::string(kNoBreakSpace) + "ETP";
}

std::optional<Fte> parse_fte(std::string_view text) {
  const auto value = parse_hundredths(without_suffix(strip_spaces(text), "etp"));
  if (!value || *value > 100000) return std::nullopt;
  return Fte::from_hundredths(static_cast<int>(*value));
}

std::string format_percent(Percent share) {
  return format_hundredths(share.basis_points()) + std::string(kNoBreakSpace) + "%";
}

std::optional<Percent> parse_percent(std::string_view text) {
  const auto value = parse_hundredths(without_suffix(strip_spaces(text), "%"));
  if (!value || *value > 100000) return std::nullopt;
  return Percent::from_basis_points(static_cast<int>(*value));
}

Percent share_of(int part, int whole) {
  if (whole == 0) return Percent{};
  const long long scaled = static_cast<long long>(part) * 10000;
  return Percent::from_basis_points(static_cast<int>((scaled + whole / 2) / whole));
}

}  // namespace maillage::core
