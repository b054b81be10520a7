#include "core/doctrine.hpp"

#include <algorithm>

namespace maillage::core {

const ParameterValue* Parameter::value_on(Date date) const {
  const ParameterValue* found = nullptr;
  for (const auto& dated : values) {
    if (dated.from <= date) found = &dated.value;
  }
  return found;
}

const Parameter* Doctrine::parameter(const std::string& parameter_id) const {
  const auto it = parameters.find(parameter_id);
  return it == parameters.end() ? nullptr : &it->second;
}

const Rule* Doctrine::rule(const std::string& rule_id) const {
  const auto it = std::find_if(rules.begin(), rules.end(),
                               [&](const Rule& candidate) { return candidate.id == rule_id; });
  return it == rules.end() ? nullptr : &*it;
}

const std::vector<RuleKindSpec>& rule_kind_specs() {
  // Indexes follow ParameterValue: 0 Money, 1 Fte, 2 Percent, 3 Date, 4 int, 5 CodeList.
  static const std::vector<RuleKindSpec> kSpecs{
      {"ctg_in_force", {}, true},
      {"max_total_fte", {{"max", 1}}, true},
      {"mission_within_holder_fte", {}, true},
      {"funding_formula", {{"rate", 2}, {"ceiling_per_fte", 0}}, true},
      {"min_mission_share", {{"threshold", 2}}, true},
      {"min_mission_fte", {{"threshold", 1}}, true},
      {"excluded_function", {}, true},
      {"service_funded_function", {}, true},
      {"intercommunal_level", {{"exceptions", 5}}, true},
      {"derogatory_employer", {}, true},
      {"min_qualification", {{"level", 4}}, true},
      {"caf_in_recruitment", {}, true},
      {"network_participation", {}, true},
      {"annual_report", {}, true},
      {"vacancy", {{"months", 4}}, true},
      {"cooperation_committee", {{"min_posts", 4}}, false},
  };
  return kSpecs;
}

const RuleKindSpec* find_rule_kind(const std::string& kind) {
  const auto& specs = rule_kind_specs();
  const auto it = std::find_if(specs.begin(), specs.end(),
                               [&](const RuleKindSpec& spec) { return spec.kind == kind; });
  return it == specs.end() ? nullptr : &*it;
}

}  // namespace maillage::core
