#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/decimal.hpp"

namespace maillage::core {

// Whose workspace: one CTG's, or the Caf's own (ctg_id 0) for its departmental network.
struct WorkspaceScope {
  std::int64_t ctg_id = 0;
  std::string caf_departement;

  bool is_caf() const { return ctg_id == 0; }
  // "ctg:12", "caf:30": the key references are unique under.
  std::string key() const;
};

// One record of the workspace: an objective, an action, a meeting… Its values are kept in
// canonical form per field code (see workspace_values.hpp); an empty value is absent.
struct WorkspaceRecord {
  std::int64_t id = 0;
  WorkspaceScope scope;
  std::string kind;
  std::string reference;
  int version = 1;
  std::map<std::string, std::string> values;
  std::string updated_at;  // "2026-12-06T10:15:00Z"
  std::string updated_by;  // who saved it last, as shown

  const std::string& value(std::string_view field) const;
  std::optional<Date> date(std::string_view field) const;
  std::optional<Decimal> decimal(std::string_view field) const;
  std::optional<long long> integer(std::string_view field) const;
  std::vector<std::string> references(std::string_view field) const;
  bool yes(std::string_view field) const { return value(field) == "oui"; }
};

// "A-001, B-002" → {"A-001", "B-002"}; blanks dropped.
std::vector<std::string> split_references(std::string_view text);

}  // namespace maillage::core
