#include "store/territory_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kSelect =
    "SELECT code, kind, name, departement, epci_type, epci_code, population FROM territories";

core::Territory from_row(const soci::row& row) {
  core::Territory territory;
  territory.code = row.get<std::string>(0);
  territory.kind = row.get<std::string>(1) == "epci" ? core::TerritoryKind::kEpci
                                                     : core::TerritoryKind::kCommune;
  territory.name = row.get<std::string>(2);
  territory.departement = row.get<std::string>(3);
  if (row.get_indicator(4) == soci::i_ok) territory.epci_type = row.get<std::string>(4);
  if (row.get_indicator(5) == soci::i_ok) territory.epci_code = row.get<std::string>(5);
  territory.population = static_cast<long>(integer_at(row, 6));
  return territory;
}

std::vector<core::Territory> select(soci::session& sql, const std::string& where,
                                    const std::string& parameter) {
  std::vector<core::Territory> territories;
  for_each_row(sql, std::string(kSelect) + where + " ORDER BY code", parameter,
               [&](const soci::row& row) { territories.push_back(from_row(row)); });
  return territories;
}

}  // namespace

void TerritoryRepository::upsert(const std::vector<core::Territory>& territories) {
  if (territories.empty()) return;
  std::vector<std::string> codes, kinds, names, departements, epci_types, epci_codes;
  std::vector<soci::indicator> epci_type_set, epci_code_set;
  std::vector<long long> populations;
  for (const auto& territory : territories) {
    codes.push_back(territory.code);
    kinds.push_back(territory.kind == core::TerritoryKind::kEpci ? "epci" : "commune");
    names.push_back(territory.name);
    departements.push_back(territory.departement);
    epci_types.push_back(territory.epci_type);
    epci_type_set.push_back(territory.epci_type.empty() ? soci::i_null : soci::i_ok);
    epci_codes.push_back(territory.epci_code.value_or(""));
    epci_code_set.push_back(territory.epci_code ? soci::i_ok : soci::i_null);
    populations.push_back(territory.population);
  }
  database_.session()
      << "INSERT INTO territories (code, kind, name, departement, epci_type, epci_code, population)"
         " VALUES (:code, :kind, :name, :departement, :epci_type, :epci_code, :population)"
         " ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
         " departement = excluded.departement, epci_type = excluded.epci_type,"
         " epci_code = excluded.epci_code, population = excluded.population",
      soci::use(codes), soci::use(kinds), soci::use(names), soci::use(departements),
      soci::use(epci_types, epci_type_set), soci::use(epci_codes, epci_code_set),
      soci::use(populations);
}

std::vector<core::Territory> TerritoryRepository::list_all() const {
  return select(database_.session(), "", "");
}

std::vector<core::Territory> TerritoryRepository::list_epcis(const std::string& departement) const {
  return select(database_.session(), " WHERE kind = 'epci' AND departement = :departement",
                departement);
}

std::optional<core::Territory> TerritoryRepository::find(const std::string& code) const {
  auto found = select(database_.session(), " WHERE code = :code", code);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

long TerritoryRepository::count(core::TerritoryKind kind) const {
  long long count = 0;
  const std::string code = kind == core::TerritoryKind::kEpci ? "epci" : "commune";
  database_.session() << "SELECT COUNT(*) FROM territories WHERE kind = :kind", soci::use(code),
      soci::into(count);
  return static_cast<long>(count);
}

}  // namespace maillage::store
