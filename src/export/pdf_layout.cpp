#include "export/pdf_layout.hpp"

#include <glib.h>

#include <algorithm>
#include <memory>

namespace maillage::exports::pdf {

namespace {

constexpr double kParagraphGap = 6.0;

std::string span_markup(const PdfSpan& span) {
  const std::string text = escape_markup(span.text);
  return span.bold ? "<b>" + text + "</b>" : text;
}

// Draws a text that may be taller than what is left on the page, line by line, moving to the
// next page between lines (each line is drawn once, so the text extracts once).
void place_breakable(Flow& flow, const Layout& layout, double x, Rgb colour) {
  const double height = Flow::height_of(layout);
  if (height <= flow.remaining()) {
    flow.draw_text(layout, x, flow.y(), colour);
    flow.advance(height);
    return;
  }
  struct Line {
    double top, bottom, baseline, x;
  };
  std::vector<Line> lines;
  PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    lines.push_back({static_cast<double>(logical.y) / PANGO_SCALE,
                     static_cast<double>(logical.y + logical.height) / PANGO_SCALE,
                     static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE,
                     static_cast<double>(logical.x) / PANGO_SCALE});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  double offset = 0;  // top of the first line not drawn yet, in the layout's coordinates
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const Line& line = lines[index];
    if (line.bottom - offset > flow.remaining() && !flow.at_page_top()) {
      flow.new_page();
      offset = line.top;
    }
    const double origin = flow.y() - offset;
    flow.add([layout, index, x, origin, line, colour](cairo_t* cr) {
      set_colour(cr, colour);
      cairo_move_to(cr, x + line.x, origin + line.baseline);
      pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(layout.get(), index));
    });
  }
  flow.advance(lines.back().bottom - offset);
}

}  // namespace

void set_colour(cairo_t* cr, Rgb colour) {
  cairo_set_source_rgb(cr, colour.red / 255.0, colour.green / 255.0, colour.blue / 255.0);
}

Rgb tint(Rgb colour, int white_per_mille) {
  const auto mix = [white_per_mille](std::uint8_t channel) {
    return static_cast<std::uint8_t>((channel * (1000 - white_per_mille) + 255 * white_per_mille) /
                                     1000);
  };
  return {mix(colour.red), mix(colour.green), mix(colour.blue)};
}

std::string escape_markup(std::string_view text) {
  gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  const std::string repaired(valid);
  g_free(valid);
  std::string out;
  out.reserve(repaired.size());
  for (const char c : repaired) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
      case '\t':
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
    }
  }
  return out;
}

Flow::Flow(PangoContext* context, const PdfDocument& document)
    : context_(context), document_(document), pages_(1) {}

Layout Flow::text(const std::string& markup, const char* font, double width,
                  PangoAlignment align) const {
  Layout layout(pango_layout_new(context_), g_object_unref);
  PangoFontDescription* description = pango_font_description_from_string(font);
  pango_layout_set_font_description(layout.get(), description);
  pango_font_description_free(description);
  pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout.get(), align);
  pango_layout_set_markup(layout.get(), markup.c_str(), -1);
  return layout;
}

Layout Flow::plain(std::string_view text, const char* font, double width,
                   PangoAlignment align) const {
  return this->text(escape_markup(text), font, width, align);
}

double Flow::height_of(const Layout& layout) {
  int width = 0;
  int height = 0;
  pango_layout_get_size(layout.get(), &width, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

double Flow::width_of(const Layout& layout) {
  PangoRectangle logical;
  pango_layout_get_extents(layout.get(), nullptr, &logical);
  return static_cast<double>(logical.width) / PANGO_SCALE;
}

void Flow::draw_text(const Layout& layout, double x, double y, Rgb colour) {
  add([layout, x, y, colour](cairo_t* cr) {
    set_colour(cr, colour);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout.get());
  });
}

void Flow::ensure(double height) {
  if (height > remaining() && !at_page_top()) new_page();
}

void Flow::new_page() {
  pages_.emplace_back();
  y_ = top_;
}

void lay_out_title(const PdfDocument& document, Flow& flow) {
  const auto organisation =
      flow.plain(document.organisation, "DejaVu Sans,sans-serif Bold 11", kContentWidth);
  const auto title = flow.plain(document.title, "DejaVu Sans,sans-serif Bold 18", kContentWidth);
  const auto subtitle = flow.plain(document.subtitle, "DejaVu Sans,sans-serif 11", kContentWidth);
  const auto date = flow.plain(document.date_line, kBody, kContentWidth);
  double y = flow.y();
  flow.draw_text(organisation, kMarginX, y, document.primary);
  y += Flow::height_of(organisation) + 4;
  flow.draw_text(title, kMarginX, y, kText);
  y += Flow::height_of(title) + 2;
  if (!document.subtitle.empty()) {
    flow.draw_text(subtitle, kMarginX, y, kMuted);
    y += Flow::height_of(subtitle) + 2;
  }
  if (!document.date_line.empty()) {
    flow.draw_text(date, kMarginX, y, kMuted);
    y += Flow::height_of(date);
  }
  y += 6;
  const Rgb accent = document.accent;
  flow.add([y, accent](cairo_t* cr) {
    set_colour(cr, accent);
    cairo_rectangle(cr, kMarginX, y, kContentWidth, 2.0);
    cairo_fill(cr);
  });
  flow.advance(y + 14 - flow.y());
}

void lay_out(const PdfHeading& heading, Flow& flow) {
  const bool section = heading.level <= 1;
  const auto layout = flow.plain(
      heading.text, section ? "DejaVu Sans,sans-serif Bold 13" : "DejaVu Sans,sans-serif Bold 10.5",
      kContentWidth);
  const double before = flow.at_page_top() ? 0 : (section ? 14 : 8);
  const double height = Flow::height_of(layout);
  // Keep a heading with the start of what it introduces.
  flow.ensure(before + height + 80);
  if (!flow.at_page_top()) flow.advance(before);
  flow.draw_text(layout, kMarginX, flow.y(), section ? flow.document().primary : kText);
  flow.advance(height + (section ? 6 : 4));
}

void lay_out(const PdfParagraph& paragraph, Flow& flow) {
  std::string markup;
  for (const auto& span : paragraph.spans) markup += span_markup(span);
  const auto layout = flow.text(markup, paragraph.small ? kSmall : kBody, kContentWidth);
  place_breakable(flow, layout, kMarginX, paragraph.small ? kMuted : kText);
  flow.advance(kParagraphGap);
}

void lay_out(const PdfNotes& notes, Flow& flow) {
  if (!notes.title.empty()) {
    const auto title = flow.plain(notes.title, kSmallBold, kContentWidth);
    flow.ensure(Flow::height_of(title) + 30);
    flow.draw_text(title, kMarginX, flow.y(), kText);
    flow.advance(Flow::height_of(title) + 3);
  }
  constexpr double kIndent = 10;
  for (const auto& item : notes.items) {
    const auto bullet = flow.plain("•", kSmall, kIndent);
    const auto layout = flow.plain(item, kSmall, kContentWidth - kIndent);
    flow.ensure(std::min(Flow::height_of(layout), 24.0));
    flow.draw_text(bullet, kMarginX, flow.y(), kMuted);
    place_breakable(flow, layout, kMarginX + kIndent, kMuted);
    flow.advance(2);
  }
  flow.advance(kParagraphGap);
}

}  // namespace maillage::exports::pdf
