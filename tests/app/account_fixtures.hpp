#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "app/account_service.hpp"
#include "app/test_database.hpp"
#include "app/timestamp.hpp"
#include "store/caf_repository.hpp"

namespace maillage::testing {

inline const std::string kPassword = "un mot de passe sûr";

// gard_database() with the Caf du Gard, so that accounts can be created on it.
inline std::unique_ptr<store::Database> accounts_database() {
  auto database = gard_database();
  store::CafRepository(*database).add_if_missing({"30", "Caf du Gard", "gard-2024"});
  return database;
}

// An instant written as stored ("2026-11-23T15:54:45Z").
inline app::Timestamp at(const std::string& iso) {
  return app::parse_timestamp(iso).value();
}

// A Caf officer of Nîmes Métropole, password kPassword.
inline std::int64_t add_agent(store::Database& database, const std::string& login = "agent.test") {
  return app::create_user(
      database, {login, "Agent Test", "", core::Role::kAgentCaf, "30", {"243000643"}, kPassword},
      at("2026-11-23T08:00:00Z"));
}

}  // namespace maillage::testing
