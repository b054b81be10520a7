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
  // A new post, at version 1. The caller holds the transaction.
  void insert(const core::Post& post);
  // Saves the post only if its stored version is still `expected_version` (then version + 1).
  // False when someone saved it in between (or it does not exist): nothing is written.
  bool update_if_version(const core::Post& post, int expected_version);
  std::vector<core::Post> list_all() const;
  std::optional<core::Post> find(const std::string& id) const;
  bool exists(const std::string& id) const;
  // The ids of the posts on the territories (EPCIs and communes) of a département: the posts a
  // Caf's network meetings record as present.
  std::vector<std::string> ids_in_departement(const std::string& departement) const;

 private:
  std::vector<core::Post> select(const std::string& where, const std::string& parameter) const;
  // Runs `query` with the post's fields bound by name; returns the rows changed.
  long long write(const core::Post& post, const std::string& query,
                  std::optional<int> expected_version);
  Database& database_;
};

}  // namespace maillage::store
