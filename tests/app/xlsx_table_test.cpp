#include "app/xlsx_table.hpp"

#include "app/xlsx_cell_format.hpp"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <functional>
#include <map>
#include <sstream>

#include "core/fte.hpp"
#include "core/money.hpp"
#include "export/csv_writer.hpp"
#include "export/sample_table.hpp"
#include "export/temporary_file.hpp"
#include "export/xlsx_package.hpp"
#include "export/xlsx_writer.hpp"

namespace maillage::app {
namespace {

using Cells = std::vector<std::string>;

// A real workbook written by libxlsxwriter, as bytes. constant_memory makes it write inline
// strings instead of shared ones.
std::string written_workbook(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill,
                             bool constant_memory = false) {
  const exports::TemporaryFile file("maillage-xlsx-table-test-");
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Données");
  fill(workbook, sheet);
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  return file.read();
}

// A zip of the given parts. Not seekable: Poco then writes data descriptors after each entry,
// as some producers do.
std::string zip_of(const std::map<std::string, std::string>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress compress(out, false);
  for (const auto& [name, content] : parts) {
    std::istringstream in(content);
    compress.addFile(in, Poco::DateTime(), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  compress.close();
  return out.str();
}

constexpr std::string_view kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view kRelationshipType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string sheet_xml(const std::string& rows) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + std::string(kMain) +
         "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

TEST(XlsxTable, ReadsWhatExcelShows) {
  const auto bytes = written_workbook([](lxw_workbook* workbook, lxw_worksheet* sheet) {
    lxw_format* custom_date = workbook_add_format(workbook);
    format_set_num_format(custom_date, "dd/mm/yyyy");
    lxw_format* builtin_date = workbook_add_format(workbook);
    format_set_num_format_index(builtin_date, 14);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);

    worksheet_write_string(sheet, 0, 0, "Nom", nullptr);
    worksheet_write_string(sheet, 0, 1, "Montant", nullptr);
    worksheet_write_string(sheet, 0, 2, "Échéance", nullptr);
    worksheet_write_string(sheet, 0, 3, "Actif", nullptr);
    worksheet_write_string(sheet, 0, 4, "  Notes  ", nullptr);

    worksheet_write_string(sheet, 1, 0, "Alpha", nullptr);
    worksheet_write_number(sheet, 1, 1, 12, nullptr);
    lxw_datetime day = {2026, 12, 6, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 2, &day, custom_date);
    worksheet_write_boolean(sheet, 1, 3, 1, nullptr);
    lxw_rich_string_tuple plain = {nullptr, const_cast<char*>("Très ")};
    lxw_rich_string_tuple strong = {bold, const_cast<char*>("important")};
    lxw_rich_string_tuple* rich[] = {&plain, &strong, nullptr};
    worksheet_write_rich_string(sheet, 1, 4, rich, nullptr);
    // Row 3 (index 2) stays empty.
    worksheet_write_string(sheet, 3, 0, "Bêta", nullptr);
    worksheet_write_number(sheet, 3, 1, 12.5, nullptr);
    lxw_datetime noon = {2027, 1, 31, 12, 0, 0};
    worksheet_write_datetime(sheet, 3, 2, &noon, builtin_date);
    worksheet_write_boolean(sheet, 3, 3, 0, nullptr);

    worksheet_write_string(sheet, 4, 0, "Gamma", nullptr);
    worksheet_write_number(sheet, 4, 1, 1234567.25, nullptr);
    // C5 is a gap.
    worksheet_write_formula_str(sheet, 4, 3, "=A5&\"!\"", nullptr, "Gamma!");

    worksheet_write_string(sheet, 5, 0, "Delta", nullptr);
    worksheet_write_string(sheet, 5, 6, "au-delà", nullptr);

    worksheet_write_string(sheet, 6, 0, "Epsilon", nullptr);
    worksheet_write_blank(sheet, 6, 3, bold);
  });

  const auto result = parse_xlsx(bytes);
  ASSERT_FALSE(result.error) << result.error->message;
  ASSERT_TRUE(result.table);
  const auto& table = *result.table;
  EXPECT_EQ(table.header, (Cells{"Nom", "Montant", "Échéance", "Actif", "Notes"}));
  ASSERT_EQ(table.rows.size(), 5u);

  EXPECT_EQ(table.rows[0].line, 2);
  EXPECT_EQ(table.rows[0].cells, (Cells{"Alpha", "12", "06/12/2026", "oui", "Très important"}));
  EXPECT_EQ(table.rows[1].line, 4);  // the empty row 3 is skipped but keeps its number
  EXPECT_EQ(table.rows[1].cells, (Cells{"Bêta", "12,5", "31/01/2027", "non", ""}));
  EXPECT_EQ(table.rows[2].line, 5);
  EXPECT_EQ(table.rows[2].cells, (Cells{"Gamma", "1234567,25", "", "Gamma!", ""}));
  EXPECT_EQ(table.rows[3].line, 6);  // wider than the header, up to its last cell
  EXPECT_EQ(table.rows[3].cells, (Cells{"Delta", "", "", "", "", "", "au-delà"}));
  EXPECT_EQ(table.rows[4].line, 7);  // padded to the header's width
  EXPECT_EQ(table.rows[4].cells, (Cells{"Epsilon", "", "", "", ""}));
}

// The use this reader exists for: a table exported by Maillage comes back with the values its CSV
// export would give.
TEST(XlsxTable, ReadsBackMaillagesOwnExportAsItsCsv) {
  const auto table = exports::testing::sample_table();
  const auto xlsx = parse_xlsx(exports::write_xlsx(table));
  ASSERT_TRUE(xlsx.table) << xlsx.error->message;
  const auto csv = parse_csv(exports::write_csv(table));
  ASSERT_TRUE(csv.table);
  EXPECT_EQ(xlsx.table->header, csv.table->header);
  ASSERT_GE(xlsx.table->rows.size(), table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& got = xlsx.table->rows[r];
    const auto& expected = csv.table->rows[r];
    EXPECT_EQ(got.line, expected.line);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      SCOPED_TRACE(table.columns[c].key + " " + got.cells[c] + " / " + expected.cells[c]);
      switch (table.columns[c].type) {
        case exports::ColumnType::kMoneyCents:
          EXPECT_EQ(core::parse_money(got.cells[c]), core::parse_money(expected.cells[c]));
          break;
        case exports::ColumnType::kFteHundredths:
          EXPECT_EQ(core::parse_fte(got.cells[c]), core::parse_fte(expected.cells[c]));
          break;
        case exports::ColumnType::kPercentBasisPoints:
          EXPECT_EQ(core::parse_percent(got.cells[c]), core::parse_percent(expected.cells[c]));
          break;
        default:
          EXPECT_EQ(got.cells[c], expected.cells[c]);
      }
    }
  }
}

TEST(XlsxTable, WritesNumbersWithoutExponentAndDatesFromSerials) {
  const auto bytes = written_workbook([](lxw_workbook* workbook, lxw_worksheet* sheet) {
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "[$-40C]d\\ mmmm\\ yyyy;@");
    lxw_format* area = workbook_add_format(workbook);
    format_set_num_format(area, "0.00\\ \"m²\"");
    lxw_format* time = workbook_add_format(workbook);
    format_set_num_format(time, "hh:mm");
    lxw_format* duration = workbook_add_format(workbook);
    format_set_num_format(duration, "[h]:mm");
    const double numbers[] = {0.1 + 0.2, 1e-7, 1e15, -3.5, -0.0, 100};
    for (int col = 0; col < 6; ++col) {
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(col), "x", nullptr);
      worksheet_write_number(sheet, 1, static_cast<lxw_col_t>(col), numbers[col], nullptr);
    }
    const double serials[] = {59, 60, 61, 1, 46362.75};
    for (int col = 0; col < 5; ++col) {
      worksheet_write_number(sheet, 2, static_cast<lxw_col_t>(col), serials[col], date);
    }
    worksheet_write_number(sheet, 3, 0, 12.5, area);
    worksheet_write_number(sheet, 3, 1, 0.6041666666666666, time);
    worksheet_write_number(sheet, 3, 2, 46362 + 0.25, time);
    worksheet_write_number(sheet, 3, 3, 1.5, duration);
  });

