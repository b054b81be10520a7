#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/audit_trail.hpp"
#include "app/request_error.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/role.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

namespace maillage::app {

// Every function here runs its own transactions: call it outside of one.

struct NewUser {
  std::string login, display_name, email;
  core::Role role = core::Role::kElu;
  std::string caf_departement;
  std::vector<std::string> territory_codes;
  std::string password;
};

// One problem with a field of a new account ("login", "display_name", "email",
// "caf_departement", "territory_codes", "password"), in French.
struct UserFieldError {
  std::string field;
  std::string message;
};

// Every problem of the new account, so a form can show each beside its field: login of 3 to 64
// characters [a-z0-9._-] not yet used, a name, a plausible e-mail if any, a password of 12
// characters or more, a Caf of this database, known territories, at least one for every role
// but the Caf administrator (who covers the whole département) and none for that one.
std::vector<UserFieldError> check_new_user(store::Database& database, const NewUser& user);

// Creates the account (its territories, an audit event) or throws RequestError with every
// problem, one per line. `author` is who creates it.
std::int64_t create_user(store::Database& database, const NewUser& user, Timestamp now,
                         const core::Actor& author = command_line_actor());

// The user as an actor; std::nullopt if there is no such user or the account is disabled.
std::optional<core::Actor> actor_for_user(store::Database& database, std::int64_t user_id);

// How sign-in failures are throttled. A key locked refuses every attempt, even with the right
// password, until the lock ends. Failures older than the window are forgotten.
struct ThrottlePolicy {
  int account_failures = 5;   // on one login ("compte:LOGIN"), known or not
  int address_failures = 20;  // from one address ("adresse:IP"): many accounts tried at once
  std::chrono::minutes window{15};
  std::chrono::minutes lock{15};
};

struct LoginResult {
  std::optional<core::Actor> actor;
  std::string error;  // French, empty on success
};

// Checks a sign-in. A wrong login, a wrong password and a disabled account get the same answer,
// in about the same time (an unknown login is checked against a dummy hash), so an attacker
// cannot tell which logins exist. Success clears the account's failures, not the address's.
LoginResult authenticate(store::Database& database, const std::string& login,
                         const std::string& password, const std::string& remote_address,
                         Timestamp now, const ThrottlePolicy& policy = {});

// Returns the French error, or an empty string once the password is changed (and audited).
std::string change_password(store::Database& database, std::int64_t user_id,
                            const std::string& current, const std::string& replacement,
                            const std::string& confirmation, Timestamp now);

// Ordered by login.
std::vector<store::UserRecord> list_users(store::Database& database);
// The account with this login (typed in any case), if any.
std::optional<store::UserRecord> find_user(store::Database& database, const std::string& login);

// Disables (and signs out everywhere) or re-enables an account; throws RequestError for an
// unknown login. Nothing is written if the account is already in that state.
void set_user_disabled(store::Database& database, const std::string& login, bool disabled,
                       Timestamp now, const core::Actor& author = command_line_actor());

// "chargé de coopération", "administrateur Caf"…: how roles are named to users.
std::string_view role_label(core::Role role);

}  // namespace maillage::app
