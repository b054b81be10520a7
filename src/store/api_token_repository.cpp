#include "store/api_token_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, user_id, label, created_at, last_used_at, revoked FROM api_tokens";

ApiTokenRecord from_row(const soci::row& row) {
  return {integer_at(row, 0),      integer_at(row, 1),       row.get<std::string>(2),
          row.get<std::string>(3), optional_text_at(row, 4), integer_at(row, 5) != 0};
}

}  // namespace

std::int64_t ApiTokenRepository::insert(std::int64_t user_id, const std::string& token_hash,
                                        const std::string& label, const std::string& created_at) {
  const long long owner = user_id;
  long long id = 0;
  database_.session() << "INSERT INTO api_tokens (user_id, token_hash, label, created_at)"
                         " VALUES (:user_id, :token_hash, :label, :created_at) RETURNING id",
      soci::use(owner), soci::use(token_hash), soci::use(label), soci::use(created_at),
      soci::into(id);
  return id;
}

std::optional<ApiTokenRecord> ApiTokenRepository::find_active(const std::string& token_hash) const {
  std::optional<ApiTokenRecord> found;
  for_each_row(database_.session(),
               std::string(kSelect) + " WHERE token_hash = :token_hash AND revoked = 0", token_hash,
               [&](const soci::row& row) { found = from_row(row); });
  return found;
}

void ApiTokenRepository::touch(std::int64_t id, const std::string& at) {
  const long long token_id = id;
  database_.session() << "UPDATE api_tokens SET last_used_at = :at WHERE id = :id", soci::use(at),
      soci::use(token_id);
}

void ApiTokenRepository::revoke(std::int64_t id) {
  const long long token_id = id;
  database_.session() << "UPDATE api_tokens SET revoked = 1 WHERE id = :id", soci::use(token_id);
}

std::vector<ApiTokenRecord> ApiTokenRepository::list_for_user(std::int64_t user_id) const {
  const long long owner = user_id;
  std::vector<ApiTokenRecord> tokens;
  soci::rowset<soci::row> rows =
      (database_.session().prepare
           << std::string(kSelect) + " WHERE user_id = :user_id ORDER BY id",
       soci::use(owner));
  for (const auto& row : rows) tokens.push_back(from_row(row));
  return tokens;
}

}  // namespace maillage::store
