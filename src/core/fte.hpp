#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::core {

// Full-time equivalent (ETP), exact to the hundredth: 0,75 ETP is 75.
class Fte {
 public:
  constexpr Fte() = default;
  static constexpr Fte from_hundredths(int hundredths) { return Fte(hundredths); }
  static constexpr Fte full_time() { return Fte(100); }

  constexpr int hundredths() const { return hundredths_; }
  constexpr bool is_zero() const { return hundredths_ == 0; }
  constexpr Fte operator+(Fte other) const { return Fte(hundredths_ + other.hundredths_); }
  constexpr Fte operator-(Fte other) const { return Fte(hundredths_ - other.hundredths_); }
  Fte& operator+=(Fte other) {
    hundredths_ += other.hundredths_;
    return *this;
  }
  constexpr auto operator<=>(const Fte&) const = default;

 private:
  constexpr explicit Fte(int hundredths) : hundredths_(hundredths) {}
  int hundredths_ = 0;
};

// "0,75", "1", "12,5" (French decimal comma, no unit).
std::string format_fte(Fte fte);
// "0,75 ETP".
std::string format_fte_unit(Fte fte);
// Accepts "0,75", "0.75", "1", "0,5", optionally followed by "ETP". At most two decimals, not
// negative.
std::optional<Fte> parse_fte(std::string_view text);

// A share in basis points (1 % = 100): exact percentages for rates and thresholds.
class Percent {
 public:
  constexpr Percent() = default;
  static constexpr Percent from_basis_points(int bp) { return Percent(bp); }
  constexpr int basis_points() const { return bp_; }
  constexpr auto operator<=>(const Percent&) const = default;

 private:
  constexpr explicit Percent(int bp) : bp_(bp) {}
  int bp_ = 0;
};

// "50 %", "12,5 %".
std::string format_percent(Percent share);
// Accepts "50", "50 %", "12,5", "12.5%". At most two decimals.
std::optional<Percent> parse_percent(std::string_view text);
// part / whole as a Percent, rounded half up to the basis point (for showing shares).
Percent share_of(int part, int whole);

}  // namespace maillage::core