  const auto result = parse_xlsx(bytes);
  ASSERT_TRUE(result.table) << result.error->message;
  const auto& rows = result.table->rows;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells, (Cells{"0,3", "0,0000001", "1000000000000000", "-3,5", "0", "100"}));
  EXPECT_EQ(rows[1].cells,
            (Cells{"28/02/1900", "29/02/1900", "01/03/1900", "01/01/1900", "06/12/2026", ""}));
  EXPECT_EQ(rows[2].cells, (Cells{"12,5", "14:30", "06:00", "36:00", "", ""}));
}

TEST(XlsxTable, ReadsInlineStrings) {
  const auto bytes = written_workbook(
      [](lxw_workbook*, lxw_worksheet* sheet) {
        worksheet_write_string(sheet, 2, 0, "Code", nullptr);
        worksheet_write_string(sheet, 2, 1, "Libellé", nullptr);
        worksheet_write_string(sheet, 3, 0, "A1", nullptr);
        worksheet_write_string(sheet, 3, 1, "Crèche « Les P'tits Loups » & co", nullptr);
      },
      true);
  const exports::testing::XlsxPackage package(bytes);
  ASSERT_NE(package.part("xl/worksheets/sheet1.xml").find("inlineStr"), std::string::npos);

  const auto result = parse_xlsx(bytes);
  ASSERT_TRUE(result.table) << result.error->message;
  EXPECT_EQ(result.table->header, (Cells{"Code", "Libellé"}));
  ASSERT_EQ(result.table->rows.size(), 1u);
  EXPECT_EQ(result.table->rows[0].line, 4);
  EXPECT_EQ(result.table->rows[0].cells, (Cells{"A1", "Crèche « Les P'tits Loups » & co"}));
}

