#include "app/audit_trail.hpp"

#include <algorithm>

#include "store/generation_repository.hpp"

namespace maillage::app {

namespace {

std::string as_text(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "oui" : "non";
  if (value.is_array()) {
    std::string joined;
    for (const auto& item : value) joined += (joined.empty() ? "" : ", ") + as_text(item);
    return joined;
  }
  return value.dump();
}

const nlohmann::json& field_or_null(const nlohmann::json& object, const std::string& field) {
  static const nlohmann::json kNull;
  if (!object.is_object()) return kNull;
  const auto it = object.find(field);
  return it == object.end() ? kNull : *it;
}

}  // namespace

void record_audit(store::Database& database, const core::Actor& actor, const AuditEntry& entry,
                  Timestamp now) {
  store::AuditRecord record;
  record.at = iso_timestamp(now);
  if (actor.user_id != 0) record.user_id = actor.user_id;
  record.user_login = actor.login;
  record.entity = entry.entity;
  record.entity_id = entry.entity_id;
  record.action = entry.action;
  record.version = entry.version;
  record.summary = entry.summary;
  if (entry.before) record.before_json = entry.before->dump();
  if (entry.after) record.after_json = entry.after->dump();
  store::AuditRepository(database).insert(record);
  store::GenerationRepository(database).bump();
}

core::Actor command_line_actor() {
  // Whoever runs the command on the server can do anything anyway: no permission is checked.
  core::Actor actor;
  actor.login = "ligne-de-commande";
  actor.display_name = "Ligne de commande (serveur)";
  actor.role = core::Role::kAdminCaf;
  return actor;
}

std::vector<FieldChange> changed_fields(const nlohmann::json& before, const nlohmann::json& after) {
  // Every field of either version, once, in name order.
  std::vector<std::string> fields;
  for (const auto* object : {&before, &after}) {
    if (!object->is_object()) continue;
    for (const auto& item : object->items()) fields.push_back(item.key());
  }
  std::sort(fields.begin(), fields.end());
  fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
  std::vector<FieldChange> changes;
  for (const auto& field : fields) {
    const auto& old_value = field_or_null(before, field);
    const auto& new_value = field_or_null(after, field);
    if (old_value != new_value) changes.push_back({field, as_text(old_value), as_text(new_value)});
  }
  return changes;
}

std::vector<store::AuditRecord> history_of(store::Database& database, const std::string& entity,
                                           const std::string& entity_id) {
  return store::AuditRepository(database).list_for(entity, entity_id);
}

}  // namespace maillage::app
