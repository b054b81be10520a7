// Charts of the PDF renderer: horizontal bar charts and choropleth maps. Coordinates are doubles
// (drawing), the values themselves stay the caller's integers.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include "export/pdf_layout.hpp"

namespace maillage::exports::pdf {

namespace {

constexpr double kBarHeight = 8.0;
constexpr double kBarGap = 1.5;
constexpr double kGroupGap = 6.0;
constexpr double kValueRoom = 46.0;
constexpr double kSwatch = 8.0;
constexpr double kMinStep = 0.35;  // points, on the page

// A row of colour swatches with their labels; returns its height.
double place_legend(Flow& flow, const std::vector<PdfSeries>& series) {
  double x = kMarginX;
  double height = 0;
  const double y = flow.y();
  for (const auto& entry : series) {
    const auto label = flow.plain(entry.label, kSmall, kContentWidth / 2);
    const double label_height = Flow::height_of(label);
    const Rgb colour = entry.colour;
    flow.add([x, y, label_height, colour](cairo_t* cr) {
      set_colour(cr, colour);
      cairo_rectangle(cr, x, y + (label_height - kSwatch) / 2, kSwatch, kSwatch);
      cairo_fill(cr);
    });
    flow.draw_text(label, x + kSwatch + 4, y, kText);
    x += kSwatch + 4 + Flow::width_of(label) + 16;
    height = std::max(height, label_height);
  }
  flow.advance(height + 6);
  return height + 6;
}

struct Box {
  double min_x = std::numeric_limits<double>::max();
  double min_y = std::numeric_limits<double>::max();
  double max_x = std::numeric_limits<double>::lowest();
  double max_y = std::numeric_limits<double>::lowest();
  bool empty() const { return min_x > max_x || min_y > max_y; }
};

Box bounds_of(const std::vector<PdfMapArea>& areas) {
  Box box;
  for (const auto& area : areas) {
    for (const auto& ring : area.rings) {
      for (const auto& point : ring) {
        box.min_x = std::min(box.min_x, point.x);
        box.min_y = std::min(box.min_y, point.y);
        box.max_x = std::max(box.max_x, point.x);
        box.max_y = std::max(box.max_y, point.y);
      }
    }
  }
  return box;
}

// Where to put an area's number: the centroid of its largest ring (shoelace formula).
std::optional<PdfPoint> label_point(const PdfMapArea& area) {
  double best = 0;
  std::optional<PdfPoint> point;
  for (const auto& ring : area.rings) {
    double twice_area = 0, cx = 0, cy = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
      const PdfPoint& a = ring[i];
      const PdfPoint& b = ring[(i + 1) % ring.size()];
      const double cross = a.x * b.y - b.x * a.y;
      twice_area += cross;
      cx += (a.x + b.x) * cross;
      cy += (a.y + b.y) * cross;
    }
    if (std::abs(twice_area) > best) {
      best = std::abs(twice_area);
      point = PdfPoint{cx / (3 * twice_area), cy / (3 * twice_area)};
    }
  }
  return point;
}

Rgb colour_of(const PdfMap& map, const PdfMapArea& area) {
  if (area.class_index && *area.class_index < map.legend.size()) {
    return map.legend[*area.class_index].colour;
  }
  return kNoData;
}

}  // namespace

