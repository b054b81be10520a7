#include "app/timestamp.hpp"

#include <fmt/core.h>

#include <charconv>

namespace maillage::app {

namespace {

using namespace std::chrono;

// The digits of text[position, position + length) as a number, or -1.
int digits_at(std::string_view text, std::size_t position, std::size_t length) {
  int value = 0;
  const char* first = text.data() + position;
  const char* last = first + length;
  const auto [end, error] = std::from_chars(first, last, value);
  return error == std::errc{} && end == last && *first != '-' && *first != '+' ? value : -1;
}

// 01:00 UTC on the last Sunday of `month` in `y`.
sys_seconds last_sunday_one_am(year y, month m) {
  return sys_days{year_month_weekday_last{y, m, weekday_last{Sunday}}} + hours{1};
}

// France's offset from UTC at that instant.
seconds paris_offset(Timestamp at) {
  const year y = year_month_day{floor<days>(at)}.year();
  const bool summer = last_sunday_one_am(y, March) <= at && at < last_sunday_one_am(y, October);
  return summer ? hours{2} : hours{1};
}

struct CivilTime {
  year_month_day date;
  hh_mm_ss<seconds> time;
};

CivilTime civil(sys_seconds at) {
  const auto day = floor<days>(at);
  return {year_month_day{day}, hh_mm_ss<seconds>{at - day}};
}

}  // namespace

std::string iso_timestamp(Timestamp at) {
  const auto [date, time] = civil(at);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                     time.hours().count(), time.minutes().count(), time.seconds().count());
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SSZ
  if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':' || text[19] != 'Z') {
    return std::nullopt;
  }
  const int y = digits_at(text, 0, 4);
  const int mo = digits_at(text, 5, 2);
  const int d = digits_at(text, 8, 2);
  const int h = digits_at(text, 11, 2);
  const int mi = digits_at(text, 14, 2);
  const int s = digits_at(text, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
    return std::nullopt;
  }
  const year_month_day date{year{y}, month{static_cast<unsigned>(mo)},
                            day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return sys_days{date} + hours{h} + minutes{mi} + seconds{s};
}

Timestamp now_utc() {
  return floor<seconds>(system_clock::now());
}

std::string french_timestamp(Timestamp at) {
  const auto [date, time] = civil(at + paris_offset(at));
  return fmt::format("{:02}/{:02}/{:04} à {:02}:{:02}", static_cast<unsigned>(date.day()),
                     static_cast<unsigned>(date.month()), static_cast<int>(date.year()),
                     time.hours().count(), time.minutes().count());
}

}  // namespace maillage::app
