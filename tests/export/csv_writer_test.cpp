#include "export/csv_writer.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "app/csv_table.hpp"
#include "export/sample_table.hpp"

namespace maillage::exports {
namespace {

const std::string kBom = "\xEF\xBB\xBF";

Table one_text_column(std::vector<std::string> texts) {
  Table table;
  table.columns = {{"commentaire", "Commentaire", ColumnType::kText}};
  for (auto& text : texts) table.rows.push_back({std::move(text)});
  return table;
}

TEST(CsvWriter, WritesFrenchSpreadsheetCsv) {
  EXPECT_EQ(write_csv(testing::sample_table()),
            kBom +
                "Identifiant;Porteur;Postes;Coût annuel (€);ETP;Taux (%);Date d'embauche;"
                "Rapport transmis\r\n"
                "GARD-001;CA Nîmes Métropole;1;1234,56;0,75;12,5;31/01/2027;oui\r\n"
                "GARD-002;\"Communauté \"\"Cévennes\"\"; Causses\";2;48000;1;50;;non\r\n"
                "Total;;3;49234,56;1,75;;;\r\n");
}

TEST(CsvWriter, QuotesSeparatorsQuotesAndLineBreaks) {
  const auto csv = write_csv(
      one_text_column({"a;b", "dit \"oui\"", "deux\nlignes", "cr\rseul", "simple, virgule"}));
  EXPECT_EQ(csv, kBom +
                     "Commentaire\r\n\"a;b\"\r\n\"dit \"\"oui\"\"\"\r\n\"deux\nlignes\"\r\n"
                     "\"cr\rseul\"\r\nsimple, virgule\r\n");
}

TEST(CsvWriter, WritesNegativeAmountsAsNumbers) {
  Table table;
  table.columns = {{"ecart", "Écart (€)", ColumnType::kMoneyCents},
                   {"etp", "ETP", ColumnType::kFteHundredths},
                   {"taux", "Taux (%)", ColumnType::kPercentBasisPoints},
                   {"n", "Nombre", ColumnType::kInteger}};
  table.rows = {{core::Money::from_cents(-150), core::Fte::from_hundredths(-25),
                 core::Percent::from_basis_points(-1205), std::int64_t{-4}},
                {core::Money::from_cents(5), core::Fte::from_hundredths(5),
                 core::Percent::from_basis_points(5), std::int64_t{0}}};
  EXPECT_EQ(write_csv(table, CsvHeader::kKeys),
            kBom + "ecart;etp;taux;n\r\n-1,50;-0,25;-12,05;-4\r\n0,05;0,05;0,05;0\r\n");
}

TEST(CsvWriter, DefusesTextThatASpreadsheetWouldRunAsAFormula) {
  const auto csv = write_csv(one_text_column(
      {"=HYPERLINK(\"http://x\")", "+33 4 66", "-2", "@SUM(A1)", "\tx", "\rx", "a=b", "Nîmes"}));
  EXPECT_EQ(csv, kBom +
                     "Commentaire\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'+33 4 66\r\n'-2\r\n"
                     "'@SUM(A1)\r\n'\tx\r\n\"'\rx\"\r\na=b\r\nNîmes\r\n");
}

TEST(CsvWriter, LeavesNegativeNumbersAlone) {
  Table table;
  table.columns = {{"ecart", "Écart (€)", ColumnType::kMoneyCents}};
  table.rows = {{core::Money::from_euros(-12)}};
  EXPECT_EQ(write_csv(table), kBom + "Écart (€)\r\n-12\r\n");
}

TEST(CsvWriter, KeysHeaderReadsBackThroughTheImporter) {
  const auto parsed = app::parse_csv(write_csv(testing::sample_table(), CsvHeader::kKeys));
  ASSERT_TRUE(parsed.table);
  EXPECT_EQ(parsed.table->header.front(), "identifiant");
  EXPECT_EQ(parsed.table->header.back(), "rapport_transmis");
  ASSERT_EQ(parsed.table->rows.size(), 3u);  // two posts and the totals
  EXPECT_EQ(parsed.table->rows[1].cells[1], "Communauté \"Cévennes\"; Causses");
  EXPECT_EQ(core::parse_money(parsed.table->rows[0].cells[3]), core::Money::from_cents(123456));
  EXPECT_EQ(core::parse_fte(parsed.table->rows[0].cells[4]), core::Fte::from_hundredths(75));
  EXPECT_EQ(core::parse_date(parsed.table->rows[0].cells[6]), testing::day(2027, 1, 31));
  EXPECT_EQ(parsed.table->rows[2].cells[0], "Total");
}

TEST(CsvWriter, WritesOnlyTheHeaderOfAnEmptyTable) {
  auto table = testing::sample_table();
  table.rows.clear();
  table.totals.clear();
  EXPECT_EQ(write_csv(table, CsvHeader::kKeys),
            kBom +
                "identifiant;porteur;postes;cout_annuel;etp;taux;date_embauche;"
                "rapport_transmis\r\n");
}

TEST(CsvWriter, RefusesAMalformedTable) {
  auto table = testing::sample_table();
  table.rows[0].pop_back();
  EXPECT_THROW(write_csv(table), std::invalid_argument);
}

}  // namespace
}  // namespace maillage::exports
