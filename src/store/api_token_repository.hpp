#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace maillage::store {

// An API token as stored: its digest only (in the table, not here), never the token.
struct ApiTokenRecord {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string label;
  std::string created_at;
  std::optional<std::string> last_used_at;
  bool revoked = false;
};

// The caller holds the transaction.
class ApiTokenRepository {
 public:
  explicit ApiTokenRepository(Database& database) : database_(database) {}

  std::int64_t insert(std::int64_t user_id, const std::string& token_hash, const std::string& label,
                      const std::string& created_at);
  // The token with this digest, unless revoked.
  std::optional<ApiTokenRecord> find_active(const std::string& token_hash) const;
  void touch(std::int64_t id, const std::string& at);
  void revoke(std::int64_t id);
  // Revoked ones included, oldest first.
  std::vector<ApiTokenRecord> list_for_user(std::int64_t user_id) const;

 private:
  Database& database_;
};

}  // namespace maillage::store
