#pragma once
#include <cstdint>

#include "store/database.hpp"

namespace maillage::store {

// A counter bumped by every write, so that caches (in this and other server instances) know
// when to reload: compare it with the value read when the cache was filled.
class GenerationRepository {
 public:
  explicit GenerationRepository(Database& database) : database_(database) {}

  std::int64_t current() const;
  // In the writer's transaction, so that readers never see the new value before the data.
  void bump();

 private:
  Database& database_;
};

}  // namespace maillage::store
