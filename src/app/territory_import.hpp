#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/doctrine.hpp"
#include "store/database.hpp"

namespace maillage::app {

struct TerritoryImportOptions {
  // The `data/` folder of the npm package @etalab/decoupage-administratif.
  std::filesystem::path source_dir;
  // Département codes ("30", "2A"…); empty for all of France.
  std::vector<std::string> departements;
  // Called as work advances: what is being done, how much of it is done, out of how much.
  std::function<void(std::string_view step, long done, long total)> progress;
};

struct TerritoryImportResult {
  long communes = 0;
  long epcis = 0;
  int cafs_added = 0;
  std::vector<std::string> errors;  // French; nothing was written when not empty
};

// Loads communes (type commune-actuelle) and EPCIs with their populations, in one transaction,
// and adds a Caf for each département imported (its doctrine if Maillage has one, else the
// national rate). An EPCI is imported when one of its communes is in a chosen département; its
// own département is the one where most of its people live.
TerritoryImportResult import_territories(store::Database& database,
                                         const std::vector<core::Doctrine>& doctrines,
                                         const TerritoryImportOptions& options);

// "Caf du Gard", "Caf de l'Allier", "Caf de la Charente" from INSEE's article type (typeLiaison).
std::string caf_name(std::string_view departement_name, int type_liaison);

}  // namespace maillage::app
