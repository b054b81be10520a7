#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Classes and colours of a choropleth map, shared by the web map and the PDF note so that both
// read the same. Values are integers already scaled by the caller (basis points, cents, FTE
// hundredths…): no float here.
namespace maillage::core {

// Sequential: one quantity from low to high (ColorBrewer Blues). Diverging: a signed gap around
// 0 (ColorBrewer RdBu, red below, blue above). Both palettes are colour-blind safe.
enum class ColourScale { kSequential, kDiverging };

struct ColourClass {
  std::int64_t lower = 0;  // inclusive
  std::int64_t upper = 0;  // inclusive for the last class, exclusive otherwise
  std::string colour;      // "#rrggbb"
};

struct ClassBreaks {
  std::vector<ColourClass> classes;  // empty when no value is known
  // The class of `value` (values outside the bounds go to the nearest class); -1 without classes.
  int class_of(std::int64_t value) const;
};

inline constexpr const char* kNoDataColour = "#d9d9d9";  // light grey, under a hatch on the web

// At most five classes. Sequential: quantile breaks over the values (fewer classes when values
// repeat). Diverging: five classes symmetric around 0 up to the largest gap, the middle one
// holding 0.
ClassBreaks classify(const std::vector<std::int64_t>& values, ColourScale scale);

}  // namespace maillage::core
