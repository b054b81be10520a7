#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/convention.hpp"
#include "store/database.hpp"

namespace maillage::store {

// CTGs with their signatories and themes. The caller holds the transaction.
class CtgRepository {
 public:
  explicit CtgRepository(Database& database) : database_(database) {}

  struct Saved {
    std::int64_t id = 0;
    bool created = false;
  };
  // Inserts a CTG, or updates the one of the same territory and start date (version + 1).
  Saved upsert(const core::Ctg& ctg);
  // A new CTG at version 1, with its signatories and themes; returns its id.
  std::int64_t insert(const core::Ctg& ctg);
  // Saves the CTG (by id; signatories and themes replaced) only if its stored version is still
  // `expected_version` (then version + 1). False when someone saved it in between, or it does
  // not exist: nothing is written.
  bool update_if_version(const core::Ctg& ctg, int expected_version);
  std::optional<core::Ctg> find(std::int64_t id) const;
  std::vector<core::Ctg> list_all() const;
  std::vector<core::Ctg> list_for_territory(const std::string& territory_code) const;

 private:
  std::vector<core::Ctg> select(const std::string& where, const std::string& parameter) const;
  void attach_lists(std::vector<core::Ctg>& ctgs) const;
  void replace_lists(std::int64_t id, const core::Ctg& ctg);
  Database& database_;
};

}  // namespace maillage::store
