#include "app/api_token_service.hpp"

#include <algorithm>

#include "app/account_service.hpp"
#include "app/crypto.hpp"
#include "store/api_token_repository.hpp"

namespace maillage::app {

namespace {

constexpr std::chrono::minutes kTouchInterval{1};

}  // namespace

std::string create_api_token(store::Database& database, std::int64_t user_id,
                             const std::string& label, Timestamp now) {
  if (label.find_first_not_of(" \t") == std::string::npos) {
    throw RequestError("Libellé du jeton : obligatoire (par exemple « tableau de bord »).");
  }
  if (!actor_for_user(database, user_id)) {
    throw RequestError("Compte introuvable ou désactivé : aucun jeton créé.");
  }
  std::string token = random_token();
  store::ApiTokenRepository(database).insert(user_id, token_digest(token), label,
                                             iso_timestamp(now));
  return token;
}

std::optional<core::Actor> resolve_api_token(store::Database& database, const std::string& token,
                                             Timestamp now) {
  if (token.empty()) return std::nullopt;
  store::ApiTokenRepository tokens(database);
  const auto record = tokens.find_active(token_digest(token));
  if (!record) return std::nullopt;
  auto actor = actor_for_user(database, record->user_id);
  if (!actor) return std::nullopt;
  const auto last_used =
      record->last_used_at ? parse_timestamp(*record->last_used_at) : std::optional<Timestamp>{};
  if (!last_used || now - *last_used >= kTouchInterval)
    tokens.touch(record->id, iso_timestamp(now));
  return actor;
}

void revoke_api_token(store::Database& database, std::int64_t token_id, std::int64_t user_id) {
  store::ApiTokenRepository tokens(database);
  const auto owned = tokens.list_for_user(user_id);
  if (std::none_of(owned.begin(), owned.end(),
                   [&](const auto& token) { return token.id == token_id; })) {
    throw RequestError("Jeton d'accès introuvable.");
  }
  tokens.revoke(token_id);
}

}  // namespace maillage::app
