#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/workspace_kind.hpp"
#include "core/workspace_record.hpp"

namespace maillage::core {

// What references may name while a record is checked: the workspace's records by kind (those
// stored and, during an import, the file's other lines) and the Caf's post identifiers.
struct ReferenceIndex {
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> by_kind;
  std::set<std::string, std::less<>> posts;

  bool has(std::string_view kind, std::string_view reference) const;
  void add(std::string_view kind, std::string_view reference);
};

struct FieldError {
  std::string field;  // the field's code: the form field, the file's column
  std::string message;
};

// The typed fields of one record (form fields or a file line's cells, by field code) read and
// checked against the kind: each value canonical, every problem with its field. Unknown codes
// are ignored; "reference" is checked for its format only (uniqueness is the store's).
struct CheckedRecord {
  std::string reference;
  std::map<std::string, std::string> values;
  std::vector<FieldError> errors;
};
CheckedRecord check_record(const KindSpec& kind, const std::map<std::string, std::string>& typed,
                           const ReferenceIndex& references);

// Whether `record` names (kind, reference) in one of its reference fields.
bool refers_to(const WorkspaceRecord& record, std::string_view kind, std::string_view reference);

// The records that name (kind, reference) in one of their reference fields, as "ACT-002": a
// record still referred to is neither deleted nor renamed, so that no link ever dangles.
std::vector<std::string> records_referring_to(const std::vector<WorkspaceRecord>& records,
                                              std::string_view kind, std::string_view reference);

}  // namespace maillage::core
