#include "app/workspace_service.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/core.h>

#include "app/audit_trail.hpp"
#include "core/access_policy.hpp"
#include "core/workspace_messages_fr.hpp"
#include "core/workspace_values.hpp"
#include "store/ctg_repository.hpp"
#include "store/post_repository.hpp"
#include "store/territory_repository.hpp"
#include "store/workspace_repository.hpp"

namespace maillage::app {

namespace {

using Result = SaveResult<core::WorkspaceRecord>;

bool readable(store::Database& database, const core::Actor& actor,
              const core::WorkspaceScope& scope) {
  if (scope.is_caf()) return scope.caf_departement == actor.caf_departement;
  return ctg_workspace(database, actor, scope.ctg_id).has_value();
}

void move_errors(std::vector<core::FieldError>&& errors, Result& result) {
  for (auto& error : errors) result.errors.push_back({0, error.field, std::move(error.message)});
}

// The summary line of the history: "Création de l'action ACT-001".
// Other records of the scope that still name `record` (deleting or renaming it would break them).
std::optional<std::string> still_referred(store::Database& database,
                                          const core::WorkspaceRecord& record) {
  const auto referring = core::records_referring_to(list_records(database, record.scope),
                                                    record.kind, record.reference);
  if (referring.empty()) return std::nullopt;
  std::string joined;
  for (const auto& reference : referring) joined += (joined.empty() ? "" : ", ") + reference;
  return core::workspace_messages::still_referred_to(joined);
}

// The record `id` if the actor may write it, with its kind; else none and why in `status` (not
// found also for a record outside the perimeter).
std::optional<core::WorkspaceRecord> writable_record(store::Database& database,
                                                     const core::Actor& actor, std::int64_t id,
                                                     const core::KindSpec*& kind,
                                                     SaveStatus& status) {
  auto current = find_record(database, actor, id);
  kind = current ? core::find_kind(current->kind) : nullptr;
  if (!current || !kind) {
    status = SaveStatus::kNotFound;
    return std::nullopt;
  }
  if (!may_write(actor, *kind)) {
    status = SaveStatus::kForbidden;
    return std::nullopt;
  }
  return current;
}

void refuse_taken_reference(Result& result) {
  result.status = SaveStatus::kInvalid;
  result.errors.push_back({0, std::string(core::kReferenceField),
                           core::workspace_messages::reference_taken(result.record.reference)});
}

std::string summary(std::string_view verb, const core::KindSpec& kind, const std::string& ref) {
  return fmt::format("{} — {} {}", verb, kind.label, ref);
}

}  // namespace

std::optional<CtgWorkspace> ctg_workspace(store::Database& database, const core::Actor& actor,
                                          std::int64_t ctg_id) {
  auto ctg = store::CtgRepository(database).find(ctg_id);
  if (!ctg) return std::nullopt;
  const auto territory = store::TerritoryRepository(database).find(ctg->territory_code);
  if (!territory || !core::covers(actor, *territory)) return std::nullopt;
  return CtgWorkspace{{ctg->id, territory->departement}, std::move(*ctg), territory->name};
}

core::WorkspaceScope caf_workspace(const core::Actor& actor) {
  return {0, actor.caf_departement};
}

std::vector<CtgWorkspace> visible_workspaces(store::Database& database, const core::Actor& actor) {
  std::vector<CtgWorkspace> workspaces;
  store::TerritoryRepository territories(database);
  for (auto& ctg : store::CtgRepository(database).list_all()) {
    const auto territory = territories.find(ctg.territory_code);
    if (!territory || !core::covers(actor, *territory)) continue;
    workspaces.push_back({{ctg.id, territory->departement}, std::move(ctg), territory->name});
  }
  std::sort(workspaces.begin(), workspaces.end(), [](const auto& a, const auto& b) {
    return std::tie(a.territory_name, a.ctg.start) < std::tie(b.territory_name, b.ctg.start);
  });
  return workspaces;
}

bool may_write(const core::Actor& actor, const core::KindSpec& kind) {
  return kind.writable_by(actor.role);
}

std::optional<core::WorkspaceRecord> find_record(store::Database& database,
                                                 const core::Actor& actor, std::int64_t id) {
  auto record = store::WorkspaceRepository(database).find(id);
  if (!record || !readable(database, actor, record->scope)) return std::nullopt;
  return record;
}

std::vector<core::WorkspaceRecord> list_records(store::Database& database,
                                                const core::WorkspaceScope& scope,
                                                const std::string& kind) {
  return store::WorkspaceRepository(database).list(scope, kind);
}

core::ReferenceIndex reference_index(store::Database& database, const core::WorkspaceScope& scope) {
  core::ReferenceIndex index;
  for (const auto& record : list_records(database, scope)) index.add(record.kind, record.reference);
  // Only kinds with a field naming posts need them (the Caf's network meetings): a CTG's saves
  // skip the query.
  const auto level = scope.is_caf() ? core::WorkspaceLevel::kCaf : core::WorkspaceLevel::kCtg;
  const auto& kinds = core::workspace_kinds();
  const bool names_posts = std::any_of(kinds.begin(), kinds.end(), [&](const auto& kind) {
    return kind.level == level &&
           std::any_of(kind.fields.begin(), kind.fields.end(),
                       [](const auto& field) { return field.target == core::kPostTarget; });
  });
  if (names_posts) {
    for (auto& id : store::PostRepository(database).ids_in_departement(scope.caf_departement)) {
      index.posts.insert(std::move(id));
    }
  }
  return index;
}

std::string next_reference(store::Database& database, const core::WorkspaceScope& scope,
                           const core::KindSpec& kind, int skip) {
  const std::string prefix = std::string(kind.prefix) + "-";
  int highest = 0;
  for (const auto& reference : store::WorkspaceRepository(database).references_with_prefix(
           scope, std::string(kind.code), prefix)) {
    int number = 0;
    const char* begin = reference.data() + prefix.size();
    const char* end = reference.data() + reference.size();
    const auto [stop, error] = std::from_chars(begin, end, number);
    if (error == std::errc() && stop == end) highest = std::max(highest, number);
  }
  return fmt::format("{}{:03}", prefix, highest + 1 + skip);
}

WorkspaceFields editable_fields(const core::KindSpec& kind, const core::WorkspaceRecord& record) {
  WorkspaceFields fields;
  for (const auto& field : kind.fields) {
    fields[std::string(field.code)] = field.code == core::kReferenceField
                                          ? record.reference
                                          : core::editable_text(field, record.value(field.code));
  }
  return fields;
}

nlohmann::json record_audit_json(const core::KindSpec& kind, const core::WorkspaceRecord& record) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [field, value] : editable_fields(kind, record)) json[field] = value;
  return json;
}

