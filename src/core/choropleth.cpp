#include "core/choropleth.hpp"

#include <algorithm>
#include <cstdlib>

namespace maillage::core {

namespace {

// ColorBrewer (Cynthia Brewer, Penn State): Blues and RdBu, marked colour-blind safe there.
const std::vector<std::vector<std::string>> kBlues = {
    {"#6baed6"},
    {"#c6dbef", "#3182bd"},
    {"#deebf7", "#9ecae1", "#3182bd"},
    {"#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"},
    {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"},
};
const std::vector<std::string> kRedBlue = {"#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"};

// The smallest of 1, 2, 2.5 (from 10 up), 5 × 10^k that is >= value, so that the legend reads
// round bounds.
std::int64_t nice_ceiling(std::int64_t value) {
  std::int64_t power = 1;
  while (true) {
    for (std::int64_t step :
         {std::int64_t{10}, std::int64_t{20}, std::int64_t{25}, std::int64_t{50}}) {
      if (step == 25 && power == 1) continue;
      if (step * power >= value * 10) return step * power / 10;
    }
    power *= 10;
  }
}

ClassBreaks sequential(std::vector<std::int64_t> values) {
  std::sort(values.begin(), values.end());
  const auto last = values.size() - 1;
  std::vector<std::int64_t> bounds;
  for (std::size_t k = 0; k <= 5; ++k) {
    const std::int64_t bound = values[(k * last + 2) / 5];  // quantile k/5, rounded
    if (bounds.empty() || bound != bounds.back()) bounds.push_back(bound);
  }
  ClassBreaks breaks;
  if (bounds.size() == 1) {
    breaks.classes.push_back({bounds[0], bounds[0], kBlues[0][0]});
    return breaks;
  }
  const auto& palette = kBlues[bounds.size() - 2];
  for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
    breaks.classes.push_back({bounds[i], bounds[i + 1], palette[i]});
  }
  return breaks;
}

ClassBreaks diverging(const std::vector<std::int64_t>& values) {
  std::int64_t largest = 0;
  for (auto value : values) largest = std::max(largest, value < 0 ? -value : value);
  ClassBreaks breaks;
  if (largest == 0) {
    breaks.classes.push_back({0, 0, kRedBlue[2]});
    return breaks;
  }
  // Five classes of width 2h; the middle one is [-h, h).
  const std::int64_t h = nice_ceiling((largest + 4) / 5);
  for (int i = 0; i < 5; ++i) {
    breaks.classes.push_back({(2 * i - 5) * h, (2 * i - 3) * h, kRedBlue[i]});
  }
  return breaks;
}

}  // namespace

int ClassBreaks::class_of(std::int64_t value) const {
  if (classes.empty()) return -1;
  for (std::size_t i = 0; i + 1 < classes.size(); ++i) {
    if (value < classes[i].upper) return static_cast<int>(i);
  }
  return static_cast<int>(classes.size()) - 1;
}

ClassBreaks classify(const std::vector<std::int64_t>& values, ColourScale scale) {
  if (values.empty()) return {};
  return scale == ColourScale::kDiverging ? diverging(values) : sequential(values);
}

}  // namespace maillage::core
