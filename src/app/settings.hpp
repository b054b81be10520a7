#pragma once
#include <filesystem>

namespace maillage::app {

// Where Maillage finds its data files. Environment variables override the build's defaults so an
// installed binary does not depend on the source tree.
struct Paths {
  std::filesystem::path data_dir;          // MAILLAGE_DATA_DIR: doctrines/, demo/
  std::filesystem::path territory_source;  // MAILLAGE_TERRITORY_SOURCE: etalab's data/
  std::filesystem::path doctrines_dir() const { return data_dir / "doctrines"; }
  std::filesystem::path demo_dir() const { return data_dir / "demo"; }
};

Paths default_paths();

}  // namespace maillage::app
