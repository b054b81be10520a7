#include "app/boundaries.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/text_file.hpp"

namespace maillage::app {

namespace {

using nlohmann::json;

// Where a message points: the file, and the feature (1-based, with its code once known).
struct Place {
  const std::string& file;
  std::size_t feature = 0;
  std::string code;

  [[noreturn]] void fail(const std::string& what) const {
    std::string where = fmt::format("Fichier de contours {}", file);
    if (feature > 0) where += fmt::format(", entité n° {}", feature);
    if (!code.empty()) where += fmt::format(" (code {})", code);
    throw BoundaryError(fmt::format("{} : {}", where, what));
  }
};

std::string text_property(const json& properties, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const auto found = properties.find(name);
    if (found != properties.end() && found->is_string()) return found->get<std::string>();
  }
  return {};
}

core::Ring read_ring(const json& positions, const Place& place) {
  if (!positions.is_array() || positions.size() < 4) {
    place.fail("un anneau doit compter au moins quatre positions [longitude, latitude].");
  }
  core::Ring ring;
  ring.reserve(positions.size());
  for (const auto& position : positions) {
    if (!position.is_array() || position.size() < 2 || !position[0].is_number() ||
        !position[1].is_number()) {
      place.fail("une position n'est pas de la forme [longitude, latitude].");
    }
    const core::LonLat point{position[0].get<double>(), position[1].get<double>()};
    if (point.lon < -180 || point.lon > 180 || point.lat < -90 || point.lat > 90) {
      place.fail(fmt::format("la position [{}, {}] sort des longitudes et latitudes WGS84.",
                             point.lon, point.lat));
    }
    ring.push_back(point);
  }
  return ring;
}

core::Polygon read_polygon(const json& rings, const Place& place) {
  if (!rings.is_array() || rings.empty()) place.fail("un polygone sans anneau.");
  core::Polygon polygon{read_ring(rings[0], place), {}};
  for (std::size_t i = 1; i < rings.size(); ++i)
    polygon.holes.push_back(read_ring(rings[i], place));
  return polygon;
}

core::MultiPolygon read_geometry(const json& feature, const Place& place) {
  const auto geometry = feature.find("geometry");
  if (geometry == feature.end() || !geometry->is_object()) place.fail("géométrie absente.");
  const std::string type = geometry->value("type", "");
  const auto coordinates = geometry->find("coordinates");
  if (type != "Polygon" && type != "MultiPolygon") {
    place.fail(fmt::format(
        "géométrie « {} » non prise en charge (Polygon ou MultiPolygon attendu).", type));
  }
  if (coordinates == geometry->end() || !coordinates->is_array()) {
    place.fail("coordonnées absentes.");
  }
  if (type == "Polygon") return {read_polygon(*coordinates, place)};
  core::MultiPolygon shape;
  for (const auto& polygon : *coordinates) shape.push_back(read_polygon(polygon, place));
  if (shape.empty()) place.fail("un MultiPolygon sans polygone.");
  return shape;
}

}  // namespace

void Boundaries::add_geojson(std::string_view text, const std::string& file_label) {
  Place place{file_label, 0, {}};
  json document;
  try {
    document = json::parse(text);
  } catch (const json::parse_error& error) {
    place.fail(fmt::format("ce n'est pas du JSON valide (octet {}).", error.byte));
  }
  const auto features = document.is_object() ? document.find("features") : document.end();
  if (!document.is_object() || document.value("type", "") != "FeatureCollection" ||
      features == document.end() || !features->is_array()) {
    place.fail("une FeatureCollection GeoJSON avec une liste « features » est attendue.");
  }
  if (features->empty()) place.fail("aucune entité (« features » est vide).");

  std::map<std::string, Boundary> read;
  for (const auto& feature : *features) {
    ++place.feature;
    place.code.clear();
    if (!feature.is_object()) place.fail("une entité GeoJSON (objet « Feature ») est attendue.");
    const auto properties = feature.find("properties");
    if (properties == feature.end() || !properties->is_object()) {
      place.fail("propriétés absentes (« code » et « nom » attendus).");
    }
    place.code = text_property(*properties, {"code", "epci"});
    if (place.code.empty()) place.fail("propriété « code » (ou « epci ») absente.");
    Boundary boundary{place.code, text_property(*properties, {"nom", "epci_nom", "name"}),
                      read_geometry(feature, place)};
    if (read.count(place.code) != 0 || by_code_.count(place.code) != 0) {
      place.fail("ce code a déjà un contour.");
    }
    read.emplace(place.code, std::move(boundary));
  }
  // All or nothing: a bad file adds no outline.
  by_code_.merge(read);
}

void Boundaries::add_file(const std::filesystem::path& file) {
  const auto text = read_text_file(file);
  if (!text) {
    throw BoundaryError(fmt::format("Fichier de contours {} : lecture impossible.", file.string()));
  }
  add_geojson(*text, file.filename().string());
}

const Boundary* Boundaries::find(const std::string& code) const {
  const auto found = by_code_.find(code);
  return found == by_code_.end() ? nullptr : &found->second;
}

Boundaries load_boundaries(const std::filesystem::path& geo_folder) {
  Boundaries boundaries;
  std::error_code error;
  if (!std::filesystem::is_directory(geo_folder, error)) return boundaries;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(geo_folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".geojson") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());  // the same order on every machine
  for (const auto& file : files) boundaries.add_file(file);
  return boundaries;
}

}  // namespace maillage::app
