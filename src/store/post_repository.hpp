#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/post.hpp"
#include "store/database.hpp"

namespace maillage::store {

class PostRepository {
 public:
  explicit PostRepository(Database& database) : database_(database) {}

  // Inserts the post, or updates the one with the same id (version + 1). Returns true when it
  // was new. The caller holds the transaction.
  bool upsert(const core::Post& post);
  std::vector<core::Post> list_all() const;
  std::optional<core::Post> find(const std::string& id) const;
  bool exists(const std::string& id) const;

 private:
  std::vector<core::Post> select(const std::string& where, const std::string& parameter) const;
  Database& database_;
};

}  // namespace maillage::store