Result create_record(store::Database& database, const core::Actor& actor,
                     const core::WorkspaceScope& scope, const std::string& kind_code,
                     const WorkspaceFields& fields, Timestamp now) {
  Result result;
  const auto* kind = core::find_kind(kind_code);
  const bool right_level = kind && (kind->level == core::WorkspaceLevel::kCaf) == scope.is_caf();
  if (!right_level || !readable(database, actor, scope)) {
    result.status = SaveStatus::kNotFound;
    return result;
  }
  if (!may_write(actor, *kind)) {
    result.status = SaveStatus::kForbidden;
    return result;
  }
  bool taken = false;
  store::in_transaction(database, [&] {
    auto checked = core::check_record(*kind, fields, reference_index(database, scope));
    result.record.scope = scope;
    result.record.kind = kind_code;
    result.record.values = checked.values;
    result.record.reference = checked.reference;
    if (!checked.errors.empty()) {
      result.status = SaveStatus::kInvalid;
      move_errors(std::move(checked.errors), result);
      return;
    }
    store::WorkspaceRepository records(database);
    if (result.record.reference.empty()) {
      result.record.reference = next_reference(database, scope, *kind);
    } else if (records.find_by_reference(scope, kind_code, result.record.reference)) {
      taken = true;
      return;
    }
    result.record.updated_at = iso_timestamp(now);
    result.record.updated_by = actor.display_name;
    result.record.id = records.insert(result.record);
    record_audit(database, actor,
                 {"fiche", std::to_string(result.record.id), "create", 1, std::nullopt,
                  record_audit_json(*kind, result.record),
                  summary("Création", *kind, result.record.reference)},
                 now);
  });
  if (taken) {
    refuse_taken_reference(result);
  }
  return result;
}

Result update_record(store::Database& database, const core::Actor& actor, std::int64_t id,
                     const WorkspaceFields& fields, int expected_version, Timestamp now) {
  Result result;
  const core::KindSpec* kind = nullptr;
  auto current = writable_record(database, actor, id, kind, result.status);
  if (!current) return result;
  bool taken = false;
  bool stale = false;
  store::in_transaction(database, [&] {
    auto checked = core::check_record(*kind, fields, reference_index(database, current->scope));
    result.record = *current;
    result.record.values = checked.values;
    result.record.reference = checked.reference.empty() ? current->reference : checked.reference;
    if (!checked.errors.empty()) {
      result.status = SaveStatus::kInvalid;
      move_errors(std::move(checked.errors), result);
      return;
    }
    store::WorkspaceRepository records(database);
    if (result.record.reference != current->reference) {
      if (records.find_by_reference(current->scope, current->kind, result.record.reference)) {
        taken = true;
        return;
      }
      if (auto message = still_referred(database, *current)) {
        result.status = SaveStatus::kInvalid;
        result.errors.push_back({0, std::string(core::kReferenceField), std::move(*message)});
        return;
      }
    }
    result.record.updated_at = iso_timestamp(now);
    result.record.updated_by = actor.display_name;
    if (!records.update_if_version(result.record, expected_version)) {
      stale = true;
      return;
    }
    result.record.version = expected_version + 1;
    record_audit(database, actor,
                 {"fiche", std::to_string(id), "update", result.record.version,
                  record_audit_json(*kind, *current), record_audit_json(*kind, result.record),
                  summary("Modification", *kind, result.record.reference)},
                 now);
  });
  if (taken) {
    refuse_taken_reference(result);
  } else if (stale) {
    result.status = SaveStatus::kStale;
    result.record = *store::WorkspaceRepository(database).find(id);
  }
  return result;
}

Result delete_record(store::Database& database, const core::Actor& actor, std::int64_t id,
                     int expected_version, Timestamp now) {
  Result result;
  const core::KindSpec* kind = nullptr;
  auto current = writable_record(database, actor, id, kind, result.status);
  if (!current) return result;
  result.record = *current;
  std::optional<std::string> referred;
  const bool deleted = store::in_transaction(database, [&] {
    referred = still_referred(database, *current);
    if (referred) return false;
    if (!store::WorkspaceRepository(database).delete_if_version(id, expected_version)) {
      return false;
    }
    // The history keeps the whole record: a deletion loses nothing.
    record_audit(database, actor,
                 {"fiche", std::to_string(id), "delete", expected_version + 1,
                  record_audit_json(*kind, *current), std::nullopt,
                  summary("Suppression", *kind, current->reference)},
                 now);
    return true;
  });
  if (referred) {
    result.status = SaveStatus::kInvalid;
    result.errors.push_back({0, "", std::move(*referred)});
  } else if (!deleted) {
    result.status = SaveStatus::kStale;
  }
  return result;
}

}  // namespace maillage::app
