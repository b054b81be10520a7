#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::core {

// An amount of money in euro cents. Never a float: rules compute on integers.
class Money {
 public:
  constexpr Money() = default;
  static constexpr Money from_cents(std::int64_t cents) { return Money(cents); }
  static constexpr Money from_euros(std::int64_t euros) { return Money(euros * 100); }

  constexpr std::int64_t cents() const { return cents_; }
  constexpr bool is_zero() const { return cents_ == 0; }

  constexpr Money operator+(Money other) const { return Money(cents_ + other.cents_); }
  constexpr Money operator-(Money other) const { return Money(cents_ - other.cents_); }
  Money& operator+=(Money other) {
    cents_ += other.cents_;
    return *this;
  }
  constexpr auto operator<=>(const Money&) const = default;

 private:
  constexpr explicit Money(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

// "12 000 €", "12 000,50 €" (no-break spaces, as French spreadsheets write them).
std::string format_money(Money amount);
// Same digits without the currency sign, for CSV cells: "12000,50".
std::string format_money_plain(Money amount);

// Accepts "12000", "12 000", "12 000,50", "12000.5", "12 000 €", "12 000 EUR".
// Rejects more than two decimals, several separators, letters: std::nullopt.
std::optional<Money> parse_money(std::string_view text);

// a × numerator / denominator, rounded half away from zero to the cent.
Money scale(Money amount, std::int64_t numerator, std::int64_t denominator);

}  // namespace maillage::core
