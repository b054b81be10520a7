#include "store/ctg_repository.hpp"

#include "store/rows.hpp"

#include <map>

namespace maillage::store {

namespace {

core::Date stored_date(const std::string& iso) {
  return core::parse_date(iso).value_or(core::Date{});
}

}  // namespace

CtgRepository::Saved CtgRepository::upsert(const core::Ctg& ctg) {
  auto& sql = database_.session();
  const std::string start = core::format_iso_date(ctg.start);
  const std::string end = core::format_iso_date(ctg.end);
  const int renewal = ctg.renewal ? 1 : 0;
  int existing = 0;
  sql << "SELECT COUNT(*) FROM ctgs WHERE territory_code = :territory AND start_date = :start_date",
      soci::use(ctg.territory_code), soci::use(start), soci::into(existing);
  sql << "INSERT INTO ctgs (territory_code, start_date, end_date, renewal)"
         " VALUES (:territory, :start_date, :end_date, :renewal)"
         " ON CONFLICT (territory_code, start_date) DO UPDATE SET end_date = excluded.end_date,"
         " renewal = excluded.renewal, version = ctgs.version + 1",
      soci::use(ctg.territory_code), soci::use(start), soci::use(end), soci::use(renewal);
  long long id = 0;
  sql << "SELECT id FROM ctgs WHERE territory_code = :territory AND start_date = :start_date",
      soci::use(ctg.territory_code), soci::use(start), soci::into(id);
  if (!ctg.signatories.empty() || !ctg.themes.empty()) {
    sql << "DELETE FROM ctg_signatories WHERE ctg_id = :id", soci::use(id);
    sql << "DELETE FROM ctg_themes WHERE ctg_id = :id", soci::use(id);
    for (std::size_t i = 0; i < ctg.signatories.size(); ++i) {
      const int position = static_cast<int>(i);
      sql << "INSERT INTO ctg_signatories (ctg_id, position, name) VALUES (:id, :position, :name)",
          soci::use(id), soci::use(position), soci::use(ctg.signatories[i]);
    }
    for (std::size_t i = 0; i < ctg.themes.size(); ++i) {
      const int position = static_cast<int>(i);
      sql << "INSERT INTO ctg_themes (ctg_id, position, theme) VALUES (:id, :position, :theme)",
          soci::use(id), soci::use(position), soci::use(ctg.themes[i]);
    }
  }
  return {id, existing == 0};
}

std::vector<core::Ctg> CtgRepository::select(const std::string& where,
                                             const std::string& parameter) const {
  auto& sql = database_.session();
  const std::string query = "SELECT id, territory_code, start_date, end_date, renewal FROM ctgs" +
                            where + " ORDER BY territory_code, start_date";
  std::vector<core::Ctg> ctgs;
  std::map<std::int64_t, std::size_t> by_id;
  for_each_row(sql, query, parameter, [&](const soci::row& row) {
    core::Ctg ctg;
    ctg.id = integer_at(row, 0);
    ctg.territory_code = row.get<std::string>(1);
    ctg.start = stored_date(row.get<std::string>(2));
    ctg.end = stored_date(row.get<std::string>(3));
    ctg.renewal = integer_at(row, 4) != 0;
    by_id[ctg.id] = ctgs.size();
    ctgs.push_back(std::move(ctg));
  });
  if (ctgs.empty()) return ctgs;
  const auto attach = [&](std::vector<std::string> core::Ctg::*list) {
    return [&, list](const soci::row& row) {
      if (const auto it = by_id.find(integer_at(row, 0)); it != by_id.end()) {
        (ctgs[it->second].*list).push_back(row.get<std::string>(1));
      }
    };
  };
  for_each_row(sql, "SELECT ctg_id, name FROM ctg_signatories ORDER BY ctg_id, position", "",
               attach(&core::Ctg::signatories));
  for_each_row(sql, "SELECT ctg_id, theme FROM ctg_themes ORDER BY ctg_id, position", "",
               attach(&core::Ctg::themes));
  return ctgs;
}

std::vector<core::Ctg> CtgRepository::list_all() const {
  return select("", "");
}

std::vector<core::Ctg> CtgRepository::list_for_territory(const std::string& territory_code) const {
  return select(" WHERE territory_code = :territory", territory_code);
}

}  // namespace maillage::store
