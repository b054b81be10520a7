#include "export/table.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "export/sample_table.hpp"

namespace maillage::exports {
namespace {

TEST(ExportTable, CellsOfStringLiteralsAndIntegersAreNotBooleans) {
  // std::variant's converting constructor once turned "texte" into `true`; C++20 fixed it.
  EXPECT_TRUE(std::holds_alternative<std::string>(Cell("texte")));
  EXPECT_TRUE(std::holds_alternative<std::int64_t>(Cell(std::int64_t{3})));
  EXPECT_TRUE(std::holds_alternative<std::int64_t>(Cell(3)));
  EXPECT_TRUE(std::holds_alternative<bool>(Cell(true)));
}

TEST(ExportTable, EachColumnTypeTakesOneKindOfCellOrNothing) {
  EXPECT_TRUE(cell_fits(ColumnType::kMoneyCents, core::Money::from_euros(1)));
  EXPECT_TRUE(cell_fits(ColumnType::kMoneyCents, std::monostate{}));
  EXPECT_FALSE(cell_fits(ColumnType::kMoneyCents, std::int64_t{100}));
  EXPECT_FALSE(cell_fits(ColumnType::kText, true));
  EXPECT_TRUE(cell_fits(ColumnType::kDate, testing::day(2026, 1, 1)));
}

TEST(ExportTable, RefusesRowsThatWouldShiftColumns) {
  EXPECT_NO_THROW(check_table(testing::sample_table()));

  auto short_row = testing::sample_table();
  short_row.rows[1].pop_back();
  EXPECT_THROW(check_table(short_row), std::invalid_argument);

  auto wrong_type = testing::sample_table();
  wrong_type.rows[0][3] = std::int64_t{123456};
  EXPECT_THROW(check_table(wrong_type), std::invalid_argument);

  auto bad_totals = testing::sample_table();
  bad_totals.totals.resize(2);
  EXPECT_THROW(check_table(bad_totals), std::invalid_argument);
}

}  // namespace
}  // namespace maillage::exports
