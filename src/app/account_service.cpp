#include "app/account_service.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "app/crypto.hpp"
#include "store/caf_repository.hpp"
#include "store/login_failure_repository.hpp"
#include "store/session_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

constexpr std::size_t kMinPasswordCharacters = 12;
// Far above any real password; keeps a form from making us hash megabytes.
constexpr std::size_t kMaxPasswordCharacters = 256;
constexpr const char* kWrongCredentials = "Identifiant ou mot de passe incorrect.";

std::size_t character_count(std::string_view text) {
  // UTF-8: count every byte that does not continue a character.
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

bool valid_login(std::string_view login) {
  return login.size() >= 3 && login.size() <= 64 &&
         std::all_of(login.begin(), login.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                  c == '-';
         });
}

// Logins are lower case: what someone types at sign-in is read the same way.
std::string normalized_login(std::string_view login) {
  std::string name = trimmed(login);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return name;
}

bool plausible_email(std::string_view email) {
  const auto at = email.find('@');
  return at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
         email.find_first_of(" \t,;<>") == std::string_view::npos &&
         email.find('.', at) != std::string_view::npos;
}

// "" when the password is acceptable; otherwise why not, under the field's `label`.
std::string password_problem(std::string_view password, std::string_view label) {
  const std::size_t count = character_count(password);
  if (count < kMinPasswordCharacters) {
    return fmt::format("{} : {} caractères au moins ({} saisi{}).", label, kMinPasswordCharacters,
                       count, count > 1 ? "s" : "");
  }
  if (count > kMaxPasswordCharacters) {
    return fmt::format("{} : {} caractères au plus.", label, kMaxPasswordCharacters);
  }
  return "";
}

// What an unknown login's password is checked against, so that it costs the same time.
const std::string& dummy_hash() {
  static const std::string hash = hash_password("maillage: compte inexistant");
  return hash;
}

std::optional<core::Actor> actor_of(const store::UserRecord& user) {
  const auto role = core::parse_role(user.role);
  if (user.disabled || !role) return std::nullopt;
  return core::Actor{user.id, user.login,           user.display_name,
                     *role,   user.caf_departement, user.territory_codes};
}

// What the audit trail keeps of an account: never its password hash.
nlohmann::json user_json(const store::UserRecord& user) {
  return {{"login", user.login},
          {"display_name", user.display_name},
          {"email", user.email},
          {"role", user.role},
          {"caf_departement", user.caf_departement},
          {"territory_codes", user.territory_codes},
          {"disabled", user.disabled}};
}

// When the key's lock ends, if it is locked at `now`.
std::optional<Timestamp> lock_end(const store::LoginFailureRepository& failures,
                                  const std::string& key, Timestamp now) {
  const auto failure = failures.find(key);
  if (!failure || !failure->locked_until) return std::nullopt;
  const auto until = parse_timestamp(*failure->locked_until);
  if (!until || *until <= now) return std::nullopt;
  return until;
}

// Counts one failure on an unlocked key; `threshold` failures within the window lock it.
void count_failure(store::LoginFailureRepository& failures, const std::string& key, int threshold,
                   const ThrottlePolicy& policy, Timestamp now) {
  auto failure = failures.find(key);
  const auto first = failure ? parse_timestamp(failure->first_failure_at) : std::nullopt;
  // A lock that ended, or failures older than the window, start a new count.
  if (!failure || !first || now - *first >= policy.window || failure->locked_until) {
    failure = store::LoginFailure{key, 0, iso_timestamp(now), std::nullopt};
  }
  ++failure->failures;
  if (failure->failures >= threshold) failure->locked_until = iso_timestamp(now + policy.lock);
  failures.save(*failure);
}

std::string lock_message(Timestamp until, Timestamp now) {
  const auto minutes = std::chrono::ceil<std::chrono::minutes>(until - now).count();
  return fmt::format("Trop de tentatives de connexion : réessayez dans {} minute{}.", minutes,
                     minutes > 1 ? "s" : "");
}

