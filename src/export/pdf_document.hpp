#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "export/table.hpp"

// A small document model for printable notes, and its A4 PDF renderer (cairo + pango). Callers
// give French text already formatted ("12 000 €", "14,75 ETP"); the renderer lays it out, breaks
// pages, repeats table headers and numbers the pages. It knows nothing of the domain.
namespace maillage::exports {

struct Rgb {
  std::uint8_t red = 0;
  std::uint8_t green = 0;
  std::uint8_t blue = 0;
  auto operator<=>(const Rgb&) const = default;
};

// "#1d5b79" → {29, 91, 121}; std::nullopt for anything else.
std::optional<Rgb> parse_rgb(std::string_view hex);

// A run of text; the renderer escapes it (a "<" or an "&" prints as such).
struct PdfSpan {
  std::string text;
  bool bold = false;
};

struct PdfHeading {
  std::string text;
  int level = 1;  // 1: section, 2: subsection
};

struct PdfParagraph {
  std::vector<PdfSpan> spans;
  bool small = false;  // notes and captions
};

struct PdfKeyFigure {
  std::string value;  // "14,75 ETP"
  std::string label;  // "ETP financés"
};

// Tiles of key figures, three per row.
struct PdfKeyFigures {
  std::vector<PdfKeyFigure> figures;
};

enum class PdfAlign { kLeft, kRight };

struct PdfColumn {
  std::string title;
  PdfAlign align = PdfAlign::kLeft;  // numbers: right
  int weight = 1;                    // share of the table's width, relative to the others
};

// Rows break between pages; the caption (marked « (suite) ») and the header row are repeated on
// each page; rows are zebra-striped; the totals row, when present, is bold.
struct PdfTable {
  std::string caption;
  std::vector<PdfColumn> columns;
  std::vector<std::vector<std::string>> rows;  // one string per column
  std::vector<std::string> totals;             // empty: none
};

struct PdfSeries {
  std::string label;
  Rgb colour;
};

struct PdfBar {
  std::int64_t value = 0;  // any integer unit (basis points…); bars are drawn to scale from 0
  std::string label;       // printed at the end of the bar: "16,95 %"
};

struct PdfBarGroup {
  std::string label;         // the category: a territory's name
  std::vector<PdfBar> bars;  // one per series
};

// A horizontal bar chart: one group of bars per category, one bar per series, with a legend.
struct PdfBarChart {
  std::string title;
  std::vector<PdfSeries> series;
  std::vector<PdfBarGroup> groups;
  std::string note;  // under the chart: unit, source
};

// A point of a map already projected for drawing, in any planar unit; x grows to the right and y
// downwards (as in SVG). The renderer fits all the areas into its box, keeping proportions.
struct PdfPoint {
  double x = 0;
  double y = 0;
};

struct PdfMapArea {
  std::string name;
  std::vector<std::vector<PdfPoint>> rings;  // outer rings and holes (filled even-odd)
  std::optional<std::size_t> class_index;    // into the legend; none: "no data"
  std::string value_label;                   // "+2,3 pts"
};

struct PdfLegendEntry {
  Rgb colour;
  std::string label;  // "de 0 à 2 pts"
};

// A choropleth: each area filled with its class colour and numbered; the legend and the numbered
// list of areas with their values are printed beside and under it, so the map reads in black and
// white and its text can be extracted.
struct PdfMap {
  std::string title;
  std::string legend_title;
  std::vector<PdfMapArea> areas;
  std::vector<PdfLegendEntry> legend;
  std::string no_data_label;  // "Pas de données"
  std::string note;           // under the map: territories without boundary, source
};

// A bulleted list in small print: the sources of the rules and of the figures.
struct PdfNotes {
  std::string title;
  std::vector<std::string> items;
};

struct PdfPageBreak {};

using PdfBlock = std::variant<PdfHeading, PdfParagraph, PdfKeyFigures, PdfTable, PdfBarChart,
                              PdfMap, PdfNotes, PdfPageBreak>;

struct PdfDocument {
  std::string organisation;  // the Caf: top of the title block and the PDF's author
  std::string title;
  std::string subtitle;
  std::string date_line;     // "Situation au 23/11/2026"
  std::string footer;        // left of every footer
  std::string generated_on;  // centre of every footer: "Générée le 23/11/2026"
  std::string created_iso;   // PDF creation date "2026-11-23T00:00:00", fixed so bytes repeat
  Rgb primary{0x1d, 0x5b, 0x79};
  Rgb accent{0xa4, 0x45, 0x2c};
  std::vector<PdfBlock> blocks;
  // The renderer's own words, French by default.
  std::string continued = "(suite)";
  std::string page_format = "Page {} / {}";
};

// The PDF bytes of `document`: A4 portrait, DejaVu Sans (or the system's sans-serif font),
// title and author in the metadata. The same document gives the same bytes.
// Throws std::runtime_error when cairo fails.
std::string render_pdf(const PdfDocument& document);

// A typed export table as a PDF table: cells in French display formats ("12 000 €", "0,75",
// "12,5 %", "31/01/2027", "1 234"), numbers right-aligned, the title as the caption.
PdfTable to_pdf_table(const Table& table);

inline constexpr std::string_view kPdfMediaType = "application/pdf";

}  // namespace maillage::exports
