#pragma once
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/finding.hpp"
#include "core/fte.hpp"
#include "core/money.hpp"
#include "core/post.hpp"
#include "core/source.hpp"

namespace maillage::core {

using CodeList = std::vector<std::string>;
using ParameterValue = std::variant<Money, Fte, Percent, Date, int, CodeList>;

// A parameter's value from an effective date on (OpenFisca's `values:` keyed by date).
struct DatedValue {
  Date from;
  ParameterValue value;
};

// A named, dated, sourced figure of a doctrine: a rate, a ceiling, a threshold, a phase date, a
// list.
struct Parameter {
  std::string id;
  std::string label;  // French, for explanations
  Source source;
  std::vector<DatedValue> values;  // sorted by `from`, ascending

  // The value in force on `date`, or nothing before the first effective date.
  const ParameterValue* value_on(Date date) const;
};

// When a rule starts to bite (the Gard doctrine's three phases).
enum class Phase {
  kImmediate,        // from the doctrine's effective date
  kRenewal,          // from the renewal of the CTG (phase 2)
  kEndOfRenewedCtg,  // after the end of the renewed CTG (phase 3)
};

// Which posts a rule looks at.
enum class Scope { kAll, kExisting, kCreated };

// Where a funding ceiling applies: to the eligible cost, or to the Caf's funding.
enum class CeilingBase { kCost, kFunding };

// One rule of a doctrine: what it checks (`kind`, implemented in C++), with which parameters,
// what happens when it fails, and the sentence of the seed it implements.
struct Rule {
  std::string id;         // "GARD-25PCT"
  std::string kind;       // "min_mission_share"
  std::string statement;  // short French statement shown in explanations
  Source source;
  std::string choice;  // where the seed leaves a point open: what we chose and why
  Level outcome = Level::kExclusion;
  Phase phase = Phase::kImmediate;
  Scope scope = Scope::kAll;
  std::map<std::string, std::string> parameters;  // role in the rule -> parameter id
  std::vector<PostFunction> functions;            // for function rules
  std::vector<EmployerKind> employers;            // for employer rules
  CeilingBase ceiling_base = CeilingBase::kCost;  // for the funding formula
};

// A Caf's doctrine: its parameters keyed by effective date and its rules, each with its source.
struct Doctrine {
  std::string id;    // "gard-2024"
  std::string name;  // "Caf du Gard — doctrine de mise en conformité (CAS du 15/11/2024)"
  std::string caf_name;
  std::optional<std::string> departement;  // none for the national rate
  Date valid_from;
  Date last_checked;  // the day someone last checked the values still hold
  std::map<std::string, Parameter> parameters;
  std::vector<Rule> rules;

  const Parameter* parameter(const std::string& id) const;
  const Rule* rule(const std::string& id) const;
};

// The parameter kinds a rule kind expects, so a doctrine file can be checked when loaded.
struct RuleKindSpec {
  std::string kind;
  std::vector<std::pair<std::string, std::size_t>> parameters;  // role -> ParameterValue index
  bool post_level = true;                                       // false: evaluated per CTG
};
const std::vector<RuleKindSpec>& rule_kind_specs();
const RuleKindSpec* find_rule_kind(const std::string& kind);

}  // namespace maillage::core
