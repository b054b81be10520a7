#include "app/territory_import.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "store/caf_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

using nlohmann::json;

std::optional<json> read_json(const std::filesystem::path& path, std::vector<std::string>& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back(fmt::format(
        "fichier {} introuvable : installez le paquet npm @etalab/decoupage-administratif "
        "(npm ci) ou indiquez son dossier data/ avec --source",
        path.string()));
    return std::nullopt;
  }
  try {
    return json::parse(in);
  } catch (const json::exception& error) {
    errors.push_back(fmt::format("fichier {} illisible : {}", path.string(), error.what()));
    return std::nullopt;
  }
}

struct DepartementInfo {
  std::string name;
  int type_liaison = 0;
};

std::string doctrine_for(const std::vector<core::Doctrine>& doctrines,
                         const std::string& departement) {
  const core::Doctrine* chosen = nullptr;
  const core::Doctrine* national = nullptr;
  for (const auto& doctrine : doctrines) {
    if (!doctrine.departement) {
      national = &doctrine;
    } else if (*doctrine.departement == departement &&
               (chosen == nullptr || chosen->valid_from < doctrine.valid_from)) {
      chosen = &doctrine;
    }
  }
  if (chosen != nullptr) return chosen->id;
  return national != nullptr ? national->id : "";
}

}  // namespace

std::string caf_name(std::string_view departement_name, int type_liaison) {
  // INSEE TNCC: 0 "de", 1 "d'", 2 "du" (Le), 3 "de la", 4 "des", 5 "de l'", 6 "aux"…
  std::string_view name = departement_name;
  switch (type_liaison) {
    case 1:
      return fmt::format("Caf d'{}", name);
    case 2:
      return fmt::format("Caf du {}", name);
    case 3:
      return fmt::format("Caf de la {}", name);
    case 4:
      return fmt::format("Caf des {}", name);
    case 5:
      return fmt::format("Caf de l'{}", name);
    case 6:
      return fmt::format("Caf des {}", name);
    default:
      return fmt::format("Caf de {}", name);
  }
}

TerritoryImportResult import_territories(store::Database& database,
                                         const std::vector<core::Doctrine>& doctrines,
                                         const TerritoryImportOptions& options) {
  TerritoryImportResult result;
  const auto progress = [&](std::string_view step, long done, long total) {
    if (options.progress) options.progress(step, done, total);
  };
  progress("lecture des départements", 0, 3);
  const auto departements_json = read_json(options.source_dir / "departements.json", result.errors);
  progress("lecture des communes", 1, 3);
  const auto communes_json = read_json(options.source_dir / "communes.json", result.errors);
  progress("lecture des EPCI", 2, 3);
  const auto epcis_json = read_json(options.source_dir / "epci.json", result.errors);
  if (!result.errors.empty()) return result;

  std::map<std::string, DepartementInfo> departements;
  for (const auto& item : *departements_json) {
    departements[item.value("code", "")] = {item.value("nom", ""), item.value("typeLiaison", 0)};
  }
  std::set<std::string> chosen(options.departements.begin(), options.departements.end());
  for (const auto& code : chosen) {
    if (!departements.count(code)) {
      result.errors.push_back(fmt::format("département « {} » inconnu (ex. 30, 2A, 974)", code));
    }
  }
  if (!result.errors.empty()) return result;
  const auto wanted = [&](const std::string& departement) {
    return chosen.empty() || chosen.count(departement) > 0;
  };

  // Every current commune of France, to place EPCIs; only the chosen ones are stored.
  std::unordered_map<std::string, core::Territory> communes;
  communes.reserve(communes_json->size());
  for (const auto& item : *communes_json) {
    if (item.value("type", "") != "commune-actuelle") continue;
    core::Territory commune;
    commune.code = item.value("code", "");
    commune.kind = core::TerritoryKind::kCommune;
    commune.name = item.value("nom", "");
    commune.departement = item.value("departement", "");
    commune.population = item.value("population", 0L);
    communes.emplace(commune.code, std::move(commune));
  }

  std::vector<core::Territory> epcis;
  for (const auto& item : *epcis_json) {
    core::Territory epci;
    epci.code = item.value("code", "");
    epci.kind = core::TerritoryKind::kEpci;
    epci.name = item.value("nom", "");
    epci.epci_type = item.value("type", "");
    epci.population = item.value("populationMunicipale", 0L);
    std::map<std::string, long> people_by_departement;
    bool in_scope = false;
    for (const auto& member : item.value("membres", json::array())) {
      const auto it = communes.find(member.value("code", ""));
      if (it == communes.end()) continue;
      it->second.epci_code = epci.code;
      epci.communes.push_back(it->first);
      people_by_departement[it->second.departement] += it->second.population;
      in_scope = in_scope || wanted(it->second.departement);
    }
    if (!in_scope) continue;
    epci.departement = std::max_element(people_by_departement.begin(), people_by_departement.end(),
                                        [](const auto& left, const auto& right) {
                                          return left.second < right.second;
                                        })
                           ->first;
    epcis.push_back(std::move(epci));
  }

  std::vector<core::Territory> selected;
  for (auto& [code, commune] : communes) {
    if (wanted(commune.departement)) selected.push_back(std::move(commune));
  }
  std::sort(selected.begin(), selected.end(),
            [](const auto& left, const auto& right) { return left.code < right.code; });

  store::TerritoryRepository territories(database);
  store::CafRepository cafs(database);
  const long total = static_cast<long>(selected.size() + epcis.size());
  store::in_transaction(database, [&] {
    territories.upsert(epcis);
    progress("écriture des territoires", static_cast<long>(epcis.size()), total);
    constexpr std::size_t kChunk = 4000;
    for (std::size_t start = 0; start < selected.size(); start += kChunk) {
      const auto end = std::min(selected.size(), start + kChunk);
      territories.upsert(
          {selected.begin() + static_cast<long>(start), selected.begin() + static_cast<long>(end)});
      progress("écriture des territoires", static_cast<long>(epcis.size() + end), total);
    }
    std::set<std::string> imported_departements;
    for (const auto& commune : selected) imported_departements.insert(commune.departement);
    const auto before = cafs.list_all().size();
    for (const auto& code : imported_departements) {
      const auto& info = departements[code];
      cafs.add_if_missing(
          {code, caf_name(info.name, info.type_liaison), doctrine_for(doctrines, code)});
    }
    result.cafs_added = static_cast<int>(cafs.list_all().size() - before);
  });
  result.communes = static_cast<long>(selected.size());
  result.epcis = static_cast<long>(epcis.size());
  return result;
}

}  // namespace maillage::app
