#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::core {

// A quantity measured by an action's indicator (families reached, places, a rate…), exact to the
// hundredth like FTE and money: 12,5 is 1250. Never a float, so that a target compares exactly.
class Decimal {
 public:
  constexpr Decimal() = default;
  static constexpr Decimal from_hundredths(std::int64_t hundredths) { return Decimal(hundredths); }
  constexpr std::int64_t hundredths() const { return hundredths_; }
  constexpr auto operator<=>(const Decimal&) const = default;

 private:
  constexpr explicit Decimal(std::int64_t hundredths) : hundredths_(hundredths) {}
  std::int64_t hundredths_ = 0;
};

// "12", "12,5", "1 250,75" (French decimal comma, digits grouped by three).
std::string format_decimal(Decimal value);
// Same without grouping, for CSV cells: "1250,75".
std::string format_decimal_plain(Decimal value);
// Accepts "12", "-3", "12,5", "12.5", "1 250,75". At most two decimals; no letters.
std::optional<Decimal> parse_decimal(std::string_view text);

}  // namespace maillage::core
