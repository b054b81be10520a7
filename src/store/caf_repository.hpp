#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/caf.hpp"
#include "store/database.hpp"

namespace maillage::store {

class CafRepository {
 public:
  explicit CafRepository(Database& database) : database_(database) {}

  // Adds the Caf if it is new; an existing Caf keeps its name and doctrine (chosen by people).
  void add_if_missing(const core::Caf& caf);
  std::vector<core::Caf> list_all() const;
  std::optional<core::Caf> find(const std::string& departement) const;

 private:
  Database& database_;
};

}  // namespace maillage::store