// What other producers write: the first tab in another part than sheet1.xml, absolute and
// relative targets, rich text with phonetic guides, escapes, the 1904 date system, rows and
// cells without references, error and ISO date cells.
TEST(XlsxTable, FindsTheFirstTabThroughTheWorkbookRelationships) {
  const std::string type(kRelationshipType);
  const auto bytes = zip_of({
      {"xl/workbook.xml",
       "<?xml version=\"1.0\"?><workbook xmlns=\"" + std::string(kMain) +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<workbookPr date1904=\"1\"/><sheets><sheet name=\"Données\" sheetId=\"2\" "
           "r:id=\"rId7\"/><sheet name=\"Autre\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
           "</workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" +
           type +
           "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId7\" Type=\"" +
           type + "worksheet\" Target=\"/xl/worksheets/donnees.xml\"/>" +
           "<Relationship Id=\"rId3\" Type=\"" + type +
           "sharedStrings\" Target=\"./chaines.xml\"/><Relationship Id=\"rId4\" Type=\"" + type +
           "styles\" Target=\"styles.xml\"/></Relationships>"},
      {"xl/chaines.xml",
       "<?xml version=\"1.0\"?><sst xmlns=\"" + std::string(kMain) +
           "\"><si><r><rPr><b/></rPr><t>Bilan</t></r><r><t xml:space=\"preserve\"> annuel</t>"
           "</r><rPh sb=\"0\" eb=\"1\"><t>ビ</t></rPh></si><si><t>Ligne_x000D_\nsuite</t></si>"
           "<si><t>a_x005F_x0041_b</t></si></sst>"},
      {"xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + std::string(kMain) +
                            "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
                            "formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"2\">"
                            "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"},
      {"xl/worksheets/donnees.xml",
       sheet_xml("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><r><t>No"
                 "</t></r><r><t>te</t></r></is></c><c t=\"str\"><f>B2</f><v>Calculé</v></c></row>"
                 "<row><c r=\"A3\" s=\"1\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c>"
                 "<c r=\"C3\" s=\"1\"><v>366</v></c></row>"
                 "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>2</v></c><c r=\"B5\" t=\"e\"><v>#N/A</v></c>"
                 "<c r=\"C5\" t=\"d\"><v>2026-12-06T00:00:00</v></c></row>")},
      {"xl/worksheets/sheet1.xml",
       sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mauvaise feuille</t></is></c>"
                 "</row>")},
  });

  const auto result = parse_xlsx(bytes);
  ASSERT_TRUE(result.table) << result.error->message;
  const auto& table = *result.table;
  EXPECT_EQ(table.header, (Cells{"Bilan annuel", "Note", "Calculé"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].line, 3);
  EXPECT_EQ(table.rows[0].cells, (Cells{"01/01/1904", "Ligne\r\nsuite", "01/01/1905"}));
  EXPECT_EQ(table.rows[1].line, 5);
  EXPECT_EQ(table.rows[1].cells, (Cells{"a_x0041_b", "#N/A", "06/12/2026"}));
}

TEST(XlsxTable, FallsBackOnSheet1WithoutWorkbookPart) {
  const auto result = parse_xlsx(
      zip_of({{"xl/worksheets/sheet1.xml",
               sheet_xml("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row>"
                         "<row r=\"2\"><c r=\"B2\"><v>7</v></c></row>")}}));
  ASSERT_TRUE(result.table) << result.error->message;
  EXPECT_EQ(result.table->header, (Cells{"", "Nom"}));
  ASSERT_EQ(result.table->rows.size(), 1u);
  EXPECT_EQ(result.table->rows[0].cells, (Cells{"", "7"}));
}

