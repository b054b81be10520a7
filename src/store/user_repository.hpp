#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace maillage::store {

// A user account as stored. `role` is the role's code ("agent_caf"); timestamps are ISO UTC.
struct UserRecord {
  std::int64_t id = 0;
  std::string login, display_name, email;
  std::string role;
  std::string caf_departement;
  std::vector<std::string> territory_codes;
  std::string password_hash;
  bool disabled = false;
  std::string created_at, password_changed_at;
  int version = 1;
};

// Accounts and the territories assigned to them. The caller holds the transaction.
class UserRepository {
 public:
  explicit UserRepository(Database& database) : database_(database) {}

  std::optional<UserRecord> find(std::int64_t id) const;
  std::optional<UserRecord> find_by_login(const std::string& login) const;
  // Ordered by login.
  std::vector<UserRecord> list_all() const;
  // Inserts the user (version 1) and its territories; returns the new id.
  std::int64_t insert(const UserRecord& user);
  void set_password_hash(std::int64_t id, const std::string& hash, const std::string& at);
  void set_disabled(std::int64_t id, bool disabled);
  bool any() const;

 private:
  std::vector<UserRecord> select(const std::string& where, const std::string& parameter) const;
  void attach_territories(std::vector<UserRecord>& users) const;
  Database& database_;
};

}  // namespace maillage::store
