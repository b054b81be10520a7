#pragma once
#include <string_view>
#include <utility>
#include <vector>

#include "core/role.hpp"
#include "core/source.hpp"

namespace maillage::core {

// The CTG workspace (action plan, meetings, diagnostics, partners, participation…) is a set of
// record kinds described here as data: each field's code is at once the form field, the column of
// the CSV/XLSX file that exports and re-imports the kind, and the key it is stored under. One
// generic validator, store, form and import serve every kind (docs/decisions/007-workspace.md).
enum class FieldType {
  kText,        // one line
  kLongText,    // paragraphs (agenda, minutes, findings)
  kDate,        // stored "2027-01-31", written "31/01/2027"
  kTime,        // "14:30"
  kInteger,     // a count, not negative
  kMoney,       // euros, stored in cents
  kPercent,     // a whole percentage 0–100 (an action's progress)
  kDecimal,     // an indicator's value, exact to the hundredth
  kYesNo,       // "oui" / "non"
  kChoice,      // one code of the field's choices
  kEmail,       // an e-mail address
  kReference,   // the reference of one record of `target` kind in the same workspace
  kReferences,  // several of them, separated by commas
};

struct Choice {
  std::string_view code;   // as written in files: "petite_enfance"
  std::string_view label;  // as shown: "Petite enfance"
};

struct FieldSpec {
  FieldSpec(std::string_view code_, std::string_view label_, FieldType type_,
            bool required_ = false, std::vector<Choice> choices_ = {},
            std::string_view target_ = {}, std::string_view help_ = {})
      : code(code_),
        label(label_),
        type(type_),
        required(required_),
        choices(std::move(choices_)),
        target(target_),
        help(help_) {}

  std::string_view code;
  std::string_view label;
  FieldType type = FieldType::kText;
  bool required = false;
  std::vector<Choice> choices;  // kChoice only
  std::string_view target;      // kReference(s): the kind referred to ("partenaire", "poste")
  std::string_view help;        // shown under the form field
};

// Where a kind's records live: in one CTG's workspace, or in the Caf's own (its departmental
// network meetings).
enum class WorkspaceLevel { kCtg, kCaf };

struct KindSpec {
  std::string_view code;         // "action"; also the path segment of its pages
  std::string_view label;        // "Action"
  std::string_view plural;       // "Actions" (page titles, tabs)
  std::string_view prefix;       // of generated references: "ACT" → "ACT-001"
  std::string_view title_field;  // the field that names a record in lists and links
  std::string_view date_field;   // the field lists sort on (empty: by reference)
  WorkspaceLevel level = WorkspaceLevel::kCtg;
  std::vector<Role> writers;      // who may create, edit and delete; everyone in scope reads
  bool importable = true;         // exported and re-imported as CSV/XLSX
  Source source;                  // why the kind exists
  std::vector<FieldSpec> fields;  // "reference" first, always

  const FieldSpec* field(std::string_view code) const;
  bool writable_by(Role role) const;
};

// Every kind, in the order of the workspace's tabs.
const std::vector<KindSpec>& workspace_kinds();
const KindSpec* find_kind(std::string_view code);

// The record's reference column, common to every kind: the key a re-imported line is matched on.
inline constexpr std::string_view kReferenceField = "reference";
// The version column of exported files: a line whose record changed since the export is refused.
inline constexpr std::string_view kVersionField = "version";
// Pseudo-kind of a kReference(s) field that names a post of the Caf ("GARD-0012").
inline constexpr std::string_view kPostTarget = "poste";
// Pseudo-kind of a kReference field that may name a record of any kind of the workspace.
inline constexpr std::string_view kAnyTarget = "*";

}  // namespace maillage::core
