#include "app/structure_service.hpp"

#include <fmt/core.h>

#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "app/import_perimeter.hpp"
#include "app/structure_import.hpp"
#include "app/structure_messages_fr.hpp"
#include "core/access_policy.hpp"
#include "core/text.hpp"
#include "store/structure_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

namespace msg = import_messages;

std::optional<core::Structure> find_editable(store::Database& database, const core::Actor& actor,
                                             std::int64_t id, SaveStatus& status) {
  auto structure = store::StructureRepository(database).find(id);
  const auto territory = structure
                             ? store::TerritoryRepository(database).find(structure->territory_code)
                             : std::nullopt;
  if (!structure || !territory || !core::covers(actor, *territory)) {
    status = SaveStatus::kNotFound;
    return std::nullopt;
  }
  if (!core::role_allows(actor.role, core::Permission::kEditStructures)) {
    status = SaveStatus::kForbidden;
    return std::nullopt;
  }
  return structure;
}

// Another structure already has this reference.
bool reference_taken(store::Database& database, const core::Structure& structure) {
  if (!structure.reference) return false;
  const auto other = store::StructureRepository(database).find_by_reference(*structure.reference);
  return other && other->id != structure.id;
}

// Writes `structure` over `expected_version` with its audit record, unless its reference was
// taken meanwhile (checked inside the transaction, so that two saves cannot both take it).
SaveResult<core::Structure> save_over(store::Database& database, const core::Actor& actor,
                                      const core::Structure& current, core::Structure structure,
                                      int expected_version, const std::string& action,
                                      const std::string& summary, Timestamp now) {
  SaveResult<core::Structure> result;
  bool taken = false;
  const bool saved = store::in_transaction(database, [&] {
    taken = reference_taken(database, structure);
    if (taken) return false;
    if (!store::StructureRepository(database).update_if_version(structure, expected_version)) {
      return false;
    }
    structure.version = expected_version + 1;
    record_audit(database, actor,
                 {"structure", std::to_string(structure.id), action, structure.version,
                  structure_audit_json(current), structure_audit_json(structure), summary},
                 now);
    return true;
  });
  if (taken) {
    result.status = SaveStatus::kInvalid;
    result.errors.push_back(
        {0, "reference", structure_messages::reference_taken(*structure.reference)});
    result.record = std::move(structure);
  } else if (!saved) {  // someone saved between our read and our write
    result.status = SaveStatus::kStale;
    result.record = *store::StructureRepository(database).find(structure.id);
  } else {
    result.record = std::move(structure);
  }
  return result;
}

}  // namespace

StructureFields structure_fields(const core::Structure& structure) {
  return {{"reference", structure.reference.value_or("")},
          {"code_territoire", structure.territory_code},
          {"type", std::string(core::code_of(structure.kind))},
          {"nom", structure.name},
          {"date_fermeture", structure.closed_on ? core::format_date(*structure.closed_on) : ""}};
}

nlohmann::json structure_audit_json(const core::Structure& structure) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [field, value] : structure_fields(structure)) json[field] = value;
  return json;
}

SaveResult<core::Structure> create_structure(store::Database& database, const core::Actor& actor,
                                             const StructureFields& fields, Timestamp now) {
  SaveResult<core::Structure> result;
  if (!core::role_allows(actor.role, core::Permission::kEditStructures)) {
    result.status = SaveStatus::kForbidden;
    return result;
  }
  StructureRecord record = read_structure_record(
      fields, perimeter_check(database, actor, core::Permission::kEditStructures));
  result.errors = std::move(record.errors);
  result.record = std::move(record.structure);
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  result.record.version = 1;
  bool taken = false;
  store::in_transaction(database, [&] {
    taken = reference_taken(database, result.record);
    if (taken) return;
    result.record.id = store::StructureRepository(database).insert(result.record);
    record_audit(database, actor,
                 {"structure", std::to_string(result.record.id), "create", 1, std::nullopt,
                  structure_audit_json(result.record), "Création de la structure"},
                 now);
  });
  if (taken) {
    result.status = SaveStatus::kInvalid;
    result.errors.push_back(
        {0, "reference", structure_messages::reference_taken(*result.record.reference)});
  }
  return result;
}

SaveResult<core::Structure> update_structure(store::Database& database, const core::Actor& actor,
                                             std::int64_t id, const StructureFields& fields,
                                             int expected_version, Timestamp now) {
  SaveResult<core::Structure> result;
  auto current = find_editable(database, actor, id, result.status);
  if (!current) return result;
  StructureFields with_territory = fields;
  with_territory["code_territoire"] = current->territory_code;
  StructureRecord record = read_structure_record(
      with_territory, perimeter_check(database, actor, core::Permission::kEditStructures));
  record.structure.id = id;
  if (!record.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    result.errors = std::move(record.errors);
    result.record = std::move(record.structure);
    return result;
  }
  if (current->version != expected_version) {
    result.status = SaveStatus::kStale;
    result.record = std::move(*current);
    return result;
  }
  return save_over(database, actor, *current, std::move(record.structure), expected_version,
                   "update", "Modification de la structure", now);
}

SaveResult<core::Structure> close_structure(store::Database& database, const core::Actor& actor,
                                            std::int64_t id, const std::string& closed_on_text,
                                            int expected_version, Timestamp now) {
  SaveResult<core::Structure> result;
  auto current = find_editable(database, actor, id, result.status);
  if (!current) return result;
  result.record = *current;
  const std::string date_text(core::trim(closed_on_text));
  const auto closed_on = core::parse_date(date_text);
  if (date_text.empty()) {
    result.errors.push_back({0, "date_fermeture", msg::required()});
  } else if (!closed_on) {
    result.errors.push_back({0, "date_fermeture", msg::invalid_date(date_text)});
  }
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  if (current->version != expected_version) {
    result.status = SaveStatus::kStale;
    return result;
  }
  core::Structure structure = *current;
  structure.closed_on = closed_on;
  return save_over(database, actor, *current, std::move(structure), expected_version, "close",
                   fmt::format("Fermeture de la structure au {}", core::format_date(*closed_on)),
                   now);
}

}  // namespace maillage::app
