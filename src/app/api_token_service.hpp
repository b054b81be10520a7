#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Creates an API token for the user (Authorization: Bearer TOKEN) and returns it: it is shown
// this once, the database keeps only its digest. Throws RequestError for an empty label or an
// unknown or disabled account.
std::string create_api_token(store::Database& database, std::int64_t user_id,
                             const std::string& label, Timestamp now);

// The token's user, or std::nullopt if the token is unknown, revoked, or its account disabled.
// Records when it was last used, at most once a minute.
std::optional<core::Actor> resolve_api_token(store::Database& database, const std::string& token,
                                             Timestamp now);

// Revokes one of the user's tokens; throws RequestError if the user has no such token.
void revoke_api_token(store::Database& database, std::int64_t token_id, std::int64_t user_id);

}  // namespace maillage::app
