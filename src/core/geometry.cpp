#include "core/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace maillage::core {

namespace {

// GRS80 (the ellipsoid of RGF93 and ETRS89).
constexpr double kSemiMajorAxis = 6378137.0;
constexpr double kFlattening = 1.0 / 298.257222101;
constexpr double kPi = 3.14159265358979323846;
const double kE2 = kFlattening * (2.0 - kFlattening);  // first eccentricity squared
const double kE = std::sqrt(kE2);

double radians(double degrees) {
  return degrees * kPi / 180.0;
}

// q of the authalic latitude (IOGP 7-2, LAEA, method 9820).
double q_of(double sin_phi) {
  return (1.0 - kE2) * (sin_phi / (1.0 - kE2 * sin_phi * sin_phi) -
                        std::log((1.0 - kE * sin_phi) / (1.0 + kE * sin_phi)) / (2.0 * kE));
}

const double kQPole = q_of(1.0);

double ring_area(const std::vector<PlanarPoint>& ring) {
  // Shoelace formula; a repeated closing point adds nothing.
  double twice = 0;
  for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
    const auto& a = ring[i];
    const auto& b = ring[(i + 1) % n];
    twice += a.x * b.y - b.x * a.y;
  }
  return std::abs(twice) / 2.0;
}

struct Bounds {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();
  void add(double x, double y) {
    min_x = std::min(min_x, x);
    min_y = std::min(min_y, y);
    max_x = std::max(max_x, x);
    max_y = std::max(max_y, y);
  }
  bool empty() const { return min_x > max_x; }
};

LonLat centre_of(const Ring& ring) {
  Bounds box;
  for (const auto& point : ring) box.add(point.lon, point.lat);
  if (box.empty()) return {};
  return {(box.min_x + box.max_x) / 2.0, (box.min_y + box.max_y) / 2.0};
}

std::vector<PlanarPoint> project_ring(const EqualAreaProjection& projection, const Ring& ring) {
  std::vector<PlanarPoint> points;
  points.reserve(ring.size());
  for (const auto& point : ring) points.push_back(projection.project(point));
  return points;
}

// A number of tenths of a pixel, written without a float formatter: "12.3", "-4", "0.5"; a space
// before it unless a minus sign already separates it from the previous number.
void append_tenths(std::string& out, long long tenths, bool separate) {
  if (tenths < 0) {
    out += '-';
    tenths = -tenths;
  } else if (separate) {
    out += ' ';
  }
  out += std::to_string(tenths / 10);
  if (tenths % 10 != 0) {
    out += '.';
    out += static_cast<char>('0' + tenths % 10);
  }
}

}  // namespace

EqualAreaProjection::EqualAreaProjection(LonLat centre)
    : lon0_(radians(centre.lon)),
      beta0_(std::asin(q_of(std::sin(radians(centre.lat))) / kQPole)),
      rq_(kSemiMajorAxis * std::sqrt(kQPole / 2.0)) {
  const double phi0 = radians(centre.lat);
  const double sin_phi0 = std::sin(phi0);
  d_ = kSemiMajorAxis * (std::cos(phi0) / std::sqrt(1.0 - kE2 * sin_phi0 * sin_phi0)) /
       (rq_ * std::cos(beta0_));
  sin_beta0_ = std::sin(beta0_);
  cos_beta0_ = std::cos(beta0_);
}

PlanarPoint EqualAreaProjection::project(LonLat point) const {
  const double beta = std::asin(q_of(std::sin(radians(point.lat))) / kQPole);
  const double dlon = radians(point.lon) - lon0_;
  const double b = rq_ * std::sqrt(2.0 / (1.0 + sin_beta0_ * std::sin(beta) +
                                          cos_beta0_ * std::cos(beta) * std::cos(dlon)));
  return {b * d_ * std::cos(beta) * std::sin(dlon),
          (b / d_) * (cos_beta0_ * std::sin(beta) - sin_beta0_ * std::cos(beta) * std::cos(dlon))};
}

