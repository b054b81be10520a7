#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace maillage::web::views {

// One series of a grouped bar chart (e.g. "Part des ETP").
struct BarSeries {
  std::string label;
  std::string colour;  // "#rrggbb", with a contrast of at least 3:1 on white (WCAG 1.4.11)
};

// One group of bars: a territory, with one value per series, already scaled (basis points…).
struct BarGroup {
  std::string label;
  std::vector<std::int64_t> values;       // one per series
  std::vector<std::string> value_labels;  // French, written at the end of each bar ("16,95 %")
};

// A horizontal grouped bar chart drawn on the server. Negative values grow left of a zero axis.
struct BarChartSpec {
  std::string id;           // DOM id, unique on the page
  std::string title;        // the SVG's <title> (its accessible name)
  std::string description;  // the SVG's <desc>: what it shows and where the same data is
  std::vector<BarSeries> series;
  std::vector<BarGroup> groups;
  int width = 760;
};

// The <svg role="img"> markup, every text escaped: a legend, one row per group with its label,
// its bars and their values. The page gives the same figures as a table (the accessible
// alternative); the SVG says so in its <desc>.
std::string bar_chart_svg(const BarChartSpec& spec);

}  // namespace maillage::web::views
