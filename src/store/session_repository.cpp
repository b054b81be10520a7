#include "store/session_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

void SessionRepository::insert(const SessionRecord& session) {
  const long long user_id = session.user_id;
  database_.session() << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at,"
                         " last_seen_at, expires_at, remote_address)"
                         " VALUES (:token_hash, :user_id, :csrf, :created_at, :last_seen_at,"
                         " :expires_at, :remote_address)",
      soci::use(session.token_hash), soci::use(user_id), soci::use(session.csrf_token),
      soci::use(session.created_at), soci::use(session.last_seen_at), soci::use(session.expires_at),
      soci::use(session.remote_address);
}

std::optional<SessionRecord> SessionRepository::find(const std::string& token_hash) const {
  std::optional<SessionRecord> found;
  for_each_row(database_.session(),
               "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at,"
               " remote_address FROM sessions WHERE token_hash = :token_hash",
               token_hash, [&](const soci::row& row) {
                 found = SessionRecord{row.get<std::string>(0), integer_at(row, 1),
                                       row.get<std::string>(2), row.get<std::string>(3),
                                       row.get<std::string>(4), row.get<std::string>(5),
                                       row.get<std::string>(6)};
               });
  return found;
}

void SessionRepository::touch(const std::string& token_hash, const std::string& last_seen_at,
                              const std::string& expires_at) {
  database_.session() << "UPDATE sessions SET last_seen_at = :last_seen_at,"
                         " expires_at = :expires_at WHERE token_hash = :token_hash",
      soci::use(last_seen_at), soci::use(expires_at), soci::use(token_hash);
}

void SessionRepository::remove(const std::string& token_hash) {
  database_.session() << "DELETE FROM sessions WHERE token_hash = :token_hash",
      soci::use(token_hash);
}

void SessionRepository::remove_for_user(std::int64_t user_id) {
  const long long id = user_id;
  database_.session() << "DELETE FROM sessions WHERE user_id = :user_id", soci::use(id);
}

long long SessionRepository::remove_expired(const std::string& now_iso) {
  soci::statement statement =
      (database_.session().prepare << "DELETE FROM sessions WHERE expires_at <= :now",
       soci::use(now_iso));
  statement.execute(true);
  return statement.get_affected_rows();
}

}  // namespace maillage::store
