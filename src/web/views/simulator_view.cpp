#include "web/views/simulator_view.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "app/request_error.hpp"
#include "core/messages_fr.hpp"
#include "core/simulation_messages_fr.hpp"
#include "core/text.hpp"
#include "web/texts_fr.hpp"
#include "web/views/portfolio_table.hpp"

namespace maillage::web::views {

namespace {

namespace msg = core::change_messages;

constexpr std::string_view kParameterPrefix = "p_";
constexpr std::string_view kRulePrefix = "regle_";

std::string signed_money(core::Money amount) {
  return (amount.cents() > 0 ? "+" : "") + core::format_money(amount);
}

std::string signed_count(int count) {
  return (count > 0 ? "+" : "") + std::to_string(count);
}

std::string signed_fte(core::Fte fte) {
  return (fte.hundredths() > 0 ? "+" : "") + core::format_fte_unit(fte);
}

std::optional<core::Date> read_date(const SimulatorQuery& query, const std::string& field) {
  const auto typed = query.typed.find(field);
  if (typed == query.typed.end() || core::trim(typed->second).empty()) return std::nullopt;
  return core::parse_date(typed->second);
}

// The doctrine's parameters in the order its rules use them (the funding formula's first), then
// any other: the form reads like the doctrine.
std::vector<const core::Parameter*> ordered_parameters(const core::Doctrine& doctrine) {
  std::vector<const core::Parameter*> ordered;
  std::set<std::string> seen;
  const auto add = [&](const std::string& id) {
    const core::Parameter* parameter = doctrine.parameter(id);
    if (parameter != nullptr && seen.insert(id).second) ordered.push_back(parameter);
  };
  std::vector<const core::Rule*> rules;
  for (const auto& rule : doctrine.rules) rules.push_back(&rule);
  std::stable_partition(rules.begin(), rules.end(),
                        [](const core::Rule* rule) { return rule->kind == "funding_formula"; });
  for (const core::Rule* rule : rules) {
    for (const auto& [role, id] : rule->parameters) add(id);
  }
  for (const auto& [id, parameter] : doctrine.parameters) add(id);
  return ordered;
}

std::string error_of(const SimulatorQuery& query, const std::string& field) {
  std::string error;
  for (const auto& [name, message] : query.errors) {
    if (name == field) error += (error.empty() ? "" : " ") + message;
  }
  return error;
}

mstch::array findings_view(const std::vector<core::Finding>& lifted,
                           const std::vector<core::Finding>& added) {
  mstch::array findings;
  for (const auto& finding : lifted) {
    findings.push_back(mstch::map{{"text", msg::finding_lifted(finding)}, {"lifted", true}});
  }
  for (const auto& finding : added) {
    findings.push_back(mstch::map{{"text", msg::finding_new(finding)}, {"lifted", false}});
  }
  return findings;
}

mstch::map budget_row(const std::string& label, std::string before, std::string after,
                      std::string difference) {
  return mstch::map{
      {"label", label}, {"before", before}, {"after", after}, {"difference", difference}};
}

mstch::array budget_view(const core::BudgetComparison& budget) {
  const auto& before = budget.verdicts_before;
  const auto& after = budget.verdicts_after;
  return mstch::array{
      budget_row("Financement Caf", core::format_money(budget.before.funding),
                 core::format_money(budget.after.funding), signed_money(budget.difference())),
      budget_row("ETP financés", core::format_fte_unit(budget.before.fte_funded),
                 core::format_fte_unit(budget.after.fte_funded),
                 signed_fte(budget.fte_difference())),
      budget_row("Postes éligibles", std::to_string(before.eligible),
                 std::to_string(after.eligible), signed_count(after.eligible - before.eligible)),
      budget_row("Postes à mettre en conformité", std::to_string(before.to_fix),
                 std::to_string(after.to_fix), signed_count(after.to_fix - before.to_fix)),
      budget_row("Postes exclus", std::to_string(before.excluded), std::to_string(after.excluded),
                 signed_count(after.excluded - before.excluded)),
  };
}

}  // namespace

std::string parameter_field(const std::string& parameter_id) {
  return std::string(kParameterPrefix) + parameter_id;
}

std::string rule_field(const std::string& rule_id) {
  return std::string(kRulePrefix) + rule_id;
}

SimulatorQuery read_simulator_query(const Request& request, const core::Doctrine& doctrine,
                                    core::Date today) {
  SimulatorQuery query;
  query.date = today;
  for (const auto& [key, value] : request.query) query.typed.emplace(key, value);
  for (const auto& [field, target] : {std::pair<std::string, bool>{"date", true},
                                      std::pair<std::string, bool>{"depuis", false}}) {
    const auto typed = query.typed.find(field);
    if (typed == query.typed.end() || core::trim(typed->second).empty()) continue;
    const auto date = read_date(query, field);
    if (!date) {
      query.errors.emplace_back(
          field, fmt::format("« {} » n'est pas une date : écrivez 31/01/2027.", typed->second));
    } else if (target) {
      query.date = *date;
    } else {
      query.changes.from = *date;
    }
  }
  for (const core::Parameter* parameter : ordered_parameters(doctrine)) {
    const auto typed = query.typed.find(parameter_field(parameter->id));
    if (typed == query.typed.end()) continue;
    query.submitted = true;
    if (core::trim(typed->second).empty()) continue;  // unchanged
    auto value = core::parse_parameter_value(*parameter, typed->second);
    if (auto* problem = std::get_if<std::string>(&value)) {
      query.errors.emplace_back(typed->first, *problem);
    } else {
      query.changes.parameters.push_back(
          {parameter->id, std::move(std::get<core::ParameterValue>(value)), std::nullopt});
    }
  }
  for (const auto& [key, value] : query.typed) {
    if (key.starts_with(kParameterPrefix)) {
      const std::string id = key.substr(kParameterPrefix.size());
      if (doctrine.parameter(id) == nullptr) {
        query.errors.emplace_back("", msg::unknown_parameter(id, doctrine));
      }
    } else if (key.starts_with(kRulePrefix)) {
      query.submitted = true;
      if (!core::trim(value).empty()) {
        query.changes.disabled_rules.push_back(key.substr(kRulePrefix.size()));
      }
    }
  }
  return query;
}

void add_change_errors(SimulatorQuery& query, const std::vector<core::ChangeError>& errors) {
  for (const auto& error : errors) {
    const bool rule = error.key.starts_with("rules.");
    // A rule switch is a check box: its error goes to the summary, without a link.
    query.errors.emplace_back(rule ? "" : parameter_field(error.key), error.message);
  }
}

std::optional<app::Simulation> simulation_for_request(RequestContext& context) {
  const std::string& departement = context.user().caf_departement;
  const auto today = context.snapshot();
  const core::Doctrine& doctrine =
      app::caf_doctrine(today->facts(), context.services.doctrines, departement);
  SimulatorQuery query = read_simulator_query(context.request, doctrine, context.today);
  if (query.errors.empty() && query.changes.empty()) return std::nullopt;
  if (query.errors.empty()) {
    auto result = app::simulate(*context.snapshot_on(query.date), context.services.doctrines,
                                departement, query.changes);
    if (auto* simulation = std::get_if<app::Simulation>(&result)) return std::move(*simulation);
    add_change_errors(query, std::get<std::vector<core::ChangeError>>(result));
  }
  std::string message = "Simulation impossible :";
  for (const auto& [field, error] : query.errors) message += " " + error;
  throw app::RequestError(message);
}

mstch::map simulator_form(const core::Doctrine& doctrine, const SimulatorQuery& query) {
  const auto typed = [&](const std::string& field) {
    const auto it = query.typed.find(field);
    return it == query.typed.end() ? std::string() : it->second;
  };
  mstch::array parameters;
  for (const core::Parameter* parameter : ordered_parameters(doctrine)) {
    const std::string field = parameter_field(parameter->id);
    const auto kind = core::parameter_kind(*parameter);
    const core::ParameterValue* in_force = parameter->value_on(query.date);
    parameters.push_back(mstch::map{
        {"field", field},
        {"id", parameter->id},
        {"label", parameter->label},
        {"unit", std::string(kind ? msg::kind_unit(*kind) : "")},
        {"example", std::string(kind ? msg::kind_example(*kind) : "")},
        {"in_force",
         in_force ? core::format_parameter_value(*in_force) : std::string(msg::kNoValue)},
        {"citation", parameter->source.citation()},
        {"quote", parameter->source.quote},
        {"value", typed(field)},
        {"error", error_of(query, field)},
        {"numeric", kind && *kind <= 2},
    });
  }
  mstch::array rules;
  for (const auto& rule : doctrine.rules) {
    if (rule.kind == "funding_formula") continue;  // cannot be switched off
    const std::string field = rule_field(rule.id);
    rules.push_back(mstch::map{{"field", field},
                               {"id", rule.id},
                               {"statement", rule.statement},
                               {"citation", rule.source.citation()},
                               {"checked", !core::trim(typed(field)).empty()}});
  }
  mstch::array errors;
  for (const auto& [field, message] : query.errors) {
    mstch::map entry{{"message", message}};
    if (!field.empty()) {
      entry["field"] = field;
      const core::Parameter* parameter =
          field.starts_with(kParameterPrefix)
              ? doctrine.parameter(field.substr(kParameterPrefix.size()))
              : nullptr;
      entry["label"] = parameter         ? parameter->label
                       : field == "date" ? std::string("Date simulée")
                                         : std::string("À partir du");
    }
    errors.push_back(entry);
  }
  const std::size_t count = query.errors.size();
  return mstch::map{
      {"doctrine_name", doctrine.name},
      {"date_value", typed("date").empty() ? core::format_date(query.date) : typed("date")},
      {"date_error", error_of(query, "date")},
      {"from_value", typed("depuis")},
      {"from_error", error_of(query, "depuis")},
      {"parameters", parameters},
      {"rules", rules},
      {"form", mstch::map{{"errors", errors},
                          {"error_title", fmt::format("{} ({} erreur{}) :", texts::kFormHasErrors,
                                                      count, count > 1 ? "s" : "")}}},
  };
}

mstch::map simulation_view(const app::Simulation& simulation, const std::string& query_string) {
  const auto& comparison = simulation.comparison;
  mstch::array changes;
  for (const auto& change : simulation.simulated.applied) {
    changes.push_back(mstch::map{{"id", change.id},
                                 {"label", change.label},
                                 {"before", change.before},
                                 {"after", change.after},
                                 {"from", core::format_date(change.from)},
                                 {"citation", change.source.citation()}});
  }
  mstch::array territories;
  for (const auto& territory : comparison.territories) {
    territories.push_back(mstch::map{{"code", territory.code},
                                     {"name", territory.name},
                                     {"href", "/territoires/" + url_encode(territory.code)},
                                     {"posts", std::to_string(territory.posts)},
                                     {"before", core::format_money(territory.funding_before)},
                                     {"after", core::format_money(territory.funding_after)},
                                     {"difference", signed_money(territory.difference())},
                                     {"changed", territory.changed()}});
  }
  mstch::array posts;
  for (const auto& post : comparison.changed_posts) {
    mstch::map view{{"id", post.post_id},
                    {"href", "/postes/" + url_encode(post.post_id)},
                    {"territory", post.territory_name},
                    {"verdict_before", verdict_badge(post.verdict_before)},
                    {"verdict_after", verdict_badge(post.verdict_after)},
                    {"verdict_changed", post.verdict_changed()},
                    {"before", core::format_money(post.funding_before)},
                    {"after", core::format_money(post.funding_after)},
                    {"difference", signed_money(post.difference())},
                    {"findings", findings_view(post.findings_removed, post.findings_added)}};
    if (post.deadline_before) view["deadline_before"] = core::format_date(*post.deadline_before);
    if (post.deadline_after) view["deadline_after"] = core::format_date(*post.deadline_after);
    posts.push_back(view);
  }
  mstch::array ctgs;
  for (const auto& ctg : comparison.changed_ctgs) {
    ctgs.push_back(
        mstch::map{{"territory", ctg.territory_name},
                   {"findings", findings_view(ctg.findings_removed, ctg.findings_added)}});
  }
  const auto& budget = comparison.budget;
  mstch::array notes;
  for (const auto& note : comparison.notes) notes.push_back(note);
  const std::string query = query_string.empty() ? "" : "?" + query_string;
  return mstch::map{
      {"date", core::format_date(comparison.date)},
      {"caf_name", simulation.caf.name},
      {"budget", budget_view(budget)},
      {"difference", signed_money(budget.difference())},
      {"changes", changes},
      {"territories", territories},
      {"total_posts", std::to_string(budget.before.posts)},
      {"total_before", core::format_money(budget.before.funding)},
      {"total_after", core::format_money(budget.after.funding)},
      {"posts", posts},
      {"changed_count", std::to_string(comparison.changed_posts.size())},
      {"verdict_changes", std::to_string(comparison.verdict_changes())},
      {"ctgs", ctgs},
      {"notes", notes},
      {"csv_href", "/pilotage/simulateur.csv" + query},
      {"xlsx_href", "/pilotage/simulateur.xlsx" + query},
      {"note_href", "/pilotage/note.pdf" + query},
  };
}

}  // namespace maillage::web::views
