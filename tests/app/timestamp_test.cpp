#include "app/timestamp.hpp"

#include <gtest/gtest.h>

namespace maillage::app {
namespace {

std::string paris(const std::string& iso) {
  return french_timestamp(parse_timestamp(iso).value());
}

TEST(Timestamp, IsoTextRoundTrips) {
  const auto at = parse_timestamp("2026-11-23T15:54:45Z");
  ASSERT_TRUE(at);
  EXPECT_EQ(iso_timestamp(*at), "2026-11-23T15:54:45Z");
  EXPECT_EQ(iso_timestamp(*at + std::chrono::hours{9}), "2026-11-24T00:54:45Z");
  EXPECT_EQ(iso_timestamp(Timestamp{}), "1970-01-01T00:00:00Z");
}

TEST(Timestamp, RefusesAnythingButTheStoredForm) {
  for (const char* text :
       {"", "2026-11-23", "2026-11-23 15:54:45Z", "2026-11-23T15:54:45", "2026-11-23T15:54:45+01",
        "2026-02-30T10:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T23:60:00Z",
        "2026-13-01T00:00:00Z", "+026-11-23T15:54:45Z", "2026-11-23T1a:54:45Z"}) {
    EXPECT_FALSE(parse_timestamp(text)) << text;
  }
}

TEST(Timestamp, NowIsTheClockToTheSecond) {
  const auto now = now_utc();
  const auto clock = std::chrono::system_clock::now();
  EXPECT_LE(now, clock);
  EXPECT_GT(now + std::chrono::seconds{2}, clock);
}

TEST(FrenchTimestamp, WinterIsUtcPlusOneSummerUtcPlusTwo) {
  EXPECT_EQ(paris("2026-11-23T15:54:45Z"), "23/11/2026 à 16:54");
  EXPECT_EQ(paris("2026-07-14T10:00:00Z"), "14/07/2026 à 12:00");
  EXPECT_EQ(paris("2026-12-31T23:30:00Z"), "01/01/2027 à 00:30");
}

// Both sides of each change: 29/03/2026 and 25/10/2026 (last Sundays), at 01:00 UTC.
TEST(FrenchTimestamp, ChangesOnTheLastSundaysOfMarchAndOctober) {
  EXPECT_EQ(paris("2026-03-29T00:59:59Z"), "29/03/2026 à 01:59");
  EXPECT_EQ(paris("2026-03-29T01:00:00Z"), "29/03/2026 à 03:00");
  EXPECT_EQ(paris("2026-03-22T01:30:00Z"), "22/03/2026 à 02:30");  // a Sunday, not the last
  EXPECT_EQ(paris("2026-10-25T00:59:59Z"), "25/10/2026 à 02:59");
  EXPECT_EQ(paris("2026-10-25T01:00:00Z"), "25/10/2026 à 02:00");
  // 2027: 28 March and 31 October (a month ending on a Sunday).
  EXPECT_EQ(paris("2027-03-28T00:59:59Z"), "28/03/2027 à 01:59");
  EXPECT_EQ(paris("2027-03-28T01:00:00Z"), "28/03/2027 à 03:00");
  EXPECT_EQ(paris("2027-10-31T00:59:59Z"), "31/10/2027 à 02:59");
  EXPECT_EQ(paris("2027-10-31T01:00:00Z"), "31/10/2027 à 02:00");
}

}  // namespace
}  // namespace maillage::app
