#pragma once
#include <memory>

#include "core/territory.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/territory_repository.hpp"
#include "support/test_backend.hpp"

namespace maillage::testing {

// A fresh in-memory database with the schema and three territories of the Gard.
inline std::unique_ptr<store::Database> gard_database() {
  auto database = open_fresh_database();
  store::migrate(*database);
  core::Territory nimes_metropole{"243000643",
                                  core::TerritoryKind::kEpci,
                                  "CA de Nîmes Métropole",
                                  "30",
                                  "CA",
                                  std::nullopt,
                                  261624,
                                  {}};
  core::Territory uzes{
      "200034379", core::TerritoryKind::kEpci, "CC Pays d'Uzès", "30", "CC", std::nullopt, 30894,
      {}};
  core::Territory nimes{"30189", core::TerritoryKind::kCommune, "Nîmes", "30",
                        "",      std::string("243000643"),      148104,  {}};
  store::in_transaction(*database, [&] {
    store::TerritoryRepository(*database).upsert({nimes_metropole, uzes, nimes});
  });
  return database;
}

}  // namespace maillage::testing
