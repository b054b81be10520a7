#include "store/scenario_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, caf_departement, name, kind, on_date, parameters_json, created_at, created_by,"
    " version FROM scenarios";

core::Scenario from_row(const soci::row& row) {
  core::Scenario scenario;
  scenario.id = integer_at(row, 0);
  scenario.caf_departement = row.get<std::string>(1);
  scenario.name = row.get<std::string>(2);
  scenario.kind =
      core::parse_scenario_kind(row.get<std::string>(3)).value_or(core::ScenarioKind::kSimulation);
  scenario.on_date = core::parse_date(row.get<std::string>(4)).value_or(core::Date{});
  scenario.parameters_json = row.get<std::string>(5);
  scenario.created_at = row.get<std::string>(6);
  if (row.get_indicator(7) == soci::i_ok) scenario.created_by = integer_at(row, 7);
  scenario.version = static_cast<int>(integer_at(row, 8));
  return scenario;
}

}  // namespace

std::int64_t ScenarioRepository::insert(const core::Scenario& scenario) {
  const std::string kind(core::code_of(scenario.kind));
  const std::string on_date = core::format_iso_date(scenario.on_date);
  long long created_by = scenario.created_by.value_or(0);
  soci::indicator created_by_indicator = scenario.created_by ? soci::i_ok : soci::i_null;
  long long id = 0;
  database_.session() << "INSERT INTO scenarios (caf_departement, name, kind, on_date,"
                         " parameters_json, created_at, created_by, version)"
                         " VALUES (:departement, :name, :kind, :on_date, :parameters,"
                         " :created_at, :created_by, 1) RETURNING id",
      soci::use(scenario.caf_departement), soci::use(scenario.name), soci::use(kind),
      soci::use(on_date), soci::use(scenario.parameters_json), soci::use(scenario.created_at),
      soci::use(created_by, created_by_indicator), soci::into(id);
  replace_allocations(id, scenario.allocations);
  return id;
}

bool ScenarioRepository::update_if_version(const core::Scenario& scenario, int expected_version) {
  const long long id = scenario.id;
  const std::string on_date = core::format_iso_date(scenario.on_date);
  const int next_version = expected_version + 1;
  soci::statement statement =
      (database_.session().prepare << "UPDATE scenarios SET name = :name, on_date = :on_date,"
                                      " parameters_json = :parameters, version = :next_version"
                                      " WHERE id = :id AND version = :expected",
       soci::use(scenario.name), soci::use(on_date), soci::use(scenario.parameters_json),
       soci::use(next_version), soci::use(id), soci::use(expected_version));
  statement.execute(true);
  if (statement.get_affected_rows() == 0) return false;
  replace_allocations(id, scenario.allocations);
  return true;
}

bool ScenarioRepository::remove_if_version(std::int64_t scenario_id, int expected_version) {
  const long long id = scenario_id;
  auto& sql = database_.session();
  int matching = 0;
  sql << "SELECT COUNT(*) FROM scenarios WHERE id = :id AND version = :expected", soci::use(id),
      soci::use(expected_version), soci::into(matching);
  if (matching == 0) return false;
  // Explicitly, not only by ON DELETE CASCADE: it does not depend on the connection's pragmas.
  sql << "DELETE FROM scenario_allocations WHERE scenario_id = :id", soci::use(id);
  sql << "DELETE FROM scenarios WHERE id = :id", soci::use(id);
  return true;
}

void ScenarioRepository::replace_allocations(std::int64_t scenario_id,
                                             const std::vector<core::ScenarioAllocation>& list) {
  auto& sql = database_.session();
  const long long id = scenario_id;
  sql << "DELETE FROM scenario_allocations WHERE scenario_id = :id", soci::use(id);
  for (const auto& allocation : list) {
    const int hundredths = allocation.fte.hundredths();
    sql << "INSERT INTO scenario_allocations (scenario_id, territory_code, fte_hundredths)"
           " VALUES (:id, :territory, :fte)",
        soci::use(id), soci::use(allocation.territory_code), soci::use(hundredths);
  }
}

std::vector<core::ScenarioAllocation> ScenarioRepository::allocations_of(
    std::int64_t scenario_id) const {
  const long long id = scenario_id;
  std::vector<core::ScenarioAllocation> list;
  soci::rowset<soci::row> rows =
      (database_.session().prepare << "SELECT territory_code, fte_hundredths"
                                      " FROM scenario_allocations WHERE scenario_id = :id"
                                      " ORDER BY territory_code",
       soci::use(id));
  for (const auto& row : rows) {
    list.push_back({row.get<std::string>(0),
                    core::Fte::from_hundredths(static_cast<int>(integer_at(row, 1)))});
  }
  return list;
}

std::optional<core::Scenario> ScenarioRepository::find(std::int64_t scenario_id) const {
  const long long id = scenario_id;
  std::optional<core::Scenario> found;
  {
    soci::rowset<soci::row> rows =
        (database_.session().prepare << std::string(kSelect) + " WHERE id = :id", soci::use(id));
    for (const auto& row : rows) found = from_row(row);
  }
  if (found) found->allocations = allocations_of(found->id);
  return found;
}

std::vector<core::Scenario> ScenarioRepository::list_for_caf(const std::string& departement,
                                                             core::ScenarioKind kind) const {
  const std::string kind_code(core::code_of(kind));
  std::vector<core::Scenario> scenarios;
  {
    soci::rowset<soci::row> rows =
        (database_.session().prepare << std::string(kSelect) +
                                            " WHERE caf_departement = :departement AND kind = :kind"
                                            " ORDER BY created_at DESC, id DESC",
         soci::use(departement), soci::use(kind_code));
    for (const auto& row : rows) scenarios.push_back(from_row(row));
  }
  for (auto& scenario : scenarios) scenario.allocations = allocations_of(scenario.id);
  return scenarios;
}

}  // namespace maillage::store
