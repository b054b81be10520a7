#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace maillage::store {

// One change in the audit trail: who, when, what, and the record before and after (JSON text).
struct AuditRecord {
  std::int64_t id = 0;
  std::string at;                       // ISO UTC
  std::optional<std::int64_t> user_id;  // none for the command line
  std::string user_login, entity, entity_id, action;
  int version = 0;  // the record's version after the change
  std::string summary;
  std::optional<std::string> before_json, after_json;
};

// Append-only. The caller holds the transaction.
class AuditRepository {
 public:
  explicit AuditRepository(Database& database) : database_(database) {}

  std::int64_t insert(const AuditRecord& record);
  // Newest first.
  std::vector<AuditRecord> list_for(const std::string& entity, const std::string& entity_id) const;
  std::vector<AuditRecord> list_recent(int limit) const;

 private:
  Database& database_;
};

}  // namespace maillage::store