std::optional<Timestamp> later(std::optional<Timestamp> a, std::optional<Timestamp> b) {
  if (!a) return b;
  if (!b) return a;
  return std::max(*a, *b);
}

}  // namespace

std::vector<UserFieldError> check_new_user(store::Database& database, const NewUser& user) {
  std::vector<UserFieldError> errors;
  const auto add = [&](std::string field, std::string message) {
    errors.push_back({std::move(field), std::move(message)});
  };
  if (user.login.empty()) {
    add("login", "Identifiant : obligatoire.");
  } else if (!valid_login(user.login)) {
    add("login", fmt::format("Identifiant « {} » : de 3 à 64 caractères parmi a à z, 0 à 9, le "
                             "point, le tiret et le tiret bas (minuscules, sans espace ni accent).",
                             user.login));
  } else if (store::UserRepository(database).find_by_login(user.login)) {
    add("login", fmt::format("Identifiant « {} » : déjà utilisé.", user.login));
  }
  if (trimmed(user.display_name).empty()) add("display_name", "Nom : obligatoire.");
  const std::string email = trimmed(user.email);
  if (!email.empty() && !plausible_email(email)) {
    add("email", fmt::format("Adresse électronique « {} » : invalide (exemple : "
                             "prenom.nom@caf.fr).",
                             email));
  }
  if (user.caf_departement.empty()) {
    add("caf_departement", "Caf : obligatoire (numéro du département, par exemple 30).");
  } else if (!store::CafRepository(database).find(user.caf_departement)) {
    add("caf_departement",
        fmt::format("Caf « {} » : inconnue dans cette base.", user.caf_departement));
  }
  store::TerritoryRepository territories(database);
  for (const auto& code : user.territory_codes) {
    if (!territories.find(code)) {
      add("territory_codes", fmt::format("Territoire « {} » : inconnu.", code));
    }
  }
  if (user.role == core::Role::kAdminCaf && !user.territory_codes.empty()) {
    add("territory_codes",
        "Territoires : un administrateur Caf couvre tout le département, n'en indiquez aucun.");
  } else if (user.role != core::Role::kAdminCaf && user.territory_codes.empty()) {
    add("territory_codes",
        fmt::format("Territoires : au moins un pour un compte « {} ».", role_label(user.role)));
  }
  if (auto problem = password_problem(user.password, "Mot de passe"); !problem.empty()) {
    add("password", std::move(problem));
  }
  return errors;
}

std::int64_t create_user(store::Database& database, const NewUser& user, Timestamp now,
                         const core::Actor& author) {
  const auto errors = check_new_user(database, user);
  if (!errors.empty()) {
    std::string message;
    for (const auto& error : errors) message += (message.empty() ? "" : "\n") + error.message;
    throw RequestError(message);
  }
  store::UserRecord record;
  record.login = user.login;
  record.display_name = trimmed(user.display_name);
  record.email = trimmed(user.email);
  record.role = std::string(core::code_of(user.role));
  record.caf_departement = user.caf_departement;
  record.territory_codes = user.territory_codes;
  std::sort(record.territory_codes.begin(), record.territory_codes.end());
  record.territory_codes.erase(
      std::unique(record.territory_codes.begin(), record.territory_codes.end()),
      record.territory_codes.end());
  record.password_hash = hash_password(user.password);  // slow: outside the transaction
  record.created_at = record.password_changed_at = iso_timestamp(now);
  return store::in_transaction(database, [&] {
    record.id = store::UserRepository(database).insert(record);
    record_audit(database, author,
                 {"user", std::to_string(record.id), "create", 1, std::nullopt, user_json(record),
                  fmt::format("Compte {} créé ({})", record.login, role_label(user.role))},
                 now);
    return record.id;
  });
}

std::optional<core::Actor> actor_for_user(store::Database& database, std::int64_t user_id) {
  const auto user = store::UserRepository(database).find(user_id);
  if (!user) return std::nullopt;
  return actor_of(*user);
}

