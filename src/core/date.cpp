#include "core/date.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "core/text.hpp"

namespace maillage::core {

namespace {

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<int> parse_number(std::string_view text, std::size_t length) {
  if (text.size() != length) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date(year, month, day);
}

Date Date::plus_months(int months) const {
  const int index = year_ * 12 + (month_ - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  const int day = std::min(day_, days_in_month(year, month));
  return Date(year, month, day);
}

long Date::days_since_epoch() const {
  return days_from_civil(year_, month_, day_);
}

Date Date::plus_days(int days) const {
  long z = days_since_epoch() + days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return Date(y, m, d);
}

std::string format_date(Date date) {
  return fmt::format("{:02}/{:02}/{:04}", date.day(), date.month(), date.year());
}

std::string format_iso_date(Date date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim(text);
  if (text.size() != 10) return std::nullopt;
  if (text[2] == '/' && text[5] == '/') {
    const auto d = parse_number(text.substr(0, 2), 2);
    const auto m = parse_number(text.substr(3, 2), 2);
    const auto y = parse_number(text.substr(6, 4), 4);
    if (!d || !m || !y) return std::nullopt;
    return Date::from_ymd(*y, *m, *d);
  }
  if (text[4] == '-' && text[7] == '-') {
    const auto y = parse_number(text.substr(0, 4), 4);
    const auto m = parse_number(text.substr(5, 2), 2);
    const auto d = parse_number(text.substr(8, 2), 2);
    if (!d || !m || !y) return std::nullopt;
    return Date::from_ymd(*y, *m, *d);
  }
  return std::nullopt;
}

}  // namespace maillage::core
