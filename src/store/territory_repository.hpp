#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/territory.hpp"
#include "store/database.hpp"

namespace maillage::store {

class TerritoryRepository {
 public:
  explicit TerritoryRepository(Database& database) : database_(database) {}

  // Inserts or updates by code (caller holds the transaction). `communes` lists are not stored:
  // a commune's `epci_code` carries the membership.
  void upsert(const std::vector<core::Territory>& territories);
  std::vector<core::Territory> list_all() const;
  std::vector<core::Territory> list_epcis(const std::string& departement) const;
  std::optional<core::Territory> find(const std::string& code) const;
  long count(core::TerritoryKind kind) const;

 private:
  Database& database_;
};

}  // namespace maillage::store
