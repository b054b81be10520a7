#pragma once
#include <string>
#include <vector>

#include "app/timestamp.hpp"
#include "core/role.hpp"
#include "store/database.hpp"

namespace maillage::app {

// An account of the demonstration, one per role (and a second Caf), all with one password.
struct DemoAccount {
  std::string login;
  std::string password;
  core::Role role = core::Role::kElu;
  std::string description;  // French: who this is and what they see
  std::string display_name;
  std::string caf_departement;
  std::vector<std::string> territory_codes;
};

std::vector<DemoAccount> demo_accounts();

// Creates the demo accounts if there is no account at all (a real deployment's accounts are
// never touched). Needs the demo's Cafs and territories: call it after load_demo.
void create_demo_accounts(store::Database& database, Timestamp now);

}  // namespace maillage::app