void expect_error(const CsvParseResult& result, std::string_view fragment) {
  EXPECT_FALSE(result.table);
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->line, 0);
  EXPECT_NE(result.error->message.find(fragment), std::string::npos) << result.error->message;
}

TEST(XlsxTable, RefusesWhatIsNotAWorkbook) {
  expect_error(parse_xlsx("Nom;Montant\nAlpha;12\n"), "n'est pas un classeur Excel");
  expect_error(parse_xlsx(""), "n'est pas un classeur Excel");
  expect_error(parse_xlsx(std::string("PK\x03\x04", 4) + std::string(200, '\x7f')),
               "n'est pas un classeur Excel");
  expect_error(parse_xlsx(zip_of({{"lisezmoi.txt", "Bonjour"}})), "aucune feuille");
}

TEST(XlsxTable, RefusesDamagedWorkbooks) {
  expect_error(parse_xlsx(zip_of({{"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"}})),
               "endommagé");
  expect_error(parse_xlsx(zip_of({{"xl/worksheets/sheet1.xml",
                                   sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c>"
                                             "</row>")}})),
               "endommagé");
  expect_error(parse_xlsx(zip_of({{"xl/worksheets/sheet1.xml",
                                   sheet_xml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")}})),
               "endommagé");
  expect_error(parse_xlsx(zip_of({{"xl/worksheets/sheet1.xml", sheet_xml("")}})), "vide");

  // Cut or altered anywhere, a real workbook gives an error, never an exception.
  const auto bytes = written_workbook([](lxw_workbook*, lxw_worksheet* sheet) {
    for (lxw_row_t row = 0; row < 50; ++row) worksheet_write_string(sheet, row, 0, "x", nullptr);
  });
  for (std::size_t size = 4; size < bytes.size(); size += 97) {
    const auto cut = parse_xlsx(std::string_view(bytes).substr(0, size));
    EXPECT_TRUE(cut.table || cut.error);
    std::string altered = bytes;
    altered[size] = static_cast<char>(altered[size] ^ 0x5A);
    const auto changed = parse_xlsx(altered);
    EXPECT_TRUE(changed.table || changed.error);
  }
}

TEST(XlsxTable, ClassifiesNumberFormats) {
  EXPECT_EQ(builtin_number_kind(14), XlsxNumberKind::kDate);
  EXPECT_EQ(builtin_number_kind(22), XlsxNumberKind::kDate);
  EXPECT_EQ(builtin_number_kind(20), XlsxNumberKind::kTime);
  EXPECT_EQ(builtin_number_kind(46), XlsxNumberKind::kDuration);
  EXPECT_EQ(builtin_number_kind(4), XlsxNumberKind::kNumber);
  EXPECT_EQ(custom_number_kind("dd/mm/yyyy hh:mm"), XlsxNumberKind::kDate);
  EXPECT_EQ(custom_number_kind("mmm-yy"), XlsxNumberKind::kDate);
  EXPECT_EQ(custom_number_kind("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"), XlsxNumberKind::kDate);
  EXPECT_EQ(custom_number_kind("h:mm AM/PM"), XlsxNumberKind::kTime);
  EXPECT_EQ(custom_number_kind("mm:ss"), XlsxNumberKind::kTime);
  EXPECT_EQ(custom_number_kind("[mm]:ss"), XlsxNumberKind::kDuration);
  EXPECT_EQ(custom_number_kind("#,##0.00\\ \"€\";[Red]\\-#,##0.00\\ \"€\""),
            XlsxNumberKind::kNumber);
  EXPECT_EQ(custom_number_kind("0\\ \"jours\""), XlsxNumberKind::kNumber);
  EXPECT_EQ(custom_number_kind("0.0\\ \\m"), XlsxNumberKind::kNumber);
  EXPECT_EQ(custom_number_kind("General"), XlsxNumberKind::kNumber);
}

TEST(XlsxTable, TellsWorkbooksFromCsvByTheirFirstBytes) {
  const auto bytes = written_workbook([](lxw_workbook*, lxw_worksheet* sheet) {
    worksheet_write_string(sheet, 0, 0, "Nom", nullptr);
  });
  EXPECT_TRUE(looks_like_xlsx(bytes));
  EXPECT_FALSE(looks_like_xlsx("Nom;Montant\n"));
  EXPECT_FALSE(looks_like_xlsx("PK"));
}

}  // namespace
}  // namespace maillage::app
