#pragma once
#include <optional>
#include <string>

#include "store/database.hpp"

namespace maillage::store {

// Failed sign-ins counted under one throttle key ("compte:LOGIN" or "adresse:IP").
struct LoginFailure {
  std::string key;
  int failures = 0;
  std::string first_failure_at;             // ISO UTC: start of the counting window
  std::optional<std::string> locked_until;  // ISO UTC, while the key is locked
};

// The caller holds the transaction.
class LoginFailureRepository {
 public:
  explicit LoginFailureRepository(Database& database) : database_(database) {}

  std::optional<LoginFailure> find(const std::string& key) const;
  // Inserts or replaces the key's counter.
  void save(const LoginFailure& failure);
  void clear(const std::string& key);

 private:
  Database& database_;
};

}  // namespace maillage::store
