#include "core/decimal.hpp"

#include <cctype>

#include "core/text.hpp"

namespace maillage::core {

namespace {

std::string format(Decimal value, bool grouped) {
  const std::int64_t hundredths = value.hundredths();
  const std::uint64_t magnitude = hundredths < 0 ? static_cast<std::uint64_t>(-hundredths)
                                                 : static_cast<std::uint64_t>(hundredths);
  const std::string units = std::to_string(magnitude / 100);
  std::string text = hundredths < 0 ? "-" : "";
  text += grouped ? group_thousands(units) : units;
  if (const auto cents = magnitude % 100; cents != 0) {
    text += ',';
    text += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) text += static_cast<char>('0' + cents % 10);
  }
  return text;
}

}  // namespace

std::string format_decimal(Decimal value) {
  return format(value, true);
}
std::string format_decimal_plain(Decimal value) {
  return format(value, false);
}

std::optional<Decimal> parse_decimal(std::string_view text) {
  std::string digits = strip_spaces(trim(text));
  bool negative = false;
  if (!digits.empty() && digits.front() == '-') {
    negative = true;
    digits.erase(0, 1);
  }
  if (digits.empty()) return std::nullopt;
  std::int64_t units = 0;
  std::int64_t fraction = 0;
  int unit_digits = 0;
  int fraction_digits = -1;  // -1: no separator seen yet
  for (const char c : digits) {
    if (c == ',' || c == '.') {
      // Like money: "," alone, ",5" or "12," is a typing slip, not a number.
      if (fraction_digits >= 0 || unit_digits == 0) return std::nullopt;
      fraction_digits = 0;
    } else if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
      return std::nullopt;
    } else if (fraction_digits >= 0) {
      if (++fraction_digits > 2) return std::nullopt;
      fraction = fraction * 10 + (c - '0');
    } else {
      if (units > 1'000'000'000'000) return std::nullopt;  // far beyond any indicator
      units = units * 10 + (c - '0');
      ++unit_digits;
    }
  }
  if (fraction_digits == 0) return std::nullopt;
  if (fraction_digits == 1) fraction *= 10;
  const std::int64_t hundredths = units * 100 + fraction;
  return Decimal::from_hundredths(negative ? -hundredths : hundredths);
}

}  // namespace maillage::core