LoginResult authenticate(store::Database& database, const std::string& login,
                         const std::string& password, const std::string& remote_address,
                         Timestamp now, const ThrottlePolicy& policy) {
  const std::string name = normalized_login(login);
  if (name.empty() || password.empty()) {
    return {std::nullopt, "Saisissez votre identifiant et votre mot de passe."};
  }
  store::LoginFailureRepository failures(database);
  const std::string account_key = "compte:" + name;
  const std::string address_key = remote_address.empty() ? "" : "adresse:" + remote_address;
  const auto locked = [&] {
    return later(lock_end(failures, account_key, now),
                 address_key.empty() ? std::nullopt : lock_end(failures, address_key, now));
  };
  if (const auto until = locked()) return {std::nullopt, lock_message(*until, now)};

  const auto user = store::UserRepository(database).find_by_login(name);
  const bool password_ok = verify_password(user ? user->password_hash : dummy_hash(), password);
  if (user && password_ok) {
    if (auto actor = actor_of(*user)) {
      failures.clear(account_key);
      return {std::move(actor), ""};
    }
  }
  store::in_transaction(database, [&] {
    count_failure(failures, account_key, policy.account_failures, policy, now);
    if (!address_key.empty()) {
      count_failure(failures, address_key, policy.address_failures, policy, now);
    }
  });
  // The failure that locks a key says so at once.
  if (const auto until = locked()) return {std::nullopt, lock_message(*until, now)};
  return {std::nullopt, kWrongCredentials};
}

std::string change_password(store::Database& database, std::int64_t user_id,
                            const std::string& current, const std::string& replacement,
                            const std::string& confirmation, Timestamp now) {
  store::UserRepository users(database);
  const auto user = users.find(user_id);
  const auto actor = user ? actor_of(*user) : std::nullopt;
  if (!actor) return "Compte introuvable ou désactivé.";
  if (!verify_password(user->password_hash, current)) return "Mot de passe actuel : incorrect.";
  if (auto problem = password_problem(replacement, "Nouveau mot de passe"); !problem.empty()) {
    return problem;
  }
  if (replacement != confirmation) {
    return "Confirmation : elle ne correspond pas au nouveau mot de passe.";
  }
  if (replacement == current) return "Nouveau mot de passe : il doit différer de l'actuel.";
  const std::string hash = hash_password(replacement);
  store::in_transaction(database, [&] {
    users.set_password_hash(user_id, hash, iso_timestamp(now));
    record_audit(database, *actor,
                 {"user", std::to_string(user_id), "password", user->version + 1, std::nullopt,
                  std::nullopt, "Mot de passe changé"},
                 now);
  });
  return "";
}

std::vector<store::UserRecord> list_users(store::Database& database) {
  return store::UserRepository(database).list_all();
}

std::optional<store::UserRecord> find_user(store::Database& database, const std::string& login) {
  return store::UserRepository(database).find_by_login(normalized_login(login));
}

void set_user_disabled(store::Database& database, const std::string& login, bool disabled,
                       Timestamp now, const core::Actor& author) {
  store::UserRepository users(database);
  auto user = users.find_by_login(normalized_login(login));
  if (!user) throw RequestError(fmt::format("Compte « {} » introuvable.", login));
  if (user->disabled == disabled) return;
  store::in_transaction(database, [&] {
    const auto before = user_json(*user);
    users.set_disabled(user->id, disabled);
    // A disabled account is signed out at once, everywhere.
    if (disabled) store::SessionRepository(database).remove_for_user(user->id);
    user->disabled = disabled;
    record_audit(
        database, author,
        {"user", std::to_string(user->id), disabled ? "disable" : "enable", user->version + 1,
         before, user_json(*user), disabled ? "Compte désactivé" : "Compte réactivé"},
        now);
  });
}

std::string_view role_label(core::Role role) {
  switch (role) {
    case core::Role::kAdminCaf:
      return "administrateur Caf";
    case core::Role::kAgentCaf:
      return "agent Caf";
    case core::Role::kEmployeur:
      return "employeur";
    case core::Role::kChargeCooperation:
      return "chargé de coopération";
    case core::Role::kElu:
      return "élu";
  }
  return "";
}

}  // namespace maillage::app