void lay_out(const PdfBarChart& chart, Flow& flow) {
  if (chart.groups.empty()) return;
  std::int64_t low = 0;
  std::int64_t high = 0;
  for (const auto& group : chart.groups) {
    for (const auto& bar : group.bars) {
      low = std::min(low, bar.value);
      high = std::max(high, bar.value);
    }
  }
  if (high == low) high = low + 1;
  const double label_width = kContentWidth * 0.32;
  const double plot_x = kMarginX + label_width + 8 + (low < 0 ? kValueRoom : 0);
  const double plot_width = kMarginX + kContentWidth - kValueRoom - plot_x;
  const auto x_of = [&](std::int64_t value) {
    return plot_x + plot_width * static_cast<double>(value - low) / static_cast<double>(high - low);
  };
  const double zero_x = x_of(0);

  const auto title = flow.plain(chart.title, kBold, kContentWidth);
  const auto continued =
      flow.plain(chart.title + " " + flow.document().continued, kBold, kContentWidth);
  const auto place_head = [&](bool again) {
    const auto& layout = again ? continued : title;
    flow.draw_text(layout, kMarginX, flow.y(), kText);
    flow.advance(Flow::height_of(layout) + 4);
    place_legend(flow, chart.series);
  };
  const std::size_t series = chart.series.size();
  const double bars_height =
      static_cast<double>(series) * kBarHeight + static_cast<double>(series - 1) * kBarGap;

  flow.ensure(Flow::height_of(title) + 60);
  place_head(false);
  // The note stays with the last group.
  const double note_height =
      chart.note.empty() ? 0 : Flow::height_of(flow.plain(chart.note, kSmall, kContentWidth));
  for (const auto& group : chart.groups) {
    const auto label = flow.plain(group.label, kSmall, label_width, PANGO_ALIGN_RIGHT);
    const double height = std::max(Flow::height_of(label), bars_height) + kGroupGap;
    const bool last = &group == &chart.groups.back();
    if (height + (last ? note_height : 0) > flow.remaining()) {
      flow.new_page();
      place_head(true);
    }
    const double y = flow.y();
    flow.draw_text(label, kMarginX, y, kText);
    for (std::size_t i = 0; i < group.bars.size() && i < series; ++i) {
      const PdfBar& bar = group.bars[i];
      const double top = y + static_cast<double>(i) * (kBarHeight + kBarGap);
      const double end = x_of(bar.value);
      const Rgb colour = chart.series[i].colour;
      flow.add([top, end, zero_x, colour](cairo_t* cr) {
        set_colour(cr, colour);
        cairo_rectangle(cr, std::min(zero_x, end), top, std::abs(end - zero_x), kBarHeight);
        cairo_fill(cr);
      });
      const auto value = flow.plain(bar.label, kTiny, kValueRoom - 3,
                                    bar.value < 0 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      const double value_x = bar.value < 0 ? end - kValueRoom : end + 3;
      flow.draw_text(value, value_x, top + (kBarHeight - Flow::height_of(value)) / 2, kText);
    }
    flow.add([zero_x, y, height](cairo_t* cr) {
      set_colour(cr, kMuted);
      cairo_set_line_width(cr, 0.6);
      cairo_move_to(cr, zero_x, y - kGroupGap / 2);
      cairo_line_to(cr, zero_x, y + height - kGroupGap / 2);
      cairo_stroke(cr);
    });
    flow.advance(height);
  }
  if (!chart.note.empty()) lay_out(PdfParagraph{{PdfSpan{chart.note, false}}, true}, flow);
  flow.advance(6);
}

void lay_out(const PdfMap& map, Flow& flow) {
  const auto title = flow.plain(map.title, kBold, kContentWidth);
  const Box box = bounds_of(map.areas);
  const double map_width = kContentWidth * 0.62;
  double map_height = 0;
  double scale = 0;
  if (!box.empty()) {
    const double width = std::max(box.max_x - box.min_x, 1e-9);
    const double height = std::max(box.max_y - box.min_y, 1e-9);
    map_height = std::clamp(map_width * height / width, 150.0, 340.0);
    scale = std::min(map_width / width, map_height / height);
  }
  flow.ensure(Flow::height_of(title) + 4 + map_height + 8);
  flow.draw_text(title, kMarginX, flow.y(), kText);
  flow.advance(Flow::height_of(title) + 4);

  const double top = flow.y();
  if (!box.empty()) {
    // Centred in the map's box.
    const double offset_x = kMarginX + (map_width - (box.max_x - box.min_x) * scale) / 2;
    const double offset_y = top + (map_height - (box.max_y - box.min_y) * scale) / 2;
    const auto to_page = [=](PdfPoint p) {
      return PdfPoint{offset_x + (p.x - box.min_x) * scale, offset_y + (p.y - box.min_y) * scale};
    };
    for (std::size_t index = 0; index < map.areas.size(); ++index) {
      const PdfMapArea& area = map.areas[index];
      std::vector<std::vector<PdfPoint>> rings;
      for (const auto& ring : area.rings) {
        auto& page_ring = rings.emplace_back();
        // Points closer than a third of a point to the last one kept do not show in print; dropping
        // them makes the file (and the rendering) several times smaller.
        for (std::size_t i = 0; i < ring.size(); ++i) {
          const PdfPoint point = to_page(ring[i]);
          if (!page_ring.empty() && i + 1 < ring.size() &&
              std::hypot(point.x - page_ring.back().x, point.y - page_ring.back().y) < kMinStep) {
            continue;
          }
          page_ring.push_back(point);
        }
      }
      const Rgb fill = colour_of(map, area);
      flow.add([rings = std::move(rings), fill](cairo_t* cr) {
        for (const auto& ring : rings) {
          if (ring.empty()) continue;
          cairo_move_to(cr, ring.front().x, ring.front().y);
          for (const auto& point : ring) cairo_line_to(cr, point.x, point.y);
          cairo_close_path(cr);
        }
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
        set_colour(cr, fill);
        cairo_fill_preserve(cr);
        // Grey borders: the middle class of a diverging scale is almost white.
        set_colour(cr, kMuted);
        cairo_set_line_width(cr, 0.5);
        cairo_stroke(cr);
      });
    }
    // Numbers over the fills, each in a white disc so it reads on any class colour.
    for (std::size_t index = 0; index < map.areas.size(); ++index) {
      const auto point = label_point(map.areas[index]);
      if (!point) continue;
      const PdfPoint centre = to_page(*point);
      const auto number = flow.plain(std::to_string(index + 1), kTiny, 20, PANGO_ALIGN_CENTER);
      flow.add([centre](cairo_t* cr) {
        cairo_arc(cr, centre.x, centre.y, 5.5, 0, 2 * std::numbers::pi);
        set_colour(cr, kWhite);
        cairo_fill_preserve(cr);
        set_colour(cr, kText);
        cairo_set_line_width(cr, 0.4);
        cairo_stroke(cr);
      });
      flow.draw_text(number, centre.x - 10, centre.y - Flow::height_of(number) / 2, kText);
    }
  }

  // The legend, right of the map.
  const double legend_x = kMarginX + map_width + 14;
  const double legend_width = kContentWidth - map_width - 14;
  double y = top;
  const auto legend_title = flow.plain(map.legend_title, kSmallBold, legend_width);
  flow.draw_text(legend_title, legend_x, y, kText);
  y += Flow::height_of(legend_title) + 4;
  std::vector<PdfLegendEntry> entries = map.legend;
  if (std::any_of(map.areas.begin(), map.areas.end(),
                  [](const PdfMapArea& area) { return !area.class_index; })) {
    entries.push_back({kNoData, map.no_data_label});
  }
  for (const auto& entry : entries) {
    const auto label = flow.plain(entry.label, kSmall, legend_width - 16);
    const Rgb colour = entry.colour;
    flow.add([legend_x, y, colour](cairo_t* cr) {
      set_colour(cr, colour);
      cairo_rectangle(cr, legend_x, y + 1, 10, 10);
      cairo_fill_preserve(cr);
      set_colour(cr, kRule);
      cairo_set_line_width(cr, 0.5);
      cairo_stroke(cr);
    });
    flow.draw_text(label, legend_x + 16, y, kText);
    y += std::max(12.0, Flow::height_of(label)) + 3;
  }
  flow.advance(std::max(map_height, y - top) + 6);

  // The numbered list of areas with their values, two per line.
  const double half = kContentWidth / 2;
  for (std::size_t first = 0; first < map.areas.size(); first += 2) {
    std::vector<Layout> cells;
    double height = 0;
    for (std::size_t i = first; i < std::min(first + 2, map.areas.size()); ++i) {
      const auto& area = map.areas[i];
      std::string text = std::to_string(i + 1) + ". " + area.name;
      if (!area.value_label.empty()) text += " : " + area.value_label;
      cells.push_back(flow.plain(text, kSmall, half - 8));
      height = std::max(height, Flow::height_of(cells.back()));
    }
    flow.ensure(height);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      flow.draw_text(cells[i], kMarginX + static_cast<double>(i) * half, flow.y(), kText);
    }
    flow.advance(height + 1);
  }
  flow.advance(4);
  if (!map.note.empty()) lay_out(PdfParagraph{{PdfSpan{map.note, false}}, true}, flow);
  flow.advance(6);
}

}  // namespace maillage::exports::pdf
