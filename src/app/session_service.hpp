#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "store/database.hpp"

namespace maillage::app {

// How long a browser session lasts: `idle` without a request, `absolute` at most.
struct SessionPolicy {
  std::chrono::minutes idle{120};
  std::chrono::hours absolute{12};
};

// What the browser receives: the token goes in the cookie (the database keeps only its digest),
// the CSRF token in every form.
struct OpenedSession {
  std::string token;
  std::string csrf_token;
  Timestamp expires_at;
};

// Opens a session for the user (after authenticate); also deletes sessions already expired.
OpenedSession open_session(store::Database& database, std::int64_t user_id,
                           const std::string& remote_address, Timestamp now,
                           SessionPolicy policy = {});

struct ActiveSession {
  core::Actor actor;
  std::string csrf_token;
};

// The session's user, or std::nullopt when the token is unknown, the session expired (idle or
// absolute) or the account is disabled. Pushes the idle expiry forward, but writes at most once
// a minute per session rather than on every request.
std::optional<ActiveSession> resolve_session(store::Database& database, const std::string& token,
                                             Timestamp now, SessionPolicy policy = {});

// Signs out: the token no longer resolves.
void close_session(store::Database& database, const std::string& token);

}  // namespace maillage::app
