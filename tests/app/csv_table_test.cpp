#include "app/csv_table.hpp"

#include <gtest/gtest.h>

namespace maillage::app {
namespace {

TEST(CsvTable, ReadsSemicolonsWithBomAndCrlf) {
  const auto result = parse_csv(
      "\xEF\xBB\xBF"
      "a;b\r\n1;\"x;y\"\r\n\r\n2;\"dit \"\"oui\"\"\"\r\n");
  ASSERT_TRUE(result.table);
  EXPECT_EQ(result.table->separator, ';');
  EXPECT_EQ(result.table->header, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(result.table->rows.size(), 2u);
  EXPECT_EQ(result.table->rows[0].cells[1], "x;y");
  EXPECT_EQ(result.table->rows[1].line, 4);
  EXPECT_EQ(result.table->rows[1].cells[1], "dit \"oui\"");
}

TEST(CsvTable, GuessesCommasAndKeepsLineNumbersAcrossQuotedBreaks) {
  const auto result = parse_csv("a,b\n\"deux\nlignes\",2\n3,4\n");
  ASSERT_TRUE(result.table);
  EXPECT_EQ(result.table->separator, ',');
  EXPECT_EQ(result.table->rows[0].cells[0], "deux\nlignes");
  EXPECT_EQ(result.table->rows[1].line, 4);
}

TEST(CsvTable, ReportsUnclosedQuoteAndBadEncoding) {
  const auto unclosed = parse_csv("a;b\n1;\"oops\n");
  ASSERT_TRUE(unclosed.error);
  EXPECT_EQ(unclosed.error->line, 2);
  const auto latin1 = parse_csv("a;b\nN\xEEmes;1\n");
  ASSERT_TRUE(latin1.error);
  EXPECT_EQ(latin1.error->line, 2);
  EXPECT_NE(latin1.error->message.find("UTF-8"), std::string::npos);
  EXPECT_TRUE(parse_csv("").error);
}

}  // namespace
}  // namespace maillage::app
