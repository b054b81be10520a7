#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/doctrine.hpp"
#include "core/source.hpp"

namespace maillage::core {

// A new value for one parameter of a doctrine, typed like the parameter.
struct ParameterChange {
  std::string parameter_id;
  ParameterValue value;
  // From when the new value holds; none: the simulated date, so it replaces the value in force.
  std::optional<Date> from;
};

// What a user wants to try on a doctrine: new parameter values and rules switched off. Applied to
// a copy: the stored doctrine and data are never touched.
struct DoctrineChanges {
  std::vector<ParameterChange> parameters;
  std::vector<std::string> disabled_rules;  // rule ids
  std::optional<Date> from;                 // default effective date of every change

  bool empty() const { return parameters.empty() && disabled_rules.empty(); }
};

// A refused change: the parameter (or "rules.ID") it concerns and a French message naming it.
struct ChangeError {
  std::string key;
  std::string message;
};

// One change as applied, for display: what was in force on the date and what replaces it.
struct AppliedChange {
  std::string id;  // parameter id, or rule id when `is_rule`
  std::string label;
  bool is_rule = false;
  std::string before;  // French text: "48 000 €", "80 %", "appliquée"
  std::string after;   // "50 000 €", "désactivée"
  Date from;
  Source source;
};

struct ChangedDoctrine {
  Doctrine doctrine;                   // the copy, with the changes
  std::vector<AppliedChange> applied;  // in the order of the changes, rules last
};

using ChangedDoctrineOrErrors = std::variant<ChangedDoctrine, std::vector<ChangeError>>;

// Applies `changes` to a copy of `doctrine` for a simulation on `date`. A new value from D drops
// the values dated D or later and holds from D on. Refuses unknown parameters and rules, values
// of another kind than the parameter's, out-of-range values, and switching off the funding
// formula (without it nothing is funded: that is not a doctrine).
ChangedDoctrineOrErrors apply_changes(const Doctrine& doctrine, const DoctrineChanges& changes,
                                      Date date);

// The kind of a parameter's values: the index of its ParameterValue alternative (0 Money, 1 Fte,
// 2 Percent, 3 Date, 4 int, 5 CodeList), read from its first value.
// (French unit names and examples: core/simulation_messages_fr.hpp.)
std::optional<std::size_t> parameter_kind(const Parameter& parameter);

// Parses what a user typed for `parameter` (French formats: "50 000", "60", "0,5", "01/01/2027",
// codes separated by commas or spaces). On error: a French message naming the parameter.
std::variant<ParameterValue, std::string> parse_parameter_value(const Parameter& parameter,
                                                                std::string_view text);

// A value in French: "48 000 €", "0,5 ETP", "80 %", "01/01/2026", "2", "243000643, 200034379"
// ("aucun" for an empty list).
std::string format_parameter_value(const ParameterValue& value);
// The same as a user would type it back: "48 000", "0,5", "80", "01/01/2026", "2", "a, b".
std::string input_text(const ParameterValue& value);

}  // namespace maillage::core
