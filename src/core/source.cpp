#include "core/source.hpp"

namespace maillage::core {

std::string Source::citation() const {
  if (section.empty()) return file;
  return file + ", « " + section + " »";
}

}  // namespace maillage::core