double area_square_metres(const Polygon& polygon) {
  // Centred on the polygon, so that projected coordinates stay small and precise.
  const EqualAreaProjection projection(centre_of(polygon.outer));
  double area = ring_area(project_ring(projection, polygon.outer));
  for (const auto& hole : polygon.holes) area -= ring_area(project_ring(projection, hole));
  return std::max(area, 0.0);
}

double area_square_metres(const MultiPolygon& shape) {
  double area = 0;
  for (const auto& polygon : shape) area += area_square_metres(polygon);
  return area;
}

std::int64_t area_hectares(const MultiPolygon& shape) {
  return std::llround(area_square_metres(shape) / 10'000.0);
}

PlanarLayout fit_shapes(const std::vector<NamedShape>& shapes) {
  Bounds degrees;
  for (const auto& named : shapes) {
    if (!named.shape) continue;
    for (const auto& polygon : *named.shape) {
      for (const auto& point : polygon.outer) degrees.add(point.lon, point.lat);
    }
  }
  PlanarLayout layout;
  if (degrees.empty()) return layout;
  const EqualAreaProjection projection(
      {(degrees.min_x + degrees.max_x) / 2.0, (degrees.min_y + degrees.max_y) / 2.0});

  Bounds metres;
  for (const auto& named : shapes) {
    PlanarShape planar{named.code, {}};
    if (named.shape) {
      for (const auto& polygon : *named.shape) {
        planar.rings.push_back(project_ring(projection, polygon.outer));
        for (const auto& hole : polygon.holes)
          planar.rings.push_back(project_ring(projection, hole));
      }
    }
    for (const auto& ring : planar.rings) {
      for (const auto& point : ring) metres.add(point.x, point.y);
    }
    layout.shapes.push_back(std::move(planar));
  }
  const double width = metres.max_x - metres.min_x;
  if (metres.empty() || width <= 0) return {};
  const double scale = 1.0 / width;
  for (auto& shape : layout.shapes) {
    for (auto& ring : shape.rings) {
      for (auto& point : ring) {
        point = {(point.x - metres.min_x) * scale, (metres.max_y - point.y) * scale};
      }
    }
  }
  layout.height = (metres.max_y - metres.min_y) * scale;
  return layout;
}

std::string svg_path(const PlanarShape& shape, double width, double min_step) {
  std::string path;
  const double min_step2 = min_step * min_step;
  for (const auto& ring : shape.rings) {
    if (ring.size() < 3) continue;
    std::vector<PlanarPoint> kept{{ring.front().x * width, ring.front().y * width}};
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
      const PlanarPoint point{ring[i].x * width, ring[i].y * width};
      const double dx = point.x - kept.back().x;
      const double dy = point.y - kept.back().y;
      if (dx * dx + dy * dy >= min_step2) kept.push_back(point);
    }
    const PlanarPoint last{ring.back().x * width, ring.back().y * width};
    const bool closed =
        std::abs(last.x - kept.front().x) < 1e-9 && std::abs(last.y - kept.front().y) < 1e-9;
    if (!closed) kept.push_back(last);
    if (kept.size() < 3) continue;  // smaller than a pixel at this width: not drawn
    // The first point absolute, the others relative to the previous rounded one ("l" moves):
    // shorter, and rounding errors do not add up.
    long long x = std::llround(kept[0].x * 10.0);
    long long y = std::llround(kept[0].y * 10.0);
    path += 'M';
    append_tenths(path, x, false);
    append_tenths(path, y, true);
    path += 'l';
    for (std::size_t i = 1; i < kept.size(); ++i) {
      const long long next_x = std::llround(kept[i].x * 10.0);
      const long long next_y = std::llround(kept[i].y * 10.0);
      append_tenths(path, next_x - x, i > 1);
      append_tenths(path, next_y - y, true);
      x = next_x;
      y = next_y;
    }
    path += 'z';
  }
  return path;
}

}  // namespace maillage::core
