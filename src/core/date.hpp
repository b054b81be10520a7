#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::core {

// A calendar day. The domain never reads a clock: dates are always parameters.
class Date {
 public:
  constexpr Date() = default;
  // Returns std::nullopt for an impossible day (31/02, month 13…).
  static std::optional<Date> from_ymd(int year, int month, int day);

  constexpr int year() const { return year_; }
  constexpr int month() const { return month_; }
  constexpr int day() const { return day_; }

  // Same day N months later, clamped to the month's last day (31/01 + 1 month = 28/02).
  Date plus_months(int months) const;
  Date plus_days(int days) const;
  // Days since 1970-01-01 (negative before).
  long days_since_epoch() const;

  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
};

// "31/01/2027".
std::string format_date(Date date);
// "2027-01-31".
std::string format_iso_date(Date date);
// Accepts "31/01/2026" and "2026-01-31".
std::optional<Date> parse_date(std::string_view text);

}  // namespace maillage::core
