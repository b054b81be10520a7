// The PDF renderer, read back with poppler's pdftotext/pdfinfo: text, French formats, page breaks
// with repeated headers, metadata, escaping, and repeatable bytes.
#include "export/pdf_document.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/fte.hpp"
#include "core/money.hpp"
#include "export/pdf_text.hpp"
#include "export/sample_table.hpp"

namespace maillage::exports {
namespace {

using testing::pdf_info;
using testing::pdf_pages;
using testing::pdf_text;
using testing::plain_spaces;

std::string row_name(int index) {
  const std::string number = std::to_string(index);
  return "Territoire " + std::string(3 - number.size(), '0') + number;
}

PdfDocument sample_document(int table_rows) {
  PdfDocument document;
  document.organisation = "Caf de la Charente";
  document.title = "Note à la Commission d'Action Sociale";
  document.subtitle = "Pilotage des postes de chargé de coopération";
  document.date_line = "Situation au 23/11/2026";
  document.footer = "Caf de la Charente — note CAS";
  document.generated_on = "Générée le 23/11/2026";
  document.created_iso = "2026-11-23T00:00:00";
  document.blocks.push_back(PdfHeading{"Chiffres clés", 1});
  document.blocks.push_back(PdfKeyFigures{{
      {core::format_money(core::Money::from_euros(12000)), "Financement Caf"},
      {core::format_fte_unit(core::Fte::from_hundredths(1475)), "ETP financés"},
      {"9", "Personnes"},
  }});
  document.blocks.push_back(PdfParagraph{
      {{"Écarts « FTE » : ", true}, {"A < B & C > D, l'été à 12\xC2\xA0h.", false}}, false});
  PdfTable table;
  table.caption = "Indicateurs par territoire";
  table.columns = {{"Code territoire", PdfAlign::kLeft, 2},
                   {"Nom", PdfAlign::kLeft, 4},
                   {"Population", PdfAlign::kRight, 2}};
  for (int i = 1; i <= table_rows; ++i) {
    table.rows.push_back({std::to_string(200000000 + i), row_name(i), std::to_string(i * 1000)});
  }
  table.totals = {"Total", "Département", "999 999"};
  document.blocks.push_back(table);
  document.blocks.push_back(
      PdfBarChart{"Part des ETP et part de la population",
                  {{"Part des ETP financés", {0x1d, 0x5b, 0x79}},
                   {"Part de la population", {0xe6, 0x9f, 0x00}}},
                  {{"CA du Grand Angoulême", {{1695, "16,95 %"}, {3800, "38 %"}}},
                   {"CC Val de Charente", {{-250, "-2,5 pts"}, {1200, "12 %"}}}},
                  "Parts en % du total départemental."});
  document.blocks.push_back(PdfMap{"Carte de l'écart",
                                   "Écart en points",
                                   {{"Nord", {{{0, 0}, {1, 0}, {1, 1}, {0, 1}}}, 0, "+1 pt"},
                                    {"Sud", {{{0, 1}, {1, 1}, {1, 2}, {0, 2}}}, std::nullopt, ""}},
                                   {{{0x21, 0x66, 0xac}, "de 0 à 2 pts"}},
                                   "Pas de données",
                                   "Contours : IGN Admin Express."});
  document.blocks.push_back(PdfNotes{
      "Sources des règles", {"001_10d59468317a00ab.txt, « LES INDICATEURS DE RÉGULATION »"}});
  return document;
}

TEST(PdfDocument, RendersTitleFiguresAndSources) {
  const std::string pdf = render_pdf(sample_document(5));
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
  const std::string text = plain_spaces(pdf_text(pdf));
  EXPECT_NE(text.find("Note à la Commission d'Action Sociale"), std::string::npos) << text;
  EXPECT_NE(text.find("Caf de la Charente"), std::string::npos);
  EXPECT_NE(text.find("12 000 €"), std::string::npos) << text;
  EXPECT_NE(text.find("14,75 ETP"), std::string::npos) << text;
  EXPECT_NE(text.find("Sources des règles"), std::string::npos);
  EXPECT_NE(text.find("« LES INDICATEURS DE RÉGULATION »"), std::string::npos) << text;
  EXPECT_NE(text.find("16,95 %"), std::string::npos) << text;
  EXPECT_NE(text.find("-2,5 pts"), std::string::npos) << text;
  EXPECT_NE(text.find("1. Nord : +1 pt"), std::string::npos) << text;
  EXPECT_NE(text.find("Pas de données"), std::string::npos) << text;
  EXPECT_NE(text.find("Page 1 / " + std::to_string(pdf_pages(pdf))), std::string::npos) << text;
  EXPECT_NE(text.find("Générée le 23/11/2026"), std::string::npos) << text;
}

TEST(PdfDocument, PrintsMarkupCharactersAsText) {
  const std::string text = plain_spaces(pdf_text(render_pdf(sample_document(1))));
  EXPECT_NE(text.find("A < B & C > D, l'été à 12 h."), std::string::npos) << text;
}

TEST(PdfDocument, LongTableRepeatsItsHeaderOnEachPage) {
  const std::string pdf = render_pdf(sample_document(150));
  const int pages = pdf_pages(pdf);
  ASSERT_GE(pages, 3);
  const std::string second = plain_spaces(pdf_text(pdf, 2, 2));
  EXPECT_NE(second.find("Indicateurs par territoire (suite)"), std::string::npos) << second;
  EXPECT_NE(second.find("Code territoire"), std::string::npos);
  EXPECT_NE(second.find("Population"), std::string::npos);
  EXPECT_EQ(second.find(row_name(1)), std::string::npos) << "row 1 belongs to page 1";
  // Some row of the middle of the table, with its right-aligned number, is on page 2.
  EXPECT_NE(second.find(row_name(70)), std::string::npos) << second;
  EXPECT_NE(second.find("70000"), std::string::npos);
  EXPECT_NE(second.find("Page 2 / " + std::to_string(pages)), std::string::npos) << second;
  // Every row is printed exactly once.
  const std::string all = pdf_text(pdf);
  for (int i : {1, 2, 60, 120, 150}) {
    const std::string name = row_name(i);
    const auto first = all.find(name);
    ASSERT_NE(first, std::string::npos) << name;
    EXPECT_EQ(all.find(name, first + 1), std::string::npos) << name;
  }
}

TEST(PdfDocument, MetadataNameTheDocumentAndTheCaf) {
  const std::string pdf = render_pdf(sample_document(1));
  EXPECT_EQ(pdf_info(pdf, "Title"), "Note à la Commission d'Action Sociale");
  EXPECT_EQ(pdf_info(pdf, "Author"), "Caf de la Charente");
  EXPECT_EQ(pdf_info(pdf, "Creator"), "Maillage");
  EXPECT_EQ(pdf_info(pdf, "Page size").rfind("595.276 x 841.89", 0), 0u) << "A4 portrait";
}

TEST(PdfDocument, SameDocumentSameBytes) {
  EXPECT_EQ(render_pdf(sample_document(40)), render_pdf(sample_document(40)));
}

// Empty blocks draw nothing worth a page, and a page break at the end leaves no blank page.
TEST(PdfDocument, EmptyDocumentIsOnePage) {
  PdfDocument document;
  document.title = "Vide";
  document.blocks.push_back(PdfTable{});
  document.blocks.push_back(PdfBarChart{});
  document.blocks.push_back(PdfMap{});
  document.blocks.push_back(PdfPageBreak{});
  const std::string pdf = render_pdf(document);
  EXPECT_EQ(pdf_pages(pdf), 1);
}

TEST(PdfDocument, LongParagraphFlowsOntoTheNextPage) {
  PdfDocument document;
  document.title = "Long";
  std::string text;
  for (int i = 0; i < 900; ++i) text += "mot" + std::to_string(i) + " ";
  text += "dernier.";
  document.blocks.push_back(PdfParagraph{{{text, false}}, false});
  const std::string pdf = render_pdf(document);
  ASSERT_GE(pdf_pages(pdf), 2);
  const std::string all = pdf_text(pdf);
  EXPECT_NE(all.find("dernier."), std::string::npos);
  EXPECT_NE(all.find("mot0 "), std::string::npos);
}

TEST(PdfDocument, ParsesThemeColours) {
  EXPECT_EQ(parse_rgb("#1d5b79"), (Rgb{0x1d, 0x5b, 0x79}));
  EXPECT_EQ(parse_rgb("#FFFFFF"), (Rgb{255, 255, 255}));
  EXPECT_FALSE(parse_rgb("1d5b79"));
  EXPECT_FALSE(parse_rgb("#1d5b7"));
  EXPECT_FALSE(parse_rgb("#1d5g79"));
}

TEST(PdfDocument, TypedTableInFrenchDisplayFormats) {
  const PdfTable table = to_pdf_table(testing::sample_table());
  ASSERT_EQ(table.columns.size(), 8u);
  EXPECT_EQ(table.caption, "Portefeuille au 23/11/2026");
  EXPECT_EQ(table.columns[0].align, PdfAlign::kLeft);
  EXPECT_EQ(table.columns[3].align, PdfAlign::kRight);
  EXPECT_EQ(plain_spaces(table.rows[0][3]), "1 234,56 €");
  EXPECT_EQ(table.rows[0][4], "0,75");
  EXPECT_EQ(plain_spaces(table.rows[0][5]), "12,5 %");
  EXPECT_EQ(table.rows[0][6], "31/01/2027");
  EXPECT_EQ(table.rows[0][7], "oui");
  EXPECT_EQ(table.rows[1][6], "");
}

}  // namespace
}  // namespace maillage::exports
