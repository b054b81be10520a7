#include <gtest/gtest.h>

#include "core/date.hpp"
#include "core/fte.hpp"
#include "core/money.hpp"

namespace maillage::core {
namespace {

const std::string kNbsp = "\xC2\xA0";

TEST(Money, FormatsTheFrenchWay) {
  EXPECT_EQ(format_money(Money::from_euros(12000)), "12" + kNbsp + "000" + kNbsp + "€");
  EXPECT_EQ(format_money(Money::from_cents(1200050)), "12" + kNbsp + "000,50" + kNbsp + "€");
  EXPECT_EQ(format_money(Money::from_cents(5)), "0,05" + kNbsp + "€");
  EXPECT_EQ(format_money(Money::from_euros(1537422)),
            "1" + kNbsp + "537" + kNbsp + "422" + kNbsp + "€");
  EXPECT_EQ(format_money(Money::from_cents(-150)), "-1,50" + kNbsp + "€");
  EXPECT_EQ(format_money_plain(Money::from_cents(1200050)), "12000,50");
}

TEST(Money, ParsesWhatPeopleType) {
  EXPECT_EQ(parse_money("12000"), Money::from_euros(12000));
  EXPECT_EQ(parse_money("12 000"), Money::from_euros(12000));
  EXPECT_EQ(parse_money("12 000,50"), Money::from_cents(1200050));
  EXPECT_EQ(parse_money("12000.5"), Money::from_cents(1200050));
  EXPECT_EQ(parse_money("12" + kNbsp + "000 €"), Money::from_euros(12000));
  EXPECT_EQ(parse_money("12\xE2\x80\xAF"
                        "000"),
            Money::from_euros(12000));
  EXPECT_EQ(parse_money(" 48 000 EUR "), Money::from_euros(48000));
}

TEST(Money, RefusesAmbiguousAmounts) {
  // "12,345" has three decimals: a thousands comma would silently divide the amount by 1 000.
  for (const char* bad :
       {"", "abc", "12,000,00", "12,345", "1,2,3", "12 000,505", ",5", "12,", "1e3"}) {
    EXPECT_FALSE(parse_money(bad).has_value()) << bad;
  }
}

TEST(Money, ScalesWithHalfUpRounding) {
  EXPECT_EQ(scale(Money::from_euros(50000), 50, 100), Money::from_euros(25000));
  EXPECT_EQ(scale(Money::from_cents(1), 1, 2), Money::from_cents(1));
  EXPECT_EQ(scale(Money::from_cents(4500001), 33, 100), Money::from_cents(1485000));
  EXPECT_EQ(scale(Money::from_cents(-3), 1, 2), Money::from_cents(-2));
}

TEST(Fte, ParsesCommaOrPointAndFormatsWithComma) {
  EXPECT_EQ(parse_fte("0,75"), Fte::from_hundredths(75));
  EXPECT_EQ(parse_fte("0.75"), Fte::from_hundredths(75));
  EXPECT_EQ(parse_fte("1"), Fte::full_time());
  EXPECT_EQ(parse_fte("0,5 ETP"), Fte::from_hundredths(50));
  EXPECT_FALSE(parse_fte("0,755").has_value());
  EXPECT_FALSE(parse_fte("-1").has_value());
  EXPECT_FALSE(parse_fte("un").has_value());
  EXPECT_EQ(format_fte(Fte::from_hundredths(75)), "0,75");
  EXPECT_EQ(format_fte(Fte::from_hundredths(50)), "0,5");
  EXPECT_EQ(format_fte(Fte::from_hundredths(6321)), "63,21");
  EXPECT_EQ(format_fte_unit(Fte::from_hundredths(75)), "0,75" + kNbsp + "ETP");
}

TEST(Percent, ParsesAndShares) {
  EXPECT_EQ(parse_percent("50"), Percent::from_basis_points(5000));
  EXPECT_EQ(parse_percent("12,5 %"), Percent::from_basis_points(1250));
  EXPECT_EQ(share_of(15, 80), Percent::from_basis_points(1875));
  EXPECT_EQ(format_percent(Percent::from_basis_points(1875)), "18,75" + kNbsp + "%");
  // Gaps between shares are negative as often as positive.
  EXPECT_EQ(format_percent(Percent::from_basis_points(-250)), "-2,5" + kNbsp + "%");
  EXPECT_EQ(format_percent(Percent::from_basis_points(-5)), "-0,05" + kNbsp + "%");
  EXPECT_EQ(format_fte(Fte::from_hundredths(-75)), "-0,75");
}

TEST(Date, ParsesBothFormatsAndRefusesImpossibleDays) {
  EXPECT_EQ(parse_date("31/01/2026"), Date::from_ymd(2026, 1, 31));
  EXPECT_EQ(parse_date("2026-01-31"), Date::from_ymd(2026, 1, 31));
  EXPECT_FALSE(parse_date("31/02/2026").has_value());
  EXPECT_FALSE(parse_date("29/02/2026").has_value());
  EXPECT_TRUE(parse_date("29/02/2028").has_value());
  EXPECT_FALSE(parse_date("2026-13-01").has_value());
  EXPECT_FALSE(parse_date("1/1/2026").has_value());
  EXPECT_EQ(format_date(*Date::from_ymd(2027, 1, 31)), "31/01/2027");
  EXPECT_EQ(format_iso_date(*Date::from_ymd(2027, 1, 31)), "2027-01-31");
}

TEST(Date, AddsMonthsClampedToMonthEnd) {
  EXPECT_EQ(Date::from_ymd(2026, 1, 31)->plus_months(1), Date::from_ymd(2026, 2, 28));
  EXPECT_EQ(Date::from_ymd(2027, 12, 31)->plus_months(2), Date::from_ymd(2028, 2, 29));
  EXPECT_EQ(Date::from_ymd(2026, 10, 15)->plus_months(2), Date::from_ymd(2026, 12, 15));
  EXPECT_EQ(Date::from_ymd(2026, 3, 1)->plus_days(-1), Date::from_ymd(2026, 2, 28));
  EXPECT_EQ(Date::from_ymd(2025, 12, 31)->plus_days(1), Date::from_ymd(2026, 1, 1));
}

}  // namespace
}  // namespace maillage::core
