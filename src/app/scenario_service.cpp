#include "app/scenario_service.hpp"

#include <algorithm>

#include "app/audit_trail.hpp"
#include "app/redeployment_messages_fr.hpp"
#include "core/access_policy.hpp"
#include "core/text.hpp"
#include "store/scenario_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

namespace msg = redeployment_messages;

// The draft as a scenario of the actor's Caf, with every error found.
core::Scenario checked_scenario(store::Database& database, const core::Actor& actor,
                                const ScenarioDraft& draft, std::vector<ImportError>& errors) {
  core::Scenario scenario;
  scenario.caf_departement = actor.caf_departement;
  scenario.kind = core::ScenarioKind::kRedeploiement;
  scenario.name = std::string(core::trim(draft.name));
  scenario.on_date = draft.on_date;
  scenario.parameters_json = draft.parameters.dump();
  scenario.allocations = draft.allocations;
  if (actor.user_id != 0) scenario.created_by = actor.user_id;
  if (scenario.name.empty()) {
    errors.push_back({0, "nom", msg::required()});
  } else if (const auto length = core::display_width(scenario.name); length > kMaxScenarioName) {
    errors.push_back({0, "nom", msg::name_too_long(length, kMaxScenarioName)});
  }
  std::vector<std::string> epcis;
  for (const auto& territory :
       store::TerritoryRepository(database).list_epcis(actor.caf_departement)) {
    epcis.push_back(territory.code);
  }
  for (const auto& allocation : scenario.allocations) {
    if (std::find(epcis.begin(), epcis.end(), allocation.territory_code) == epcis.end()) {
      errors.push_back({0, "etp_" + allocation.territory_code,
                        msg::unknown_territory(allocation.territory_code)});
    }
  }
  return scenario;
}

}  // namespace

bool may_steer(const core::Actor& actor) {
  return core::role_allows(actor.role, core::Permission::kReadCafPortfolio) &&
         !actor.caf_departement.empty();
}

nlohmann::json scenario_audit_json(const core::Scenario& scenario) {
  nlohmann::json allocations = nlohmann::json::object();
  for (const auto& allocation : scenario.allocations) {
    allocations[allocation.territory_code] = core::format_fte(allocation.fte);
  }
  return {{"nom", scenario.name},
          {"date", core::format_date(scenario.on_date)},
          {"parametres", nlohmann::json::parse(scenario.parameters_json, nullptr, false)},
          {"etp", allocations}};
}

std::optional<core::Scenario> visible_scenario(store::Database& database, const core::Actor& actor,
                                               std::int64_t id) {
  if (!may_steer(actor)) return std::nullopt;
  auto scenario = store::ScenarioRepository(database).find(id);
  if (!scenario || scenario->caf_departement != actor.caf_departement) return std::nullopt;
  return scenario;
}

std::vector<core::Scenario> list_scenarios(store::Database& database, const core::Actor& actor) {
  if (!may_steer(actor)) return {};
  return store::ScenarioRepository(database).list_for_caf(actor.caf_departement,
                                                          core::ScenarioKind::kRedeploiement);
}

SaveResult<core::Scenario> create_scenario(store::Database& database, const core::Actor& actor,
                                           const ScenarioDraft& draft, Timestamp now) {
  SaveResult<core::Scenario> result;
  if (!may_steer(actor)) {
    result.status = SaveStatus::kForbidden;
    return result;
  }
  result.record = checked_scenario(database, actor, draft, result.errors);
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  result.record.created_at = iso_timestamp(now);
  result.record.version = 1;
  store::in_transaction(database, [&] {
    result.record.id = store::ScenarioRepository(database).insert(result.record);
    record_audit(database, actor,
                 {"scenario", std::to_string(result.record.id), "create", 1, std::nullopt,
                  scenario_audit_json(result.record),
                  "Création du scénario de redéploiement « " + result.record.name + " »"},
                 now);
  });
  return result;
}

SaveResult<core::Scenario> update_scenario(store::Database& database, const core::Actor& actor,
                                           std::int64_t id, const ScenarioDraft& draft,
                                           int expected_version, Timestamp now) {
  SaveResult<core::Scenario> result;
  const auto current = visible_scenario(database, actor, id);
  if (!current) {
    result.status = may_steer(actor) ? SaveStatus::kNotFound : SaveStatus::kForbidden;
    return result;
  }
  core::Scenario scenario = checked_scenario(database, actor, draft, result.errors);
  scenario.id = id;
  scenario.created_at = current->created_at;
  scenario.created_by = current->created_by;
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    result.record = std::move(scenario);
    return result;
  }
  const bool saved = store::in_transaction(database, [&] {
    if (!store::ScenarioRepository(database).update_if_version(scenario, expected_version)) {
      return false;
    }
    scenario.version = expected_version + 1;
    record_audit(database, actor,
                 {"scenario", std::to_string(id), "update", scenario.version,
                  scenario_audit_json(*current), scenario_audit_json(scenario),
                  "Modification du scénario de redéploiement « " + scenario.name + " »"},
                 now);
    return true;
  });
  if (!saved) {
    result.status = SaveStatus::kStale;
    auto stored = store::ScenarioRepository(database).find(id);
    if (!stored) result.status = SaveStatus::kNotFound;
    result.record = stored ? std::move(*stored) : *current;
    return result;
  }
  result.record = std::move(scenario);
  return result;
}

SaveResult<core::Scenario> delete_scenario(store::Database& database, const core::Actor& actor,
                                           std::int64_t id, int expected_version, Timestamp now) {
  SaveResult<core::Scenario> result;
  const auto current = visible_scenario(database, actor, id);
  if (!current) {
    result.status = may_steer(actor) ? SaveStatus::kNotFound : SaveStatus::kForbidden;
    return result;
  }
  result.record = *current;
  const bool deleted = store::in_transaction(database, [&] {
    if (!store::ScenarioRepository(database).remove_if_version(id, expected_version)) return false;
    record_audit(database, actor,
                 {"scenario", std::to_string(id), "delete", expected_version + 1,
                  scenario_audit_json(*current), std::nullopt,
                  "Suppression du scénario de redéploiement « " + current->name + " »"},
                 now);
    return true;
  });
  if (!deleted) {
    result.status = SaveStatus::kStale;
    if (auto stored = store::ScenarioRepository(database).find(id)) result.record = *stored;
  }
  return result;
}

}  // namespace maillage::app
