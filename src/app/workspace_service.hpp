#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/record_save.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/convention.hpp"
#include "core/workspace_kind.hpp"
#include "core/workspace_validation.hpp"
#include "store/database.hpp"

namespace maillage::app {

// A record's fields as typed in a form or read from a file line, by field code.
using WorkspaceFields = std::map<std::string, std::string>;

// A CTG's workspace as the actor sees it: found only if the CTG lies in their perimeter (Caf
// staff for their territories, the territory's people for their CTG). Everyone who sees it reads
// all of it; who writes depends on the kind (KindSpec::writers).
struct CtgWorkspace {
  core::WorkspaceScope scope;
  core::Ctg ctg;
  std::string territory_name;
};
std::optional<CtgWorkspace> ctg_workspace(store::Database& database, const core::Actor& actor,
                                          std::int64_t ctg_id);
// The Caf's own workspace (its departmental network), read by everyone of the Caf.
core::WorkspaceScope caf_workspace(const core::Actor& actor);
// The CTGs whose workspaces the actor sees, by territory name.
std::vector<CtgWorkspace> visible_workspaces(store::Database& database, const core::Actor& actor);

bool may_write(const core::Actor& actor, const core::KindSpec& kind);

// A record, if the actor may read its workspace (else none, as if it did not exist).
std::optional<core::WorkspaceRecord> find_record(store::Database& database,
                                                 const core::Actor& actor, std::int64_t id);
std::vector<core::WorkspaceRecord> list_records(store::Database& database,
                                                const core::WorkspaceScope& scope,
                                                const std::string& kind = "");

// What the scope's references may name (its records, and the Caf's posts).
core::ReferenceIndex reference_index(store::Database& database, const core::WorkspaceScope& scope);
// The next free generated reference of a kind in a scope: "ACT-004" after "ACT-003".
std::string next_reference(store::Database& database, const core::WorkspaceScope& scope,
                           const core::KindSpec& kind, int skip = 0);

// Creates, saves over `expected_version` (stale saves refused), deletes. Each write is checked
// against the kind's spec, audited (entity "fiche") and atomic.
SaveResult<core::WorkspaceRecord> create_record(store::Database& database, const core::Actor& actor,
                                                const core::WorkspaceScope& scope,
                                                const std::string& kind,
                                                const WorkspaceFields& fields, Timestamp now);
SaveResult<core::WorkspaceRecord> update_record(store::Database& database, const core::Actor& actor,
                                                std::int64_t id, const WorkspaceFields& fields,
                                                int expected_version, Timestamp now);
SaveResult<core::WorkspaceRecord> delete_record(store::Database& database, const core::Actor& actor,
                                                std::int64_t id, int expected_version,
                                                Timestamp now);

// The record as form fields, which are also the cells of its line in an exported file.
WorkspaceFields editable_fields(const core::KindSpec& kind, const core::WorkspaceRecord& record);
// The record as kept in the history.
nlohmann::json record_audit_json(const core::KindSpec& kind, const core::WorkspaceRecord& record);

}  // namespace maillage::app
