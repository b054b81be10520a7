#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "store/database.hpp"

namespace maillage::store {

// A signed-in browser session. Only the token's digest is stored: a copy of the database does
// not let anyone sign in. Timestamps are ISO UTC text, so they compare as text.
struct SessionRecord {
  std::string token_hash;
  std::int64_t user_id = 0;
  std::string csrf_token, created_at, last_seen_at, expires_at, remote_address;
};

// The caller holds the transaction.
class SessionRepository {
 public:
  explicit SessionRepository(Database& database) : database_(database) {}

  void insert(const SessionRecord& session);
  std::optional<SessionRecord> find(const std::string& token_hash) const;
  void touch(const std::string& token_hash, const std::string& last_seen_at,
             const std::string& expires_at);
  void remove(const std::string& token_hash);
  void remove_for_user(std::int64_t user_id);
  // Removes the sessions that expired at or before `now_iso`; returns how many.
  long long remove_expired(const std::string& now_iso);

 private:
  Database& database_;
};

}  // namespace maillage::store
