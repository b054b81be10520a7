#include "app/redeployment_service.hpp"

#include <fmt/core.h>

#include <cctype>

#include "app/redeployment_messages_fr.hpp"
#include "core/redeployment_messages_fr.hpp"
#include "core/text.hpp"

namespace maillage::app {

namespace {

namespace msg = redeployment_messages;

constexpr std::int64_t kMaxBudgetCents = 100000000000;  // 1 milliard d'euros

const std::vector<std::string> kSettingKeys{"mode",      "total_etp",        "budget",
                                            "base_cout", "poids_structures", "plancher",
                                            "pas",       "variation_max",    "beneficiaires"};

std::string value_of(const RedeploymentFields& fields, const std::string& name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string{} : std::string(core::trim(it->second));
}

// Why a number was refused: a sign, too many decimals, too large, or not a number at all.
std::string number_error(const std::string& text, std::string_view what, std::string_view example,
                         std::string_view maximum) {
  const std::string compact = core::strip_spaces(text);
  if (!compact.empty() && (compact[0] == '-' || compact.rfind("\xE2\x88\x92", 0) == 0)) {
    return msg::negative(text, what);
  }
  // Digits, at most one separator, then only a unit ("ETP", "€", "%") or nothing.
  std::size_t integer_digits = 0;
  std::size_t decimals = 0;
  bool separator = false;
  std::size_t i = 0;
  for (; i < compact.size(); ++i) {
    const char c = compact[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++(separator ? decimals : integer_digits);
    } else if ((c == ',' || c == '.') && !separator) {
      separator = true;
    } else {
      break;
    }
  }
  const std::string unit = core::to_lower_ascii(compact.substr(i));
  const bool numeric = integer_digits > 0 && (unit.empty() || unit == "etp" || unit == "%" ||
                                              unit == "\xE2\x82\xAC" || unit == "eur");
  if (numeric && decimals > 2) return msg::too_many_decimals(text, what);
  if (numeric && (!separator || decimals > 0)) return msg::too_large(text, maximum);
  return msg::not_a_number(text, example);
}

std::optional<core::Fte> read_fte(const RedeploymentFields& fields, const std::string& name,
                                  bool required, std::vector<ImportError>& errors) {
  const std::string text = value_of(fields, name);
  if (text.empty()) {
    if (required) errors.push_back({0, name, msg::required()});
    return std::nullopt;
  }
  const auto value = core::parse_fte(text);  // at most 1 000 ETP
  if (!value)
    errors.push_back({0, name, number_error(text, "un nombre d'ETP", "14,75", "1 000 ETP")});
  return value;
}

core::Fte fte_or(const std::optional<core::Fte>& value, int hundredths) {
  return value.value_or(core::Fte::from_hundredths(hundredths));
}

// The most the doctrine's funding formula pays for one FTE on `date`.
std::optional<core::Money> ceiling_per_fte(const core::Doctrine* doctrine, core::Date date,
                                           std::string& text) {
  if (doctrine == nullptr) return std::nullopt;
  for (const auto& rule : doctrine->rules) {
    if (rule.kind != "funding_formula") continue;
    const auto value = [&](const char* role) -> const core::ParameterValue* {
      const auto id = rule.parameters.find(role);
      const core::Parameter* parameter =
          id == rule.parameters.end() ? nullptr : doctrine->parameter(id->second);
      return parameter ? parameter->value_on(date) : nullptr;
    };
    const auto* rate = value("rate");
    const auto* ceiling = value("ceiling_per_fte");
    if (!rate || !ceiling || !std::holds_alternative<core::Percent>(*rate) ||
        !std::holds_alternative<core::Money>(*ceiling)) {
      return std::nullopt;
    }
    const auto percent = std::get<core::Percent>(*rate);
    const auto money = std::get<core::Money>(*ceiling);
    if (rule.ceiling_base == core::CeilingBase::kFunding) {
      text = fmt::format("plafond de financement de {} par ETP, doctrine {}",
                         core::format_money(money), doctrine->id);
      return money;
    }
    text = fmt::format("plafond de dépense de {} × taux de {}, doctrine {}",
                       core::format_money(money), core::format_percent(percent), doctrine->id);
    return core::scale(money, percent.basis_points(), 10000);
  }
  return std::nullopt;
}

void read_cost(const RedeploymentFields& fields, const core::DepartementIndicators& indicators,
               const core::Doctrine* doctrine, RedeploymentPlan& plan) {
  const std::string basis = value_of(fields, "base_cout");
  if (basis == "moyenne") {
    plan.cost_basis = CostBasis::kMean;
    plan.cost_per_fte = indicators.totals.funding_per_fte;
    plan.cost_basis_text = "financement Caf moyen par ETP financé aujourd'hui dans le département";
  } else if (basis.empty() || basis == "plafond") {
    plan.cost_per_fte = ceiling_per_fte(doctrine, indicators.date, plan.cost_basis_text);
    if (!plan.cost_per_fte) plan.cost_basis_text = "le plafond de la doctrine";
  } else {
    plan.errors.push_back({0, "base_cout", msg::bad_choice(basis)});
  }
}

void read_budget(const RedeploymentFields& fields, RedeploymentPlan& plan) {
  const std::string text = value_of(fields, "budget");
  std::optional<core::Money> budget;
  if (text.empty()) {
    plan.errors.push_back({0, "budget", msg::required()});
  } else if (!(budget = core::parse_money(text)) || budget->cents() < 0) {
    plan.errors.push_back(
        {0, "budget", number_error(text, "un budget", "500 000", "1 000 000 000 €")});
    budget.reset();
  } else if (budget->cents() > kMaxBudgetCents) {
    plan.errors.push_back({0, "budget", msg::too_large(text, "1 000 000 000 €")});
    budget.reset();
  }
  if (!budget) return;
  plan.budget = *budget;
  if (!plan.cost_per_fte) {
    plan.errors.push_back({0, "base_cout", msg::no_cost_per_fte(plan.cost_basis_text)});
    return;
  }
  plan.settings.total = core::fte_for_budget(*budget, *plan.cost_per_fte, plan.settings.step);
  if (plan.settings.total.is_zero() && !budget->is_zero()) {
    plan.errors.push_back({0, "budget",
                           msg::budget_too_small(core::format_money(*budget),
                                                 core::format_money(*plan.cost_per_fte))});
  }
}

}  // namespace

const std::vector<std::string>& redeployment_setting_keys() {
  return kSettingKeys;
}

RedeploymentFields default_redeployment_fields(const core::DepartementIndicators& indicators) {
  const int step = 5;
  const int total = indicators.totals.fte.hundredths() - indicators.totals.fte.hundredths() % step;
  return {{"mode", "etp"},
          {"total_etp", core::format_fte(core::Fte::from_hundredths(total))},
          {"budget", ""},
          {"base_cout", "plafond"},
          {"poids_structures", "0"},
          {"plancher", "0,5"},
          {"pas", "0,05"},
          {"variation_max", ""},
          {"beneficiaires", "tous"}};
}

RedeploymentPlan read_redeployment_plan(const RedeploymentFields& fields,
                                        const core::DepartementIndicators& indicators,
                                        const core::Doctrine* doctrine) {
  RedeploymentPlan plan;
  auto& settings = plan.settings;
  auto& errors = plan.errors;
  settings.step = fte_or(read_fte(fields, "pas", true, errors), 5);
  if (settings.step.is_zero()) {
    errors.push_back({0, "pas", "le pas doit être supérieur à zéro (par exemple 0,05)"});
    settings.step = core::Fte::from_hundredths(5);
  }
  const std::string weight_text = value_of(fields, "poids_structures");
  if (!weight_text.empty()) {
    const auto weight = core::parse_percent(weight_text);
    if (!weight) {
      errors.push_back(
          {0, "poids_structures", number_error(weight_text, "un pourcentage", "25", "100 %")});
    } else if (weight->basis_points() > 10000) {
      errors.push_back({0, "poids_structures", msg::too_large(weight_text, "100 %")});
    } else {
      settings.structures_weight = *weight;
    }
  }
  settings.floor = fte_or(read_fte(fields, "plancher", false, errors), 0);
  settings.max_change = read_fte(fields, "variation_max", false, errors);
  const std::string receivers = value_of(fields, "beneficiaires");
  if (receivers == "ctg") {
    settings.ctg_only = true;
  } else if (!receivers.empty() && receivers != "tous") {
    errors.push_back({0, "beneficiaires", msg::bad_choice(receivers)});
  }
  read_cost(fields, indicators, doctrine, plan);
  const std::string mode = value_of(fields, "mode");
  if (mode == "budget") {
    plan.by_budget = true;
    read_budget(fields, plan);
  } else if (mode.empty() || mode == "etp") {
    settings.total = fte_or(read_fte(fields, "total_etp", true, errors), 0);
  } else {
    errors.push_back({0, "mode", msg::bad_choice(mode)});
  }
  return plan;
}

RedeploymentOutcome propose_redeployment(const core::DepartementIndicators& indicators,
                                         const RedeploymentPlan& plan) {
  RedeploymentOutcome outcome;
  outcome.proposal = core::propose_redeployment(indicators.territories, plan.settings);
  if (outcome.proposal.refusal) {
    using Refusal = core::RedeploymentRefusal;
    outcome.refusal = core::messages::redeployment_refusal(plan.settings, outcome.proposal);
    switch (*outcome.proposal.refusal) {
      case Refusal::kStepZero:
        outcome.refusal_field = "pas";
        break;
      case Refusal::kFloorNotOnStep:
        outcome.refusal_field = "plancher";
        break;
      case Refusal::kWeightAbove100:
        outcome.refusal_field = "poids_structures";
        break;
      case Refusal::kNoTerritory:
        outcome.refusal_field = "beneficiaires";
        break;
      case Refusal::kTotalNotOnStep:
      case Refusal::kTotalBelowFloors:
      case Refusal::kTotalAboveLimits:
        outcome.refusal_field = plan.by_budget ? "budget" : "total_etp";
        break;
    }
    return outcome;
  }
  if (plan.by_budget && plan.cost_per_fte) {
    outcome.method.push_back(
        core::messages::budget_conversion(plan.budget, *plan.cost_per_fte, plan.cost_basis_text,
                                          plan.settings.total, plan.settings.step));
  }
  for (auto& sentence : core::messages::redeployment_method(plan.settings, outcome.proposal)) {
    outcome.method.push_back(std::move(sentence));
  }
  return outcome;
}

std::string allocation_field(const std::string& territory_code) {
  return "etp_" + territory_code;
}

AllocationInput read_allocation(const RedeploymentFields& fields,
                                const core::DepartementIndicators& indicators,
                                std::span<const core::Fte> fallback) {
  AllocationInput input;
  for (std::size_t i = 0; i < indicators.territories.size(); ++i) {
    const std::string field = allocation_field(indicators.territories[i].code);
    const core::Fte proposed = i < fallback.size() ? fallback[i] : core::Fte{};
    if (fields.find(field) == fields.end()) {
      input.values.push_back(proposed);
      input.typed[field] = core::format_fte(proposed);
      continue;
    }
    input.typed[field] = value_of(fields, field);
    // A refused value counts as the proposal's meanwhile, so the other figures stay readable.
    input.values.push_back(
        fte_or(read_fte(fields, field, true, input.errors), proposed.hundredths()));
  }
  return input;
}

nlohmann::json plan_parameters(const RedeploymentFields& fields, core::Date date) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& key : kSettingKeys) json[key] = value_of(fields, key);
  json["date"] = core::format_iso_date(date);
  return json;
}

RedeploymentFields fields_from_parameters(const std::string& parameters_json) {
  RedeploymentFields fields;
  const auto json = nlohmann::json::parse(parameters_json, nullptr, false);
  if (!json.is_object()) return fields;
  for (const auto& key : kSettingKeys) {
    if (const auto it = json.find(key); it != json.end() && it->is_string()) {
      fields[key] = it->get<std::string>();
    }
  }
  return fields;
}

}  // namespace maillage::app
