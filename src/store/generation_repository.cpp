#include "store/generation_repository.hpp"

namespace maillage::store {

std::int64_t GenerationRepository::current() const {
  long long value = 0;
  database_.session() << "SELECT value FROM data_generation WHERE id = 1", soci::into(value);
  return value;
}

void GenerationRepository::bump() {
  database_.session() << "UPDATE data_generation SET value = value + 1 WHERE id = 1";
}

}  // namespace maillage::store
