#include "store/audit_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, at, user_id, user_login, entity, entity_id, action, version, summary,"
    " before_json, after_json FROM audit_events";

AuditRecord from_row(const soci::row& row) {
  AuditRecord record;
  record.id = integer_at(row, 0);
  record.at = row.get<std::string>(1);
  if (row.get_indicator(2) == soci::i_ok) record.user_id = integer_at(row, 2);
  record.user_login = row.get<std::string>(3);
  record.entity = row.get<std::string>(4);
  record.entity_id = row.get<std::string>(5);
  record.action = row.get<std::string>(6);
  record.version = static_cast<int>(integer_at(row, 7));
  record.summary = row.get<std::string>(8);
  record.before_json = optional_text_at(row, 9);
  record.after_json = optional_text_at(row, 10);
  return record;
}

}  // namespace

std::int64_t AuditRepository::insert(const AuditRecord& record) {
  long long user_id = record.user_id.value_or(0);
  soci::indicator user_indicator = record.user_id ? soci::i_ok : soci::i_null;
  NullableText before(record.before_json);
  NullableText after(record.after_json);
  long long id = 0;
  database_.session() << "INSERT INTO audit_events (at, user_id, user_login, entity, entity_id,"
                         " action, version, summary, before_json, after_json)"
                         " VALUES (:at, :user_id, :user_login, :entity, :entity_id, :action,"
                         " :version, :summary, :before_json, :after_json) RETURNING id",
      soci::use(record.at), soci::use(user_id, user_indicator), soci::use(record.user_login),
      soci::use(record.entity), soci::use(record.entity_id), soci::use(record.action),
      soci::use(record.version), soci::use(record.summary),
      soci::use(before.text, before.indicator), soci::use(after.text, after.indicator),
      soci::into(id);
  return id;
}

std::vector<AuditRecord> AuditRepository::list_for(const std::string& entity,
                                                   const std::string& entity_id) const {
  std::vector<AuditRecord> records;
  soci::rowset<soci::row> rows =
      (database_.session().prepare << std::string(kSelect) +
                                          " WHERE entity = :entity AND entity_id = :entity_id"
                                          " ORDER BY id DESC",
       soci::use(entity), soci::use(entity_id));
  for (const auto& row : rows) records.push_back(from_row(row));
  return records;
}

std::vector<AuditRecord> AuditRepository::list_recent(int limit) const {
  std::vector<AuditRecord> records;
  soci::rowset<soci::row> rows =
      (database_.session().prepare << std::string(kSelect) + " ORDER BY id DESC LIMIT :limit",
       soci::use(limit));
  for (const auto& row : rows) records.push_back(from_row(row));
  return records;
}

}  // namespace maillage::store
