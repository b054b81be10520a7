#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/workspace_record.hpp"
#include "store/database.hpp"

namespace maillage::store {

// The CTG workspaces' records (migration v4's `workspace_records`). Values are stored as a JSON
// object of canonical texts. The caller holds the transaction.
class WorkspaceRepository {
 public:
  explicit WorkspaceRepository(Database& database) : database_(database) {}

  // A new record at version 1; returns its id. Throws if the reference is taken in its scope.
  std::int64_t insert(const core::WorkspaceRecord& record);
  // Saves values, reference and audit columns only if the stored version is still
  // `expected_version` (then version + 1). False when someone saved it in between.
  bool update_if_version(const core::WorkspaceRecord& record, int expected_version);
  bool delete_if_version(std::int64_t id, int expected_version);

  std::optional<core::WorkspaceRecord> find(std::int64_t id) const;
  std::optional<core::WorkspaceRecord> find_by_reference(const core::WorkspaceScope& scope,
                                                         const std::string& kind,
                                                         const std::string& reference) const;
  // One workspace's records, of one kind (or all kinds when `kind` is empty), by reference.
  std::vector<core::WorkspaceRecord> list(const core::WorkspaceScope& scope,
                                          const std::string& kind = "") const;
  // Every record of `kind` in the Caf's CTG workspaces and its own, by scope then reference.
  std::vector<core::WorkspaceRecord> list_for_caf(const std::string& caf_departement,
                                                  const std::string& kind) const;
  // The references of a scope and kind that begin with `prefix`, for numbering the next one.
  std::vector<std::string> references_with_prefix(const core::WorkspaceScope& scope,
                                                  const std::string& kind,
                                                  const std::string& prefix) const;

 private:
  Database& database_;
};

// The values as stored, and back (unknown or non-text members are dropped).
std::string values_to_json(const std::map<std::string, std::string>& values);
std::map<std::string, std::string> values_from_json(const std::string& json);

}  // namespace maillage::store
