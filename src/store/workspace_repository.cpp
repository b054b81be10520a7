#include "store/workspace_repository.hpp"

#include <nlohmann/json.hpp>

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, ctg_id, caf_departement, kind, reference, values_json, version, updated_at,"
    " updated_by FROM workspace_records";

core::WorkspaceRecord from_row(const soci::row& row) {
  core::WorkspaceRecord record;
  record.id = integer_at(row, 0);
  record.scope.ctg_id = row.get_indicator(1) == soci::i_ok ? integer_at(row, 1) : 0;
  record.scope.caf_departement = row.get<std::string>(2);
  record.kind = row.get<std::string>(3);
  record.reference = row.get<std::string>(4);
  record.values = values_from_json(row.get<std::string>(5));
  record.version = static_cast<int>(integer_at(row, 6));
  record.updated_at = row.get<std::string>(7);
  record.updated_by = row.get<std::string>(8);
  return record;
}

template <typename... Parameters>
std::vector<core::WorkspaceRecord> select(soci::session& sql, const std::string& query,
                                          const Parameters&... parameters) {
  std::vector<core::WorkspaceRecord> records;
  soci::rowset<soci::row> rows = ((sql.prepare << query), ..., soci::use(parameters));
  for (const auto& row : rows) records.push_back(from_row(row));
  return records;
}

}  // namespace

std::string values_to_json(const std::map<std::string, std::string>& values) {
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [field, value] : values) {
    if (!value.empty()) object[field] = value;
  }
  return object.dump();
}

std::map<std::string, std::string> values_from_json(const std::string& json) {
  std::map<std::string, std::string> values;
  const auto object = nlohmann::json::parse(json, nullptr, false);
  if (!object.is_object()) return values;
  for (const auto& [field, value] : object.items()) {
    if (value.is_string()) values[field] = value.get<std::string>();
  }
  return values;
}

std::int64_t WorkspaceRepository::insert(const core::WorkspaceRecord& record) {
  const std::string scope = record.scope.key();
  const std::string json = values_to_json(record.values);
  const long long ctg_id = record.scope.ctg_id;
  soci::indicator ctg_indicator = record.scope.is_caf() ? soci::i_null : soci::i_ok;
  long long id = 0;
  database_.session() << "INSERT INTO workspace_records (scope, ctg_id, caf_departement, kind,"
                         " reference, values_json, version, updated_at, updated_by)"
                         " VALUES (:scope, :ctg, :caf, :kind, :reference, :json, 1, :at, :by)"
                         " RETURNING id",
      soci::use(scope), soci::use(ctg_id, ctg_indicator), soci::use(record.scope.caf_departement),
      soci::use(record.kind), soci::use(record.reference), soci::use(json),
      soci::use(record.updated_at), soci::use(record.updated_by), soci::into(id);
  return id;
}

bool WorkspaceRepository::update_if_version(const core::WorkspaceRecord& record,
                                            int expected_version) {
  const long long id = record.id;
  const std::string json = values_to_json(record.values);
  const int next_version = expected_version + 1;
  soci::statement statement =
      (database_.session().prepare
           << "UPDATE workspace_records SET reference = :reference, values_json = :json,"
              " version = :next_version, updated_at = :at, updated_by = :by"
              " WHERE id = :id AND version = :expected",
       soci::use(record.reference), soci::use(json), soci::use(next_version),
       soci::use(record.updated_at), soci::use(record.updated_by), soci::use(id),
       soci::use(expected_version));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

bool WorkspaceRepository::delete_if_version(std::int64_t id, int expected_version) {
  const long long key = id;
  soci::statement statement =
      (database_.session().prepare
           << "DELETE FROM workspace_records WHERE id = :id AND version = :expected",
       soci::use(key), soci::use(expected_version));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

std::optional<core::WorkspaceRecord> WorkspaceRepository::find(std::int64_t id) const {
  const long long key = id;
  auto records = select(database_.session(), std::string(kSelect) + " WHERE id = :id", key);
  if (records.empty()) return std::nullopt;
  return std::move(records.front());
}

std::optional<core::WorkspaceRecord> WorkspaceRepository::find_by_reference(
    const core::WorkspaceScope& scope, const std::string& kind,
    const std::string& reference) const {
  const std::string key = scope.key();
  auto records = select(
      database_.session(),
      std::string(kSelect) + " WHERE scope = :scope AND kind = :kind AND reference = :reference",
      key, kind, reference);
  if (records.empty()) return std::nullopt;
  return std::move(records.front());
}

std::vector<core::WorkspaceRecord> WorkspaceRepository::list(const core::WorkspaceScope& scope,
                                                             const std::string& kind) const {
  const std::string key = scope.key();
  if (kind.empty()) {
    return select(database_.session(),
                  std::string(kSelect) + " WHERE scope = :scope ORDER BY kind, reference", key);
  }
  return select(database_.session(),
                std::string(kSelect) + " WHERE scope = :scope AND kind = :kind ORDER BY reference",
                key, kind);
}

std::vector<core::WorkspaceRecord> WorkspaceRepository::list_for_caf(
    const std::string& caf_departement, const std::string& kind) const {
  return select(database_.session(),
                std::string(kSelect) +
                    " WHERE caf_departement = :caf AND kind = :kind ORDER BY scope, reference",
                caf_departement, kind);
}

std::vector<std::string> WorkspaceRepository::references_with_prefix(
    const core::WorkspaceScope& scope, const std::string& kind, const std::string& prefix) const {
  const std::string key = scope.key();
  const std::string pattern = prefix + "%";
  std::vector<std::string> references;
  soci::rowset<std::string> rows =
      (database_.session().prepare << "SELECT reference FROM workspace_records WHERE scope ="
                                      " :scope AND kind = :kind AND reference LIKE :pattern",
       soci::use(key), soci::use(kind), soci::use(pattern));
  for (const auto& reference : rows) references.push_back(reference);
  return references;
}

}  // namespace maillage::store
