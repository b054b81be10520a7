#include "app/post_service.hpp"

#include <fmt/core.h>

#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "app/post_import.hpp"
#include "core/access_policy.hpp"
#include "store/post_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

namespace msg = import_messages;

// Reads the fields, checking the territory is known *and* in the perimeter: the message is the
// same in both cases.
PostRecord read_fields(store::Database& database, const core::Actor& actor,
                       const PostFields& fields) {
  store::TerritoryRepository territories(database);
  PostRecord record = read_post_record(fields, [&](const std::string& code) {
    const auto territory = territories.find(code);
    return territory && core::may(actor, core::Permission::kEditPost, *territory);
  });
  for (auto& error : record.errors) {
    if (error.column == "code_territoire" &&
        error.message == msg::unknown_territory(record.post.territory_code)) {
      error.message = msg::territory_not_in_perimeter(record.post.territory_code);
    }
  }
  return record;
}

std::optional<core::Post> find_editable(store::Database& database, const core::Actor& actor,
                                        const std::string& id, SaveStatus& status) {
  auto post = store::PostRepository(database).find(id);
  const auto territory =
      post ? store::TerritoryRepository(database).find(post->territory_code) : std::nullopt;
  if (!post || !territory || !core::covers(actor, *territory)) {
    status = SaveStatus::kNotFound;
    return std::nullopt;
  }
  if (!core::role_allows(actor.role, core::Permission::kEditPost)) {
    status = SaveStatus::kForbidden;
    return std::nullopt;
  }
  return post;
}

}  // namespace

nlohmann::json post_audit_json(const core::Post& post) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [field, value] : post_fields(post)) json[field] = value;
  json["cloture_le"] = post.closed_on ? core::format_date(*post.closed_on) : "";
  return json;
}

SaveResult<core::Post> create_post(store::Database& database, const core::Actor& actor,
                                   const PostFields& fields, Timestamp now) {
  SaveResult<core::Post> result;
  if (!core::role_allows(actor.role, core::Permission::kEditPost)) {
    result.status = SaveStatus::kForbidden;
    return result;
  }
  PostRecord record = read_fields(database, actor, fields);
  result.errors = std::move(record.errors);
  result.record = std::move(record.post);
  store::PostRepository posts(database);
  if (!result.record.id.empty() && posts.exists(result.record.id)) {
    result.errors.push_back({0, "identifiant", msg::post_id_taken(result.record.id)});
  }
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  result.record.version = 1;
  store::in_transaction(database, [&] {
    posts.insert(result.record);
    record_audit(database, actor,
                 {"post", result.record.id, "create", 1, std::nullopt,
                  post_audit_json(result.record), "Création du poste"},
                 now);
  });
  return result;
}

SaveResult<core::Post> update_post(store::Database& database, const core::Actor& actor,
                                   const std::string& id, const PostFields& fields,
                                   int expected_version, Timestamp now) {
  SaveResult<core::Post> result;
  auto current = find_editable(database, actor, id, result.status);
  if (!current) return result;
  PostFields with_identity = fields;
  with_identity["identifiant"] = current->id;
  with_identity["code_territoire"] = current->territory_code;
  PostRecord record = read_fields(database, actor, with_identity);
  if (!record.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    result.errors = std::move(record.errors);
    result.record = std::move(record.post);
    return result;
  }
  if (current->version != expected_version) {
    result.status = SaveStatus::kStale;
    result.record = std::move(*current);
    return result;
  }
  core::Post post = std::move(record.post);
  post.closed_on = current->closed_on;
  const bool saved = store::in_transaction(database, [&] {
    if (!store::PostRepository(database).update_if_version(post, expected_version)) return false;
    post.version = expected_version + 1;
    record_audit(database, actor,
                 {"post", id, "update", post.version, post_audit_json(*current),
                  post_audit_json(post), "Modification du poste"},
                 now);
    return true;
  });
  if (!saved) {  // someone saved between our read and our write
    result.status = SaveStatus::kStale;
    result.record = *store::PostRepository(database).find(id);
    return result;
  }
  result.record = std::move(post);
  return result;
}

SaveResult<core::Post> close_post(store::Database& database, const core::Actor& actor,
                                  const std::string& id, const std::string& closed_on_text,
                                  const std::string& reason, int expected_version, Timestamp now) {
  SaveResult<core::Post> result;
  auto current = find_editable(database, actor, id, result.status);
  if (!current) return result;
  result.record = *current;
  const auto closed_on = core::parse_date(closed_on_text);
  if (closed_on_text.empty()) {
    result.errors.push_back({0, "cloture_le", msg::required()});
  } else if (!closed_on) {
    result.errors.push_back({0, "cloture_le", msg::invalid_date(closed_on_text)});
  } else if (current->hiring_date && *closed_on < *current->hiring_date) {
    result.errors.push_back({0, "cloture_le",
                             fmt::format("La date de fin précède l'embauche du {}.",
                                         core::format_date(*current->hiring_date))});
  }
  if (reason.empty()) result.errors.push_back({0, "motif", msg::required()});
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  if (current->version != expected_version) {
    result.status = SaveStatus::kStale;
    return result;
  }
  core::Post post = *current;
  post.closed_on = closed_on;
  const bool saved = store::in_transaction(database, [&] {
    if (!store::PostRepository(database).update_if_version(post, expected_version)) return false;
    post.version = expected_version + 1;
    record_audit(
        database, actor,
        {"post", id, "close", post.version, post_audit_json(*current), post_audit_json(post),
         fmt::format("Fin du poste au {} : {}", core::format_date(*closed_on), reason)},
        now);
    return true;
  });
  if (!saved) {
    result.status = SaveStatus::kStale;
    result.record = *store::PostRepository(database).find(id);
    return result;
  }
  result.record = std::move(post);
  return result;
}

}  // namespace maillage::app
