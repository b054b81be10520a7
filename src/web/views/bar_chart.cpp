#include "web/views/bar_chart.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "web/templates.hpp"

namespace maillage::web::views {

namespace {

constexpr int kLabelWidth = 250;  // group labels, right-aligned against the bars
constexpr int kValueWidth = 80;   // room for the value written after a bar
constexpr int kBarHeight = 12;
constexpr int kBarGap = 2;
constexpr int kGroupGap = 10;
constexpr int kLegendHeight = 28;
constexpr std::size_t kLabelChars = 38;  // longer names are shortened (the full name is in <title>)

std::string shortened(const std::string& label) {
  // Cut on a code point boundary: count the bytes that do not continue a UTF-8 sequence.
  std::size_t chars = 0;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) != 0x80 && ++chars > kLabelChars) {
      return label.substr(0, i) + "…";
    }
  }
  return label;
}

struct Scale {
  std::int64_t low = 0;   // ≤ 0
  std::int64_t high = 0;  // ≥ 0
  int left = 0;
  int right = 0;
  double x(std::int64_t value) const {
    const std::int64_t span = std::max<std::int64_t>(1, high - low);
    return left + static_cast<double>(value - low) * (right - left) / static_cast<double>(span);
  }
};

Scale scale_of(const BarChartSpec& spec) {
  Scale scale;
  for (const auto& group : spec.groups) {
    for (const std::int64_t value : group.values) {
      scale.low = std::min(scale.low, value);
      scale.high = std::max(scale.high, value);
    }
  }
  // Room for the values written beside the bars, on whichever side they grow.
  scale.left = kLabelWidth + 10 + (scale.low < 0 ? kValueWidth : 0);
  scale.right = spec.width - kValueWidth;
  return scale;
}

std::string legend(const BarChartSpec& spec) {
  std::string out;
  int x = kLabelWidth + 10;
  for (const auto& series : spec.series) {
    out += fmt::format(
        "<rect x=\"{}\" y=\"6\" width=\"14\" height=\"14\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"18\" class=\"bar-chart-legend\">{}</text>",
        x, series.colour, x + 20, escape_html(series.label));
    x += 40 + static_cast<int>(series.label.size()) * 7;
  }
  return out;
}

}  // namespace

std::string bar_chart_svg(const BarChartSpec& spec) {
  const Scale scale = scale_of(spec);
  const int series = static_cast<int>(spec.series.size());
  const int group_height = series * (kBarHeight + kBarGap) + kGroupGap;
  const int height = kLegendHeight + static_cast<int>(spec.groups.size()) * group_height + 8;
  std::string out = fmt::format(
      "<svg class=\"bar-chart\" id=\"{0}\" viewBox=\"0 0 {1} {2}\" role=\"img\" "
      "aria-labelledby=\"{0}-title\" aria-describedby=\"{0}-desc\" font-size=\"12\" "
      "fill=\"#212529\" xmlns=\"http://www.w3.org/2000/svg\">"
      "<title id=\"{0}-title\">{3}</title><desc id=\"{0}-desc\">{4}</desc>",
      escape_html(spec.id), spec.width, height, escape_html(spec.title),
      escape_html(spec.description));
  out += legend(spec);
  const double zero = scale.x(0);
  int y = kLegendHeight;
  for (const auto& group : spec.groups) {
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"bar-chart-label\">{}</text>",
        kLabelWidth, y + series * (kBarHeight + kBarGap) / 2 + 4,
        escape_html(shortened(group.label)));
    for (int i = 0; i < series && i < static_cast<int>(group.values.size()); ++i) {
      const double end = scale.x(group.values[static_cast<std::size_t>(i)]);
      const double from = std::min(zero, end);
      const double width = std::max(std::abs(end - zero), 0.5);  // a hairline shows a zero
      const int bar_y = y + i * (kBarHeight + kBarGap);
      out += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"/>",
                         from, bar_y, width, kBarHeight,
                         spec.series[static_cast<std::size_t>(i)].colour);
      const bool negative = group.values[static_cast<std::size_t>(i)] < 0;
      const std::string label = static_cast<std::size_t>(i) < group.value_labels.size()
                                    ? group.value_labels[static_cast<std::size_t>(i)]
                                    : std::string();
      out += fmt::format(
          "<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"{}\" class=\"bar-chart-value\">{}</text>",
          negative ? from - 4 : from + width + 4, bar_y + kBarHeight - 2,
          negative ? "end" : "start", escape_html(label));
    }
    y += group_height;
  }
  out += fmt::format(
      "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#595959\" "
      "stroke-width=\"1\"/>",
      zero, kLegendHeight - 4, y);
  out += "</svg>";
  return out;
}

}  // namespace maillage::web::views
