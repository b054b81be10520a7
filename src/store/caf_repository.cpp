#include "store/caf_repository.hpp"

namespace maillage::store {

void CafRepository::add_if_missing(const core::Caf& caf) {
  database_.session() << "INSERT INTO cafs (departement, name, doctrine_id)"
                         " VALUES (:departement, :name, :doctrine)"
                         " ON CONFLICT (departement) DO NOTHING",
      soci::use(caf.departement), soci::use(caf.name), soci::use(caf.doctrine_id);
}

std::vector<core::Caf> CafRepository::list_all() const {
  std::vector<core::Caf> cafs;
  soci::rowset<soci::row> rows =
      (database_.session().prepare
       << "SELECT departement, name, doctrine_id FROM cafs ORDER BY departement");
  for (const auto& row : rows) {
    cafs.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2)});
  }
  return cafs;
}

std::optional<core::Caf> CafRepository::find(const std::string& departement) const {
  core::Caf caf;
  database_.session() << "SELECT departement, name, doctrine_id FROM cafs"
                         " WHERE departement = :departement",
      soci::use(departement), soci::into(caf.departement), soci::into(caf.name),
      soci::into(caf.doctrine_id);
  if (!database_.session().got_data()) return std::nullopt;
  return caf;
}

}  // namespace maillage::store
