#include "app/demo_accounts.hpp"

#include "app/account_service.hpp"
#include "store/user_repository.hpp"

namespace maillage::app {

namespace {

// Published in the README and printed by the server: for the demonstration only.
constexpr const char* kDemoPassword = "demo-maillage-2026";

constexpr const char* kNimesMetropole = "243000643";
constexpr const char* kAlesAgglomeration = "200066918";
constexpr const char* kTerreDeCamargue = "243000650";

}  // namespace

std::vector<DemoAccount> demo_accounts() {
  using core::Role;
  return {
      {"admin.gard",
       kDemoPassword,
       Role::kAdminCaf,
       "Administrateur de la Caf du Gard : toute la Caf, comptes compris",
       "Camille Martin — Caf du Gard",
       "30",
       {}},
      {"agent.gard",
       kDemoPassword,
       Role::kAgentCaf,
       "Agent territorial de la Caf du Gard : Nîmes Métropole, Alès Agglomération, "
       "Terre de Camargue",
       "Julien Roux — Caf du Gard",
       "30",
       {kNimesMetropole, kAlesAgglomeration, kTerreDeCamargue}},
      {"employeur.nimes",
       kDemoPassword,
       Role::kEmployeur,
       "Services de Nîmes Métropole (employeur) : sa CTG et ses postes",
       "Sophie Durand — Nîmes Métropole",
       "30",
       {kNimesMetropole}},
      {"charge.nimes",
       kDemoPassword,
       Role::kChargeCooperation,
       "Chargée de coopération de Nîmes Métropole : sa CTG et ses postes",
       "Léa Fabre — chargée de coopération, Nîmes Métropole",
       "30",
       {kNimesMetropole}},
      {"elu.nimes",
       kDemoPassword,
       Role::kElu,
       "Élu de Nîmes Métropole : sa CTG et ses postes, en lecture seule",
       "Marc Perrin — vice-président, Nîmes Métropole",
       "30",
       {kNimesMetropole}},
      {"admin.charente",
       kDemoPassword,
       Role::kAdminCaf,
       "Administratrice de la Caf de la Charente : toute la Caf, comptes compris",
       "Nathalie Bernard — Caf de la Charente",
       "16",
       {}},
  };
}

void create_demo_accounts(store::Database& database, Timestamp now) {
  if (store::UserRepository(database).any()) return;
  for (const auto& account : demo_accounts()) {
    create_user(database,
                {account.login, account.display_name, "", account.role, account.caf_departement,
                 account.territory_codes, account.password},
                now);
  }
}

}  // namespace maillage::app
