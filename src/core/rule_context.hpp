#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/convention.hpp"
#include "core/doctrine.hpp"
#include "core/finding.hpp"
#include "core/post.hpp"
#include "core/territory.hpp"

namespace maillage::core {

// What a post-level rule sees.
struct PostContext {
  const Doctrine& doctrine;
  Date date;
  const Post& post;
  const Territory* territory;           // nullptr when the code is unknown
  const std::vector<const Ctg*>& ctgs;  // CTGs covering the territory, oldest first
  const Ctg* ctg;                       // the one in force on `date`, or nullptr
};

// What a rule says about a post. `level` defaults to the rule's outcome; `phased` false means
// the rule's phase does not apply (the finding is about today's facts, e.g. a vacancy).
struct RuleOutcome {
  explicit RuleOutcome(std::string text, std::optional<Level> level_override = std::nullopt,
                       std::optional<Date> due = std::nullopt, bool follows_phase = true)
      : message(std::move(text)), level(level_override), deadline(due), phased(follows_phase) {}

  std::string message;
  std::optional<Level> level;
  std::optional<Date> deadline;
  bool phased = true;
};

// The value of the parameter a rule names for `role`, on the context's date.
template <typename T>
const T* rule_parameter(const Rule& rule, const Doctrine& doctrine, const std::string& role,
                        Date date) {
  const auto it = rule.parameters.find(role);
  if (it == rule.parameters.end()) return nullptr;
  const Parameter* parameter = doctrine.parameter(it->second);
  if (parameter == nullptr) return nullptr;
  const ParameterValue* value = parameter->value_on(date);
  return value == nullptr ? nullptr : std::get_if<T>(value);
}

using PostCheck = std::optional<RuleOutcome> (*)(const Rule&, const PostContext&);
// The C++ check behind a post-level rule kind, or nullptr.
PostCheck find_post_check(const std::string& kind);

}  // namespace maillage::core
