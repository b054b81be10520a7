#pragma once
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "app/settings.hpp"
#include "core/geometry.hpp"

namespace maillage::app {

// A territory's outline from a boundary file.
struct Boundary {
  std::string code;  // EPCI SIREN or commune INSEE code
  std::string name;
  core::MultiPolygon shape;
};

// A boundary file that cannot be read; the message (French) names the file and the feature.
struct BoundaryError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Territory outlines by code, loaded once at start (data/geo/, see its README) and read-only
// afterwards, so that every request may share them.
class Boundaries {
 public:
  // A GeoJSON FeatureCollection of Polygon / MultiPolygon features whose properties give the code
  // ("code" or "epci") and the name ("nom" or "epci_nom"). `file_label` names the file in
  // messages. Throws BoundaryError.
  void add_geojson(std::string_view text, const std::string& file_label);
  void add_file(const std::filesystem::path& file);

  const Boundary* find(const std::string& code) const;
  std::size_t size() const { return by_code_.size(); }
  const std::map<std::string, Boundary>& all() const { return by_code_; }

 private:
  std::map<std::string, Boundary> by_code_;
};

// Every *.geojson file of `geo_folder` (data/geo). Throws BoundaryError if a file is bad; an
// absent folder gives empty boundaries (the product then says that outlines are missing).
Boundaries load_boundaries(const std::filesystem::path& geo_folder);

// data/geo, where the product keeps its boundary files.
inline std::filesystem::path boundary_folder(const Paths& paths) {
  return paths.data_dir / "geo";
}

}  // namespace maillage::app
