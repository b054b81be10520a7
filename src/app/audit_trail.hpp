#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"

namespace maillage::app {

// One change to record: what (entity "post", "ctg", "user" and its id), the action ("create",
// "update", "close", "password"…), the version after it, and the record before and after.
struct AuditEntry {
  std::string entity;
  std::string entity_id;
  std::string action;
  int version = 0;
  std::optional<nlohmann::json> before, after;
  std::string summary;  // French, one line, for the history page
};

// Appends the entry on behalf of `actor` and bumps the data generation (so caches reload).
// The caller holds the transaction that makes the change itself.
void record_audit(store::Database& database, const core::Actor& actor, const AuditEntry& entry,
                  Timestamp now);

// Who acts when someone runs the `maillage` command on the server (no account: user_id 0,
// recorded as no user).
core::Actor command_line_actor();

// One field that differs between two versions of a record, as text for the history page.
struct FieldChange {
  std::string field;
  std::string before;
  std::string after;
};

// The fields of two flat JSON objects that differ, in field order. Values are shown as text:
// strings as they are, booleans as oui/non, null as empty, arrays joined with ", ".
std::vector<FieldChange> changed_fields(const nlohmann::json& before, const nlohmann::json& after);

// The record's changes, newest first.
std::vector<store::AuditRecord> history_of(store::Database& database, const std::string& entity,
                                           const std::string& entity_id);

}  // namespace maillage::app
