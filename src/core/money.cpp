#include "core/money.hpp"

#include <cstdlib>
#include <string>

#include "core/text.hpp"

namespace maillage::core {

namespace {

std::string format_digits(Money amount, bool group) {
  const std::int64_t cents = amount.cents();
  const std::uint64_t magnitude =
      cents < 0 ? static_cast<std::uint64_t>(-(cents + 1)) + 1 : static_cast<std::uint64_t>(cents);
  const std::string euros = std::to_string(magnitude / 100);
  std::string out = cents < 0 ? "-" : "";
  out += group ? group_thousands(euros) : euros;
  if (const auto rest = magnitude % 100; rest != 0) {
    out += ',';
    if (rest < 10) out += '0';
    out += std::to_string(rest);
  }
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

std::string format_money(Money amount) {
  return format_digits(amount, true) + std::string(kNoBreakSpace) + "€";
}

std::string format_money_plain(Money amount) {
  return format_digits(amount, false);
}

std::optional<Money> parse_money(std::string_view text) {
  std::string compact = strip_spaces(trim(text));
  if (ends_with(compact, "€")) compact.resize(compact.size() - std::string_view("€").size());
  if (ends_with(compact, "EUR")) compact.resize(compact.size() - 3);
  if (compact.empty()) return std::nullopt;

  bool negative = false;
  std::size_t pos = 0;
  if (compact[0] == '-') {
    negative = true;
    pos = 1;
  }
  std::int64_t euros = 0;
  std::int64_t cents = 0;
  int integer_digits = 0;
  int decimals = -1;  // -1: no separator seen
  for (; pos < compact.size(); ++pos) {
    const char c = compact[pos];
    if (c == ',' || c == '.') {
      if (decimals >= 0 || integer_digits == 0) return std::nullopt;
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (decimals < 0) {
      if (++integer_digits > 13) return std::nullopt;  // beyond any plausible budget
      euros = euros * 10 + (c - '0');
    } else {
      if (++decimals > 2) return std::nullopt;
      cents = cents * 10 + (c - '0');
    }
  }
  if (integer_digits == 0 || decimals == 0) return std::nullopt;
  if (decimals == 1) cents *= 10;
  const std::int64_t total = euros * 100 + cents;
  return Money::from_cents(negative ? -total : total);
}

Money scale(Money amount, std::int64_t numerator, std::int64_t denominator) {
  // Products stay far below 2^63: cents < 10^15 and factors are FTE hundredths or basis points.
  const std::int64_t product = amount.cents() * numerator;
  std::int64_t quotient = product / denominator;
  const std::int64_t remainder = product % denominator;
  if (2 * std::llabs(remainder) >= std::llabs(denominator)) {
    quotient += ((product < 0) != (denominator < 0)) ? -1 : 1;
  }
  return Money::from_cents(quotient);
}

}  // namespace maillage::core
