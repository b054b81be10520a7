#include "store/user_repository.hpp"

#include <map>

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kColumns =
    "id, login, display_name, email, role, caf_departement, password_hash, disabled,"
    " created_at, password_changed_at, version";

UserRecord from_row(const soci::row& row) {
  UserRecord user;
  user.id = integer_at(row, 0);
  user.login = row.get<std::string>(1);
  user.display_name = row.get<std::string>(2);
  user.email = row.get<std::string>(3);
  user.role = row.get<std::string>(4);
  user.caf_departement = row.get<std::string>(5);
  user.password_hash = row.get<std::string>(6);
  user.disabled = integer_at(row, 7) != 0;
  user.created_at = row.get<std::string>(8);
  user.password_changed_at = row.get<std::string>(9);
  user.version = static_cast<int>(integer_at(row, 10));
  return user;
}

}  // namespace

std::vector<UserRecord> UserRepository::select(const std::string& where,
                                               const std::string& parameter) const {
  auto& sql = database_.session();
  std::vector<UserRecord> users;
  for_each_row(sql, std::string("SELECT ") + kColumns + " FROM users" + where + " ORDER BY login",
               parameter, [&](const soci::row& row) { users.push_back(from_row(row)); });
  attach_territories(users);
  return users;
}

void UserRepository::attach_territories(std::vector<UserRecord>& users) const {
  if (users.empty()) return;
  std::map<std::int64_t, std::size_t> by_id;
  for (std::size_t i = 0; i < users.size(); ++i) by_id[users[i].id] = i;
  const auto attach = [&](const soci::row& row) {
    if (const auto it = by_id.find(integer_at(row, 0)); it != by_id.end()) {
      users[it->second].territory_codes.push_back(row.get<std::string>(1));
    }
  };
  auto& sql = database_.session();
  if (users.size() > 1) {
    for_each_row(sql,
                 "SELECT user_id, territory_code FROM user_territories"
                 " ORDER BY user_id, territory_code",
                 "", attach);
    return;
  }
  const long long id = users.front().id;
  soci::rowset<soci::row> rows = (sql.prepare << "SELECT user_id, territory_code"
                                                 " FROM user_territories WHERE user_id = :id"
                                                 " ORDER BY territory_code",
                                  soci::use(id));
  for (const auto& row : rows) attach(row);
}

std::optional<UserRecord> UserRepository::find(std::int64_t id) const {
  const long long user_id = id;
  std::vector<UserRecord> found;
  soci::rowset<soci::row> rows = (database_.session().prepare << std::string("SELECT ") + kColumns +
                                                                     " FROM users WHERE id = :id",
                                  soci::use(user_id));
  for (const auto& row : rows) found.push_back(from_row(row));
  attach_territories(found);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<UserRecord> UserRepository::find_by_login(const std::string& login) const {
  auto found = select(" WHERE login = :login", login);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<UserRecord> UserRepository::list_all() const {
  return select("", "");
}

std::int64_t UserRepository::insert(const UserRecord& user) {
  auto& sql = database_.session();
  const int disabled = user.disabled ? 1 : 0;
  long long id = 0;
  sql << "INSERT INTO users (login, display_name, email, role, caf_departement, password_hash,"
         " disabled, created_at, password_changed_at)"
         " VALUES (:login, :display_name, :email, :role, :caf, :hash, :disabled, :created_at,"
         " :password_changed_at) RETURNING id",
      soci::use(user.login), soci::use(user.display_name), soci::use(user.email),
      soci::use(user.role), soci::use(user.caf_departement), soci::use(user.password_hash),
      soci::use(disabled), soci::use(user.created_at), soci::use(user.password_changed_at),
      soci::into(id);
  for (const auto& code : user.territory_codes) {
    sql << "INSERT INTO user_territories (user_id, territory_code) VALUES (:user_id, :code)",
        soci::use(id), soci::use(code);
  }
  return id;
}

void UserRepository::set_password_hash(std::int64_t id, const std::string& hash,
                                       const std::string& at) {
  const long long user_id = id;
  database_.session() << "UPDATE users SET password_hash = :hash, password_changed_at = :at,"
                         " version = version + 1 WHERE id = :id",
      soci::use(hash), soci::use(at), soci::use(user_id);
}

void UserRepository::set_disabled(std::int64_t id, bool disabled) {
  const long long user_id = id;
  const int flag = disabled ? 1 : 0;
  database_.session() << "UPDATE users SET disabled = :disabled, version = version + 1"
                         " WHERE id = :id",
      soci::use(flag), soci::use(user_id);
}

bool UserRepository::any() const {
  int count = 0;
  database_.session() << "SELECT COUNT(*) FROM (SELECT 1 FROM users LIMIT 1) AS one",
      soci::into(count);
  return count > 0;
}

}  // namespace maillage::store
