#pragma once
#include <cstdint>
#include <string>
#include <vector>

// Geometry is the one place where doubles are allowed (coordinates, projected areas); an area
// leaves this file as whole hectares, rounded once (docs/decisions/005-geometry.md).
namespace maillage::core {

// WGS84 (GeoJSON) longitude and latitude in degrees.
struct LonLat {
  double lon = 0;
  double lat = 0;
};

using Ring = std::vector<LonLat>;  // closed or not: the last point may repeat the first

struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

using MultiPolygon = std::vector<Polygon>;

// Lambert azimuthal equal-area on the GRS80 ellipsoid (IOGP guidance note 7-2, EPSG method 9820),
// in metres. The default centre is EPSG:3035's (52°N 10°E, without its false origin); any centre
// keeps areas exact, a centre near the drawn shapes keeps their outline true.
struct PlanarPoint {
  double x = 0;  // east
  double y = 0;  // north (projected) — or down, once fitted for drawing (see fit_shapes)
};

class EqualAreaProjection {
 public:
  explicit EqualAreaProjection(LonLat centre = {10.0, 52.0});
  PlanarPoint project(LonLat point) const;

 private:
  double lon0_;   // radians
  double beta0_;  // authalic latitude of the centre
  double rq_;     // radius of the authalic sphere
  double d_;      // scale correction of the oblique aspect
  double sin_beta0_;
  double cos_beta0_;
};

// Area on the GRS80 ellipsoid, holes subtracted, in square metres; rings may turn either way.
double area_square_metres(const Polygon& polygon);
double area_square_metres(const MultiPolygon& shape);
// The same, rounded once to whole hectares (1 km² = 100 ha).
std::int64_t area_hectares(const MultiPolygon& shape);

// A shape ready to draw: rings (outer boundaries and holes alike, to fill with the even-odd rule)
// in a box whose width is 1 and whose height is `PlanarLayout::height`, y pointing down.
struct PlanarShape {
  std::string code;
  std::vector<std::vector<PlanarPoint>> rings;
};

struct PlanarLayout {
  double height = 0;  // the box's height for a width of 1 (0 when there is nothing to draw)
  std::vector<PlanarShape> shapes;
};

struct NamedShape {
  std::string code;
  const MultiPolygon* shape = nullptr;
};

// Projects the shapes with a LAEA centred on their bounding box and fits them in the unit-width
// box, keeping their proportions.
PlanarLayout fit_shapes(const std::vector<NamedShape>& shapes);

// SVG path data ("M x y l dx dy … z" per ring) of a fitted shape drawn `width` pixels wide:
// coordinates rounded to 0.1 px; points closer than `min_step` pixels to the last kept one are
// dropped, and rings left with fewer than three points are not drawn, which keeps a département
// map small.
std::string svg_path(const PlanarShape& shape, double width, double min_step = 0.8);

}  // namespace maillage::core
