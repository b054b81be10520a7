#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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
  const Territory* epci;                // a commune's EPCI when known, else nullptr (for hints)
  const std::vector<const Ctg*>& ctgs;  // CTGs covering the territory, oldest first
  const Ctg* ctg;                       // the one in force on `date`, or nullptr
};

// What a rule says about a post. `level` defaults to the rule's outcome; `phased` false means
// the rule's phase does not apply (the finding is about today's facts, e.g. a vacancy).
struct RuleOutcome {
  explicit RuleOutcome(std::string text, std::optional<Level> level_override = std::nullopt,
                       std::optional<Date> due = std::nullopt, bool follows_phase = true)
      : message(std::move(text)), level(level_override), deadline(due), phased(follows_phase) {}

  // Adds what would change the outcome (Finding::remedy).
  RuleOutcome&& with_remedy(std::string text) && {
    remedy = std::move(text);
    return std::move(*this);
  }

  std::string message;
  std::string remedy;
  std::optional<Level> level;
  std::optional<Date> deadline;
  bool phased = true;
};

// A rule with the values of its parameters on one date and its citation, resolved once per
// evaluation rather than once per post.
struct DatedRule {
  const Rule* rule = nullptr;
  std::string citation;
  std::vector<std::pair<std::string, const ParameterValue*>> values;  // role -> value or nullptr

  // The value for `role` on the date, or nullptr (no such role, or no value yet on that date).
  template <typename T>
  const T* parameter(std::string_view role) const {
    for (const auto& [candidate, value] : values) {
      if (candidate == role) return value == nullptr ? nullptr : std::get_if<T>(value);
    }
    return nullptr;
  }
  // The parameter id behind `role`, for messages.
  std::string parameter_id(const std::string& role) const;
};

DatedRule date_rule(const Rule& rule, const Doctrine& doctrine, Date date);

using PostCheck = std::optional<RuleOutcome> (*)(const DatedRule&, const PostContext&);
// The C++ check behind a post-level rule kind, or nullptr.
PostCheck find_post_check(const std::string& kind);

}  // namespace maillage::core
