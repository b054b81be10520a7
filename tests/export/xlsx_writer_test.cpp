#include "export/xlsx_writer.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <clocale>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "export/sample_table.hpp"
#include "export/xlsx_package.hpp"

namespace maillage::exports {
namespace {

using testing::XlsxPackage;

constexpr std::time_t kCreated = 1795392000;  // 2026-11-23T00:00:00Z
const std::string kSheet = "xl/worksheets/sheet1.xml";

// Points TMPDIR at a fresh directory, so that a test can see the writer's temporary files even
// when other tests run at the same time.
class XlsxWriter : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("maillage-xlsx-test-" + std::string(info->name()) + "-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    if (const char* old = getenv("TMPDIR")) old_tmpdir_ = old;
    setenv("TMPDIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    if (old_tmpdir_) {
      setenv("TMPDIR", old_tmpdir_->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    std::filesystem::remove_all(dir_);
  }
  bool temp_dir_is_empty() const { return std::filesystem::is_empty(dir_); }

  std::filesystem::path dir_;
  std::optional<std::string> old_tmpdir_;
};

double excel_serial(core::Date date) {
  return static_cast<double>(date.days_since_epoch() + 25569);  // 1970-01-01 is day 25569
}

TEST_F(XlsxWriter, WritesTypedNumbersNotText) {
  const XlsxPackage xlsx(write_xlsx(testing::sample_table(), {kCreated}));
  const auto cells = xlsx.cells(kSheet);

  EXPECT_EQ(cells.at("C2").type, "");  // integer
  EXPECT_EQ(cells.at("C2").value, "1");
  EXPECT_EQ(cells.at("D2").type, "");  // money, in euros
  EXPECT_EQ(cells.at("D2").value, "1234.56");
  EXPECT_EQ(cells.at("D3").value, "48000");
  EXPECT_EQ(cells.at("E2").type, "");  // FTE
  EXPECT_EQ(cells.at("E2").value, "0.75");
  EXPECT_EQ(cells.at("F2").type, "");  // 12,5 % as a fraction
  EXPECT_EQ(cells.at("F2").value, "0.125");
  EXPECT_EQ(cells.at("G2").type, "");  // a real date: Excel's day number
  EXPECT_DOUBLE_EQ(std::stod(cells.at("G2").value), excel_serial(testing::day(2027, 1, 31)));
  EXPECT_EQ(cells.count("G3"), 0u);  // empty cell
}

TEST_F(XlsxWriter, WritesTextAndBooleansInFrench) {
  const XlsxPackage xlsx(write_xlsx(testing::sample_table(), {kCreated}));
  const auto cells = xlsx.cells(kSheet);
  EXPECT_EQ(cells.at("A1").value, "Identifiant");
  EXPECT_EQ(cells.at("D1").value, "Coût annuel (€)");
  EXPECT_EQ(cells.at("B2").type, "s");
  EXPECT_EQ(cells.at("B2").value, "CA Nîmes Métropole");
  EXPECT_EQ(cells.at("H2").value, "oui");
  EXPECT_EQ(cells.at("H3").value, "non");
}

TEST_F(XlsxWriter, FormatsEurosFteePercentagesAndDates) {
  const XlsxPackage xlsx(write_xlsx(testing::sample_table(), {kCreated}));
  const auto cells = xlsx.cells(kSheet);
  EXPECT_EQ(xlsx.number_format(cells.at("D2").style), "#,##0.00 \"€\"");
  EXPECT_EQ(xlsx.number_format(cells.at("E2").style), "0.00");
  EXPECT_EQ(xlsx.number_format(cells.at("F2").style), "0.0#%");
  EXPECT_EQ(xlsx.number_format(cells.at("G2").style), "dd/mm/yyyy");
}

TEST_F(XlsxWriter, FreezesAndFiltersTheHeader) {
  const XlsxPackage xlsx(write_xlsx(testing::sample_table(), {kCreated}));
  const auto pane = xlsx.element(kSheet, "pane");
  EXPECT_EQ(pane.at("ySplit"), "1");
  EXPECT_EQ(pane.at("state"), "frozen");
  // Header and the two posts: sorting must not move the totals row into the data.
  EXPECT_EQ(xlsx.element(kSheet, "autoFilter").at("ref"), "A1:H3");
  const auto cells = xlsx.cells(kSheet);
  EXPECT_TRUE(xlsx.is_bold(cells.at("A1").style));
  EXPECT_FALSE(xlsx.is_bold(cells.at("A2").style));
}

TEST_F(XlsxWriter, WritesTotalsInBoldThenNotes) {
  const XlsxPackage xlsx(write_xlsx(testing::sample_table(), {kCreated}));
  const auto cells = xlsx.cells(kSheet);
  EXPECT_EQ(cells.at("A4").value, "Total");
  EXPECT_TRUE(xlsx.is_bold(cells.at("A4").style));
  EXPECT_EQ(cells.at("D4").value, "49234.56");
  EXPECT_TRUE(xlsx.is_bold(cells.at("D4").style));
  EXPECT_EQ(xlsx.number_format(cells.at("D4").style), "#,##0.00 \"€\"");
  EXPECT_EQ(cells.count("A5"), 0u);  // the empty row
  EXPECT_EQ(cells.at("A6").value, "Source : Maillage, doctrine de la Caf du Gard 2024.");
  EXPECT_EQ(cells.at("A7").value, "Calculé le 23/11/2026.");
}

TEST_F(XlsxWriter, SizesColumnsFromTheirContent) {
  const XlsxPackage xlsx(write_xlsx(testing::sample_table(), {kCreated}));
  const auto first = xlsx.element(kSheet, "col");
  EXPECT_EQ(first.at("min"), "1");
  EXPECT_EQ(first.at("customWidth"), "1");
  EXPECT_GT(std::stod(first.at("width")), 11.0);  // "Identifiant" and its filter button
}

TEST_F(XlsxWriter, NamesTheSheetAndTheDocument) {
  const XlsxPackage xlsx(write_xlsx(testing::sample_table(), {kCreated}));
  EXPECT_EQ(xlsx.element("xl/workbook.xml", "sheet").at("name"), "Portefeuille au 23-11-2026");
  EXPECT_EQ(xlsx.texts("docProps/core.xml", "dc:title").at(0), "Portefeuille au 23/11/2026");
  EXPECT_EQ(xlsx.texts("docProps/core.xml", "dc:creator").at(0), "Maillage");
  EXPECT_EQ(xlsx.texts("docProps/core.xml", "dcterms:created").at(0), "2026-11-23T00:00:00Z");
}

TEST_F(XlsxWriter, GivesTheSameBytesForTheSameTableAndDate) {
  EXPECT_EQ(write_xlsx(testing::sample_table(), {kCreated}),
            write_xlsx(testing::sample_table(), {kCreated}));
}

TEST_F(XlsxWriter, LeavesNoTemporaryFile) {
  const auto bytes = write_xlsx(testing::sample_table(), {kCreated});
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  EXPECT_TRUE(temp_dir_is_empty());
}

TEST_F(XlsxWriter, LeavesNoTemporaryFileWhenACellIsRefused) {
  auto table = testing::sample_table();
  table.rows[0][1] = std::string(40000, 'x');  // Excel's limit is 32 767 characters
  EXPECT_THROW(write_xlsx(table, {kCreated}), std::runtime_error);
  EXPECT_TRUE(temp_dir_is_empty());
}

TEST_F(XlsxWriter, RefusesAMalformedTable) {
  auto table = testing::sample_table();
  table.totals.pop_back();
  EXPECT_THROW(write_xlsx(table), std::invalid_argument);
  EXPECT_THROW(write_xlsx_workbook({}), std::invalid_argument);
}

TEST_F(XlsxWriter, WritesOneSheetPerTable) {
  const std::vector<Table> tables = {testing::sample_table(), testing::sample_table()};
  const XlsxPackage xlsx(write_xlsx_workbook(tables, {kCreated}));
  EXPECT_TRUE(xlsx.has_part("xl/worksheets/sheet2.xml"));
  EXPECT_EQ(xlsx.cells("xl/worksheets/sheet2.xml").at("D2").value, "1234.56");
}

TEST_F(XlsxWriter, WritesDecimalPointsUnderAFrenchLocale) {
  if (std::setlocale(LC_NUMERIC, "fr_FR.UTF-8") == nullptr) {
    GTEST_SKIP() << "no fr_FR.UTF-8 locale on this machine";
  }
  const auto bytes = write_xlsx(testing::sample_table(), {kCreated});
  std::setlocale(LC_NUMERIC, "C");  // before the reader's std::stod
  const XlsxPackage xlsx(bytes);
  EXPECT_EQ(xlsx.cells(kSheet).at("D2").value, "1234.56");
  EXPECT_EQ(xlsx.element(kSheet, "col").at("width").find(','), std::string::npos);
}

TEST_F(XlsxWriter, WritesWorkbooksFromSeveralThreadsAtOnce) {
  // As web requests do: each gets its own temporary file and its own dates. (libxlsxwriter's
  // gmtime() race, which the writer serialises, is too narrow to show up here reliably.)
  std::vector<std::string> created(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < created.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 3; ++round) {
        const auto bytes =
            write_xlsx(testing::sample_table(), {kCreated + static_cast<std::time_t>(i) * 86400});
        created[i] = XlsxPackage(bytes).texts("docProps/core.xml", "dcterms:created").at(0);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(created, (std::vector<std::string>{"2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z",
                                               "2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z"}));
}

TEST_F(XlsxWriter, WritesAnEmptyTableAsItsHeader) {
  auto table = testing::sample_table();
  table.rows.clear();
  table.totals.clear();
  table.notes.clear();
  const XlsxPackage xlsx(write_xlsx(table, {kCreated}));
  EXPECT_EQ(xlsx.element(kSheet, "autoFilter").at("ref"), "A1:H1");
  EXPECT_EQ(xlsx.cells(kSheet).size(), 8u);
}

}  // namespace
}  // namespace maillage::exports
