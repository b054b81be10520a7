#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/structure.hpp"
#include "store/database.hpp"

namespace maillage::store {

// Family-service structures (migration v3's `structures`). The caller holds the transaction.
class StructureRepository {
 public:
  explicit StructureRepository(Database& database) : database_(database) {}

  // A new structure at version 1 (an empty reference is stored as none); returns its id.
  std::int64_t insert(const core::Structure& structure);
  // Saves the structure (by id) only if its stored version is still `expected_version` (then
  // version + 1). False when someone saved it in between, or it does not exist: nothing written.
  bool update_if_version(const core::Structure& structure, int expected_version);
  std::optional<core::Structure> find(std::int64_t id) const;
  std::optional<core::Structure> find_by_reference(const std::string& reference) const;
  // Ordered by territory, then name, then id.
  std::vector<core::Structure> list_all() const;
  std::vector<core::Structure> list_for_territory(const std::string& territory_code) const;

 private:
  std::vector<core::Structure> select(const std::string& where, const std::string& parameter) const;
  Database& database_;
};

}  // namespace maillage::store
