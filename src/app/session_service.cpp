#include "app/session_service.hpp"

#include <algorithm>

#include "app/account_service.hpp"
#include "app/crypto.hpp"
#include "store/session_repository.hpp"

namespace maillage::app {

namespace {

// Sliding the expiry costs a write: skip it while the last one is this recent.
constexpr std::chrono::minutes kTouchInterval{1};

Timestamp expiry(Timestamp now, Timestamp created, const SessionPolicy& policy) {
  return std::min<Timestamp>(now + policy.idle, created + policy.absolute);
}

}  // namespace

OpenedSession open_session(store::Database& database, std::int64_t user_id,
                           const std::string& remote_address, Timestamp now, SessionPolicy policy) {
  OpenedSession opened{random_token(), random_token(), expiry(now, now, policy)};
  store::SessionRecord record{token_digest(opened.token),
                              user_id,
                              opened.csrf_token,
                              iso_timestamp(now),
                              iso_timestamp(now),
                              iso_timestamp(opened.expires_at),
                              remote_address};
  store::in_transaction(database, [&] {
    store::SessionRepository sessions(database);
    sessions.remove_expired(iso_timestamp(now));
    sessions.insert(record);
  });
  return opened;
}

std::optional<ActiveSession> resolve_session(store::Database& database, const std::string& token,
                                             Timestamp now, SessionPolicy policy) {
  if (token.empty()) return std::nullopt;
  store::SessionRepository sessions(database);
  const std::string digest = token_digest(token);
  const auto session = sessions.find(digest);
  if (!session) return std::nullopt;
  const auto created = parse_timestamp(session->created_at);
  const auto expires = parse_timestamp(session->expires_at);
  const auto last_seen = parse_timestamp(session->last_seen_at);
  if (!created || !expires || !last_seen || now >= *expires || now >= *created + policy.absolute) {
    sessions.remove(digest);
    return std::nullopt;
  }
  auto actor = actor_for_user(database, session->user_id);
  if (!actor) return std::nullopt;
  if (now - *last_seen >= kTouchInterval) {
    sessions.touch(digest, iso_timestamp(now), iso_timestamp(expiry(now, *created, policy)));
  }
  return ActiveSession{std::move(*actor), session->csrf_token};
}

void close_session(store::Database& database, const std::string& token) {
  store::SessionRepository(database).remove(token_digest(token));
}

}  // namespace maillage::app
