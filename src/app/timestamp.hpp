#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::app {

// An instant, to the second, in UTC.
using Timestamp = std::chrono::sys_seconds;

// "2026-11-23T15:54:45Z": how instants are stored (fixed width, so text order is time order).
std::string iso_timestamp(Timestamp at);
// Reads exactly that form; std::nullopt for anything else or an impossible date.
std::optional<Timestamp> parse_timestamp(std::string_view text);

// The system clock. The only place that reads it: everything else takes `now` as a parameter,
// so tests choose the time.
Timestamp now_utc();

// "23/11/2026 à 16:54", in French legal time (Europe/Paris): UTC+1, or UTC+2 from the last
// Sunday of March to the last Sunday of October at 01:00 UTC (the EU rule since 1996). The rule
// is written here rather than read from the TZ database: g++ 12 has no std::chrono::zoned_time.
std::string french_timestamp(Timestamp at);

}  // namespace maillage::app
