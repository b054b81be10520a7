#pragma once
#include <cairo.h>
#include <pango/pangocairo.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "export/pdf_document.hpp"

// The PDF renderer's page flow, shared by the block layouts (pdf_document.cpp, pdf_table.cpp,
// pdf_chart.cpp). Blocks are measured first and recorded as drawing commands per page, so the
// footers can say « Page n / N » once the number of pages is known.
namespace maillage::exports::pdf {

// A4 portrait in PDF points (1/72 inch).
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMarginX = 51.0;  // 18 mm
inline constexpr double kMarginTop = 48.0;
inline constexpr double kMarginBottom = 62.0;  // room for the footer
inline constexpr double kContentWidth = kPageWidth - 2 * kMarginX;
inline constexpr double kContentBottom = kPageHeight - kMarginBottom;

// Font descriptions for pango: DejaVu Sans when installed, else the system's sans-serif.
inline constexpr const char* kBody = "DejaVu Sans,sans-serif 9.5";
inline constexpr const char* kSmall = "DejaVu Sans,sans-serif 8";
inline constexpr const char* kTiny = "DejaVu Sans,sans-serif 7";
inline constexpr const char* kBold = "DejaVu Sans,sans-serif Bold 9.5";
inline constexpr const char* kSmallBold = "DejaVu Sans,sans-serif Bold 8";

inline constexpr Rgb kText{0x1f, 0x23, 0x28};
inline constexpr Rgb kMuted{0x55, 0x5b, 0x62};  // 7:1 on white
inline constexpr Rgb kRule{0xc8, 0xcd, 0xd2};
inline constexpr Rgb kZebra{0xf1, 0xf3, 0xf5};
inline constexpr Rgb kNoData{0xd9, 0xd9, 0xd9};
inline constexpr Rgb kWhite{0xff, 0xff, 0xff};

using DrawCommand = std::function<void(cairo_t*)>;
using Layout = std::shared_ptr<PangoLayout>;  // shared: the drawing commands keep it alive

void set_colour(cairo_t* cr, Rgb colour);
// `colour` mixed with white, `white_per_mille` of white (900: a light tint).
Rgb tint(Rgb colour, int white_per_mille);
// Pango markup for plain text: invalid UTF-8 repaired, control characters dropped, & < > ' "
// escaped.
std::string escape_markup(std::string_view text);

// Measures text and records the drawing of each page.
class Flow {
 public:
  Flow(PangoContext* context, const PdfDocument& document);

  // A laid-out text `width` points wide (wrapped at words), from markup (escape plain text first).
  Layout text(const std::string& markup, const char* font, double width,
              PangoAlignment align = PANGO_ALIGN_LEFT) const;
  Layout plain(std::string_view text, const char* font, double width,
               PangoAlignment align = PANGO_ALIGN_LEFT) const;
  static double height_of(const Layout& layout);
  static double width_of(const Layout& layout);  // of the inked lines, not the wrap width
  // Records the drawing of `layout` with its top-left corner at (x, y) of the current page.
  void draw_text(const Layout& layout, double x, double y, Rgb colour);

  const PdfDocument& document() const { return document_; }
  double y() const { return y_; }
  double remaining() const { return kContentBottom - y_; }
  bool at_page_top() const { return y_ <= top_; }
  // Starts a new page unless `height` fits below the cursor (or the page is still empty).
  void ensure(double height);
  void new_page();
  void advance(double height) { y_ += height; }
  void add(DrawCommand command) { pages_.back().push_back(std::move(command)); }
  std::vector<std::vector<DrawCommand>>& pages() { return pages_; }

 private:
  PangoContext* context_;
  const PdfDocument& document_;
  std::vector<std::vector<DrawCommand>> pages_;
  double top_ = kMarginTop;
  double y_ = kMarginTop;
};

// Block layouts: each measures its block and records its drawing, breaking pages as needed.
void lay_out_title(const PdfDocument& document, Flow& flow);
void lay_out(const PdfHeading& heading, Flow& flow);
void lay_out(const PdfParagraph& paragraph, Flow& flow);
void lay_out(const PdfNotes& notes, Flow& flow);
void lay_out(const PdfKeyFigures& figures, Flow& flow);
void lay_out(const PdfTable& table, Flow& flow);
void lay_out(const PdfBarChart& chart, Flow& flow);
void lay_out(const PdfMap& map, Flow& flow);

}  // namespace maillage::exports::pdf
