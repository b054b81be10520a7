#pragma once
#include <cstdint>
#include <vector>

#include "core/convention.hpp"
#include "store/database.hpp"

namespace maillage::store {

class CtgRepository {
 public:
  explicit CtgRepository(Database& database) : database_(database) {}

  struct Saved {
    std::int64_t id = 0;
    bool created = false;
  };
  // Inserts a CTG, or updates the one of the same territory and start date (version + 1).
  // The caller holds the transaction.
  Saved upsert(const core::Ctg& ctg);
  std::vector<core::Ctg> list_all() const;
  std::vector<core::Ctg> list_for_territory(const std::string& territory_code) const;

 private:
  std::vector<core::Ctg> select(const std::string& where, const std::string& parameter) const;
  Database& database_;
};

}  // namespace maillage::store
