#include "store/ctg_repository.hpp"

#include <map>

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, territory_code, start_date, end_date, renewal, version, closed_on FROM ctgs";

core::Date stored_date(const std::string& iso) {
  return core::parse_date(iso).value_or(core::Date{});
}

core::Ctg from_row(const soci::row& row) {
  core::Ctg ctg;
  ctg.id = integer_at(row, 0);
  ctg.territory_code = row.get<std::string>(1);
  ctg.start = stored_date(row.get<std::string>(2));
  ctg.end = stored_date(row.get<std::string>(3));
  ctg.renewal = integer_at(row, 4) != 0;
  ctg.version = static_cast<int>(integer_at(row, 5));
  if (const auto closed = optional_text_at(row, 6)) ctg.closed_on = core::parse_date(*closed);
  return ctg;
}

std::optional<std::string> optional_iso(const std::optional<core::Date>& date) {
  if (!date) return std::nullopt;
  return core::format_iso_date(*date);
}

}  // namespace

CtgRepository::Saved CtgRepository::upsert(const core::Ctg& ctg) {
  auto& sql = database_.session();
  const std::string start = core::format_iso_date(ctg.start);
  const std::string end = core::format_iso_date(ctg.end);
  const int renewal = ctg.renewal ? 1 : 0;
  NullableText closed(optional_iso(ctg.closed_on));
  int existing = 0;
  sql << "SELECT COUNT(*) FROM ctgs WHERE territory_code = :territory AND start_date = :start_date",
      soci::use(ctg.territory_code), soci::use(start), soci::into(existing);
  sql << "INSERT INTO ctgs (territory_code, start_date, end_date, renewal, closed_on)"
         " VALUES (:territory, :start_date, :end_date, :renewal, :closed_on)"
         " ON CONFLICT (territory_code, start_date) DO UPDATE SET end_date = excluded.end_date,"
         " renewal = excluded.renewal,"  // a CTG closed in Maillage stays closed
         " version = ctgs.version + 1",
      soci::use(ctg.territory_code), soci::use(start), soci::use(end), soci::use(renewal),
      soci::use(closed.text, closed.indicator);
  long long id = 0;
  sql << "SELECT id FROM ctgs WHERE territory_code = :territory AND start_date = :start_date",
      soci::use(ctg.territory_code), soci::use(start), soci::into(id);
  // An import carries no signatories or themes: it keeps those entered on the CTG.
  if (!ctg.signatories.empty() || !ctg.themes.empty()) replace_lists(id, ctg);
  return {id, existing == 0};
}

std::int64_t CtgRepository::insert(const core::Ctg& ctg) {
  const std::string start = core::format_iso_date(ctg.start);
  const std::string end = core::format_iso_date(ctg.end);
  const int renewal = ctg.renewal ? 1 : 0;
  NullableText closed(optional_iso(ctg.closed_on));
  long long id = 0;
  database_.session() << "INSERT INTO ctgs (territory_code, start_date, end_date, renewal,"
                         " closed_on, version)"
                         " VALUES (:territory, :start_date, :end_date, :renewal, :closed_on, 1)"
                         " RETURNING id",
      soci::use(ctg.territory_code), soci::use(start), soci::use(end), soci::use(renewal),
      soci::use(closed.text, closed.indicator), soci::into(id);
  replace_lists(id, ctg);
  return id;
}

bool CtgRepository::update_if_version(const core::Ctg& ctg, int expected_version) {
  const long long id = ctg.id;
  const std::string start = core::format_iso_date(ctg.start);
  const std::string end = core::format_iso_date(ctg.end);
  const int renewal = ctg.renewal ? 1 : 0;
  NullableText closed(optional_iso(ctg.closed_on));
  const int next_version = expected_version + 1;
  soci::statement statement =
      (database_.session().prepare
           << "UPDATE ctgs SET territory_code = :territory, start_date = :start_date,"
              " end_date = :end_date, renewal = :renewal, closed_on = :closed_on,"
              " version = :next_version WHERE id = :id AND version = :expected",
       soci::use(ctg.territory_code), soci::use(start), soci::use(end), soci::use(renewal),
       soci::use(closed.text, closed.indicator), soci::use(next_version), soci::use(id),
       soci::use(expected_version));
  statement.execute(true);
  if (statement.get_affected_rows() == 0) return false;
  replace_lists(id, ctg);
  return true;
}

void CtgRepository::replace_lists(std::int64_t ctg_id, const core::Ctg& ctg) {
  auto& sql = database_.session();
  const long long id = ctg_id;
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

std::vector<core::Ctg> CtgRepository::select(const std::string& where,
                                             const std::string& parameter) const {
  std::vector<core::Ctg> ctgs;
  for_each_row(database_.session(),
               std::string(kSelect) + where + " ORDER BY territory_code, start_date", parameter,
               [&](const soci::row& row) { ctgs.push_back(from_row(row)); });
  attach_lists(ctgs);
  return ctgs;
}

void CtgRepository::attach_lists(std::vector<core::Ctg>& ctgs) const {
  if (ctgs.empty()) return;
  std::map<std::int64_t, std::size_t> by_id;
  for (std::size_t i = 0; i < ctgs.size(); ++i) by_id[ctgs[i].id] = i;
  auto& sql = database_.session();
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
}

std::optional<core::Ctg> CtgRepository::find(std::int64_t id) const {
  const long long ctg_id = id;
  auto& sql = database_.session();
  std::optional<core::Ctg> found;
  {
    soci::rowset<soci::row> rows =
        (sql.prepare << std::string(kSelect) + " WHERE id = :id", soci::use(ctg_id));
    for (const auto& row : rows) found = from_row(row);
  }
  if (!found) return std::nullopt;
  // Only this CTG's lists, not the whole tables.
  soci::rowset<soci::row> signatories =
      (sql.prepare << "SELECT name FROM ctg_signatories WHERE ctg_id = :id ORDER BY position",
       soci::use(ctg_id));
  for (const auto& row : signatories) found->signatories.push_back(row.get<std::string>(0));
  soci::rowset<soci::row> themes =
      (sql.prepare << "SELECT theme FROM ctg_themes WHERE ctg_id = :id ORDER BY position",
       soci::use(ctg_id));
  for (const auto& row : themes) found->themes.push_back(row.get<std::string>(0));
  return found;
}

std::vector<core::Ctg> CtgRepository::list_all() const {
  return select("", "");
}

std::vector<core::Ctg> CtgRepository::list_for_territory(const std::string& territory_code) const {
  return select(" WHERE territory_code = :territory", territory_code);
}

}  // namespace maillage::store
