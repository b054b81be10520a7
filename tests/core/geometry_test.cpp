#include "core/geometry.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/choropleth.hpp"

namespace maillage::core {
namespace {

// A lon/lat rectangle whose edges follow the meridians and parallels closely (`steps` points per
// edge), counter-clockwise.
Ring cell(double west, double south, double east, double north, int steps = 200) {
  Ring ring;
  for (int i = 0; i < steps; ++i) ring.push_back({west + (east - west) * i / steps, south});
  for (int i = 0; i < steps; ++i) ring.push_back({east, south + (north - south) * i / steps});
  for (int i = 0; i < steps; ++i) ring.push_back({east - (east - west) * i / steps, north});
  for (int i = 0; i < steps; ++i) ring.push_back({west, north - (north - south) * i / steps});
  ring.push_back(ring.front());
  return ring;
}

TEST(Geometry, ProjectsTheIogpExampleOfEpsg3035) {
  // IOGP guidance note 7-2, LAEA example: 50°N 5°E → E 3 962 799,45 m, N 2 999 718,85 m with the
  // false origin (4 321 000, 3 210 000) that this projection leaves out.
  const EqualAreaProjection projection;
  const auto point = projection.project({5.0, 50.0});
  EXPECT_NEAR(point.x, 3962799.45 - 4321000.0, 0.01);
  EXPECT_NEAR(point.y, 2999718.85 - 3210000.0, 0.01);
}

TEST(Geometry, AOneDegreeCellAt45NorthHasItsEllipsoidalArea) {
  // Between 45°N and 46°N, 0° and 1°E on GRS80: Δλ·a²/2·(q(46°) − q(45°)) with q of the authalic
  // latitude = 8 686,49 km² (a sphere of the same area would say 8 663 km²).
  const MultiPolygon shape{{cell(0, 45, 1, 46), {}}};
  EXPECT_NEAR(area_hectares(shape), 868'649, 1);
  EXPECT_NEAR(area_square_metres(shape), 8'686.495e6, 0.05e6);
}

TEST(Geometry, AreaIgnoresRingDirectionAndSubtractsHoles) {
  Ring outer = cell(2, 44, 3, 45, 20);
  Ring reversed(outer.rbegin(), outer.rend());
  const MultiPolygon forward{{outer, {}}};
  const MultiPolygon backward{{reversed, {}}};
  EXPECT_EQ(area_hectares(forward), area_hectares(backward));

  const MultiPolygon holed{{outer, {cell(2.25, 44.25, 2.75, 44.75, 20)}}};
  const MultiPolygon hole{{cell(2.25, 44.25, 2.75, 44.75, 20), {}}};
  EXPECT_NEAR(area_square_metres(holed), area_square_metres(forward) - area_square_metres(hole),
              1.0);
  // Two separate parts add up.
  const MultiPolygon both{{outer, {}}, {cell(5, 44, 6, 45, 20), {}}};
  EXPECT_NEAR(
      area_square_metres(both),
      area_square_metres(forward) + area_square_metres(MultiPolygon{{cell(5, 44, 6, 45, 20), {}}}),
      1.0);
}

TEST(Geometry, FitsShapesInAUnitWidthBoxNorthUp) {
  const MultiPolygon south{{cell(0, 45, 1, 46, 4), {}}};
  const MultiPolygon north{{cell(0, 46, 1, 47, 4), {}}};
  const auto layout = fit_shapes({{"S", &south}, {"N", &north}});
  ASSERT_EQ(layout.shapes.size(), 2u);
  EXPECT_EQ(layout.shapes[0].code, "S");
  // Two degrees of latitude (222 km) against one of longitude (~78 km): taller than wide.
  EXPECT_GT(layout.height, 2.5);
  EXPECT_LT(layout.height, 3.0);
  double min_x = 1, max_x = 0, south_y = 0, north_y = 0;
  for (const auto& point : layout.shapes[0].rings[0]) {
    min_x = std::min(min_x, point.x);
    max_x = std::max(max_x, point.x);
    south_y += point.y;
  }
  for (const auto& point : layout.shapes[1].rings[0]) north_y += point.y;
  EXPECT_NEAR(min_x, 0.0, 0.02);
  EXPECT_GT(max_x, 0.95);
  EXPECT_LT(north_y, south_y);  // y points down: the north is on top
  EXPECT_TRUE(fit_shapes({}).shapes.empty());
}

TEST(Geometry, WritesCompactSvgPathsInTenthsOfPixelsAndDropsCrowdedPoints) {
  PlanarShape square{"A", {{{0, 0}, {0.5, 0}, {0.5, 0.5}, {0, 0.5}, {0, 0}}}};
  EXPECT_EQ(svg_path(square, 100), "M0 0l50 0 0 50-50 0z");
  PlanarShape odd{"B", {{{0.0123, 0.0456}, {0.5, 0.01}, {0.333333, 0.4}}}};
  EXPECT_EQ(svg_path(odd, 100), "M1.2 4.6l48.8-3.6-16.7 39z");

  // 1 000 points on a 314-px circle (0,3 px apart): at 2 px steps, about 160 are kept.
  PlanarShape circle{"C", {{}}};
  for (int i = 0; i <= 1000; ++i) {
    const double angle = 2 * 3.14159265358979 * i / 1000;
    circle.rings[0].push_back({0.5 + 0.5 * std::cos(angle), 0.5 + 0.5 * std::sin(angle)});
  }
  const std::string full = svg_path(circle, 100, 0);
  const std::string simplified = svg_path(circle, 100, 2.0);
  EXPECT_LT(simplified.size() * 3, full.size());
  EXPECT_EQ(simplified.front(), 'M');
  EXPECT_EQ(simplified.back(), 'z');
  // A shape smaller than a pixel is not drawn at all.
  PlanarShape speck{"D", {{{0.1, 0.1}, {0.1001, 0.1}, {0.1001, 0.1001}, {0.1, 0.1}}}};
  EXPECT_EQ(svg_path(speck, 100), "");
}

TEST(Choropleth, SequentialClassesAreQuantilesInBlues) {
  const auto breaks =
      classify({10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110}, ColourScale::kSequential);
  ASSERT_EQ(breaks.classes.size(), 5u);
  EXPECT_EQ(breaks.classes.front().lower, 10);
  EXPECT_EQ(breaks.classes.back().upper, 110);
  EXPECT_EQ(breaks.classes[0].colour, "#eff3ff");
  EXPECT_EQ(breaks.classes[4].colour, "#08519c");
  EXPECT_EQ(breaks.class_of(10), 0);
  EXPECT_EQ(breaks.class_of(110), 4);
  EXPECT_EQ(breaks.class_of(breaks.classes[2].lower), 2);
  EXPECT_EQ(breaks.class_of(-5), 0);  // outside: nearest class

  const auto few = classify({5, 5, 5, 9}, ColourScale::kSequential);
  ASSERT_EQ(few.classes.size(), 1u);  // quantiles 5,5,5,5,9 → one class [5, 9]
  EXPECT_EQ(few.classes[0].upper, 9);
  const auto one = classify({7, 7}, ColourScale::kSequential);
  ASSERT_EQ(one.classes.size(), 1u);
  EXPECT_EQ(one.classes[0].lower, 7);
  EXPECT_TRUE(classify({}, ColourScale::kSequential).classes.empty());
  EXPECT_EQ(ClassBreaks{}.class_of(3), -1);
}

TEST(Choropleth, DivergingClassesAreRoundAndSymmetricAroundZero) {
  // Largest gap 730 (7,3 points in basis points): half-width 146 → rounded up to 200.
  const auto breaks = classify({-730, -20, 0, 15, 410}, ColourScale::kDiverging);
  ASSERT_EQ(breaks.classes.size(), 5u);
  EXPECT_EQ(breaks.classes[0].lower, -1000);
  EXPECT_EQ(breaks.classes[2].lower, -200);
  EXPECT_EQ(breaks.classes[2].upper, 200);
  EXPECT_EQ(breaks.classes[4].upper, 1000);
  EXPECT_EQ(breaks.classes[2].colour, "#f7f7f7");
  EXPECT_EQ(breaks.class_of(-730), 0);
  EXPECT_EQ(breaks.class_of(0), 2);
  EXPECT_EQ(breaks.class_of(410), 3);
  EXPECT_EQ(breaks.class_of(600), 4);
  EXPECT_EQ(classify({0, 0}, ColourScale::kDiverging).classes.size(), 1u);
  // Half-widths round up to 1, 2, 2,5 (from 10 on) or 5 × 10^k: 120 → 24 → 25; 23 → 5 → 5.
  EXPECT_EQ(classify({120}, ColourScale::kDiverging).classes[2].upper, 25);
  EXPECT_EQ(classify({23}, ColourScale::kDiverging).classes[2].upper, 5);
}

}  // namespace
}  // namespace maillage::core
