#include "export/pdf_document.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/core.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "export/pdf_layout.hpp"

namespace maillage::exports {

namespace {

using pdf::Flow;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void check(cairo_status_t status) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("PDF : ") + cairo_status_to_string(status));
  }
}

std::string page_label(const PdfDocument& document, std::size_t page, std::size_t pages) {
  try {
    return fmt::format(fmt::runtime(document.page_format), page, pages);
  } catch (const std::exception&) {
    return fmt::format("{} / {}", page, pages);
  }
}

void draw_footer(cairo_t* cr, Flow& flow, const PdfDocument& document, std::size_t page,
                 std::size_t pages) {
  const double y = pdf::kPageHeight - pdf::kMarginBottom + 22;
  cairo_new_path(cr);
  pdf::set_colour(cr, pdf::kRule);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, pdf::kMarginX, y - 5);
  cairo_line_to(cr, pdf::kMarginX + pdf::kContentWidth, y - 5);
  cairo_stroke(cr);
  const double half = pdf::kContentWidth / 2;
  const auto left = flow.plain(document.footer, pdf::kTiny, half - 10);
  std::string right = page_label(document, page, pages);
  if (!document.generated_on.empty()) right = document.generated_on + " — " + right;
  const auto right_layout = flow.plain(right, pdf::kTiny, half, PANGO_ALIGN_RIGHT);
  pdf::set_colour(cr, pdf::kMuted);
  cairo_move_to(cr, pdf::kMarginX, y);
  pango_cairo_show_layout(cr, left.get());
  cairo_move_to(cr, pdf::kMarginX + half, y);
  pango_cairo_show_layout(cr, right_layout.get());
}

void set_metadata(cairo_surface_t* surface, const PdfDocument& document) {
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.organisation.c_str());
  if (!document.subtitle.empty()) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, document.subtitle.c_str());
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Maillage");
  if (!document.created_iso.empty()) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                   document.created_iso.c_str());
  }
}

}  // namespace

std::optional<Rgb> parse_rgb(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
  const auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  int channels[3];
  for (int i = 0; i < 3; ++i) {
    const int high = digit(hex[1 + 2 * i]);
    const int low = digit(hex[2 + 2 * i]);
    if (high < 0 || low < 0) return std::nullopt;
    channels[i] = high * 16 + low;
  }
  return Rgb{static_cast<std::uint8_t>(channels[0]), static_cast<std::uint8_t>(channels[1]),
             static_cast<std::uint8_t>(channels[2])};
}

std::string render_pdf(const PdfDocument& document) {
  std::string bytes;
  const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create_for_stream(append_bytes, &bytes, pdf::kPageWidth, pdf::kPageHeight),
      cairo_surface_destroy);
  check(cairo_surface_status(surface.get()));
  set_metadata(surface.get(), document);
  {
    const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                cairo_destroy);
    check(cairo_status(cr.get()));
    // Points as the unit of the fonts too (pango's default is 96 dpi), and unhinted metrics so
    // that measured widths are the printed ones.
    const std::unique_ptr<PangoContext, decltype(&g_object_unref)> context(
        pango_cairo_create_context(cr.get()), g_object_unref);
    pango_cairo_context_set_resolution(context.get(), 72);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context.get(), options);
    cairo_font_options_destroy(options);

    Flow flow(context.get(), document);
    pdf::lay_out_title(document, flow);
    for (const auto& block : document.blocks) {
      std::visit(
          [&flow](const auto& item) {
            if constexpr (std::is_same_v<std::decay_t<decltype(item)>, PdfPageBreak>) {
              if (!flow.at_page_top()) flow.new_page();
            } else {
              pdf::lay_out(item, flow);
            }
          },
          block);
    }
    auto& pages = flow.pages();
    if (pages.size() > 1 && pages.back().empty()) pages.pop_back();
    for (std::size_t page = 0; page < pages.size(); ++page) {
      for (const auto& draw : pages[page]) {
        // Each command starts on a clean path: text leaves a current point behind it.
        cairo_new_path(cr.get());
        cairo_save(cr.get());
        draw(cr.get());
        cairo_restore(cr.get());
      }
      draw_footer(cr.get(), flow, document, page + 1, pages.size());
      cairo_show_page(cr.get());
    }
    check(cairo_status(cr.get()));
  }
  cairo_surface_finish(surface.get());
  check(cairo_surface_status(surface.get()));
  return bytes;
}

}  // namespace maillage::exports
