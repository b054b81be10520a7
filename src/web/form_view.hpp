#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

namespace maillage::web {

// One field of a form as the templates/components/field partial draws it.
struct FieldSpec {
  // kCheckboxes: several of `options`, the value holding the chosen ones separated by ", ".
  enum class Kind { kText, kDate, kSelect, kTextarea, kPassword, kNumber, kCheckboxes };
  std::string name;  // also the import column of the same value, when there is one
  std::string label;
  Kind kind = Kind::kText;
  bool required = false;
  std::string help;
  std::vector<std::pair<std::string, std::string>> options;  // value, label (for kSelect)
  std::string inputmode;                                     // "decimal", "numeric"
  std::string autocomplete;
  std::string heading;  // a sub-title shown before the field: long forms read in parts
};

// Field name → error message, in the order found.
using FieldErrors = std::vector<std::pair<std::string, std::string>>;

// The view model of a form: each field with its value and error, and the error summary that
// links to each field.
class FormView {
 public:
  explicit FormView(std::vector<FieldSpec> fields) : fields_(std::move(fields)) {}
  // Values shown in the fields (kept on error).
  void set_values(std::map<std::string, std::string> values) { values_ = std::move(values); }
  void add_error(const std::string& field, const std::string& message);
  bool has_errors() const { return !errors_.empty(); }
  const FieldErrors& errors() const { return errors_; }
  // {"fields": [...], "errors": [...], "error_title": …}
  mstch::map view() const;
  // The label of a field, or its name if the form has no such field.
  std::string label_of(const std::string& field) const;

 private:
  std::vector<FieldSpec> fields_;
  std::map<std::string, std::string> values_;
  FieldErrors errors_;
};

}  // namespace maillage::web
