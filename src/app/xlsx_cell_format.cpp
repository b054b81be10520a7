#include "app/xlsx_cell_format.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/date.hpp"

namespace maillage::app {

namespace {

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD;  // a lone surrogate is no character
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

}  // namespace

XlsxNumberKind builtin_number_kind(long format_id) {
  if (format_id == 9 || format_id == 10) return XlsxNumberKind::kPercent;
  if ((format_id >= 14 && format_id <= 17) || format_id == 22) return XlsxNumberKind::kDate;
  if ((format_id >= 18 && format_id <= 21) || format_id == 45 || format_id == 47) {
    return XlsxNumberKind::kTime;
  }
  if (format_id == 46) return XlsxNumberKind::kDuration;
  return XlsxNumberKind::kNumber;
}

// Days, months or years outside quoted text, escaped characters and [brackets] (colours, locales)
// make a date; "m" next to hours or seconds means minutes; "[h]" (elapsed hours) a duration; a
// "%" a percentage.
XlsxNumberKind custom_number_kind(std::string_view format_code) {
  bool day_or_year = false;
  bool month_or_minute = false;
  bool time = false;
  bool elapsed = false;
  bool percent = false;
  for (std::size_t i = 0; i < format_code.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(format_code[i])));
    if (c == ';') break;  // the other sections are for negative numbers, zero and text
    if (c == '"') {
      i = format_code.find('"', i + 1);
      if (i == std::string_view::npos) break;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped character, a space as wide as one, a fill character
    } else if (c == '[') {
      const auto close = format_code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const auto inside = format_code.substr(i + 1, close - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) {
        elapsed = true;
      }
      i = close;
    } else if (c == 'd' || c == 'y') {
      day_or_year = true;
    } else if (c == 'm') {
      month_or_minute = true;
    } else if (c == 'h' || c == 's') {
      time = true;
    } else if (c == '%') {
      percent = true;
    }
  }
  if (day_or_year || (month_or_minute && !time && !elapsed)) return XlsxNumberKind::kDate;
  if (elapsed) return XlsxNumberKind::kDuration;
  if (time || month_or_minute) return XlsxNumberKind::kTime;
  if (percent) return XlsxNumberKind::kPercent;
  return XlsxNumberKind::kNumber;
}

// Rounding to 15 significant digits first drops binary noise such as 0.30000000000000004; the
// shortest fixed text that reads back follows.
std::string format_xlsx_number(double value) {
  char scientific[64];
  const auto rounded_end = std::to_chars(scientific, scientific + sizeof scientific, value,
                                         std::chars_format::scientific, 14)
                               .ptr;
  double rounded = value;
  std::from_chars(scientific, rounded_end, rounded);
  if (rounded == 0) rounded = 0;  // no "-0"
  char fixed[400];                // DBL_MAX and the smallest subnormals fit
  const auto end =
      std::to_chars(fixed, fixed + sizeof fixed, rounded, std::chars_format::fixed).ptr;
  std::string text(fixed, end);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

// Serials count days: 1 is 01/01/1900, or 0 is 01/01/1904 in the 1904 system of old Mac
// workbooks. The time of day is rounded to the second, then dropped.
std::optional<std::string> format_xlsx_date(double serial, bool date1904) {
  if (!std::isfinite(serial)) return std::nullopt;
  const double days = std::floor(serial + 0.5 / 86400);
  if (date1904) {
    if (days < 0 || days > 2957003) return std::nullopt;
    return core::format_date(core::Date::from_ymd(1904, 1, 1)->plus_days(static_cast<int>(days)));
  }
  if (days < 1 || days > 2958465) return std::nullopt;
  // Excel counts a 29/02/1900 that never was (Lotus 1-2-3's bug, kept): serial 60 is that day and
  // the following serials are one day ahead, so that 61 is 01/03/1900.
  if (days == 60) return "29/02/1900";
  const int offset = static_cast<int>(days) - (days < 60 ? 1 : 2);
  return core::format_date(core::Date::from_ymd(1900, 1, 1)->plus_days(offset));
}

std::optional<std::string> format_xlsx_time(double serial, bool duration) {
  if (!std::isfinite(serial) || serial < 0 || serial > 1e7) return std::nullopt;
  long long seconds = std::llround(serial * 86400);
  if (!duration) seconds %= 86400;
  const long long hours = seconds / 3600;
  const long long minutes = seconds / 60 % 60;
  const long long rest = seconds % 60;
  if (rest == 0) return fmt::format("{:02}:{:02}", hours, minutes);
  return fmt::format("{:02}:{:02}:{:02}", hours, minutes, rest);
}

std::string decode_xlsx_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '_' && i + 7 <= text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      unsigned code = 0;
      const char* first = text.data() + i + 2;
      const auto [end, error] = std::from_chars(first, first + 4, code, 16);
      if (error == std::errc() && end == first + 4) {
        append_utf8(out, code);
        i += 7;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

}  // namespace maillage::app
