#include "app/settings.hpp"

#include <cstdlib>

namespace maillage::app {

Paths default_paths() {
  Paths paths{MAILLAGE_DEFAULT_DATA_DIR, MAILLAGE_DEFAULT_TERRITORY_SOURCE};
  if (const char* data = std::getenv("MAILLAGE_DATA_DIR"); data && *data) paths.data_dir = data;
  if (const char* source = std::getenv("MAILLAGE_TERRITORY_SOURCE"); source && *source) {
    paths.territory_source = source;
  }
  return paths;
}

}  // namespace maillage::app
