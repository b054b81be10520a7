#include "web/form_view.hpp"

#include <fmt/core.h>

#include "web/texts_fr.hpp"

namespace maillage::web {

void FormView::add_error(const std::string& field, const std::string& message) {
  errors_.emplace_back(field, message);
}

std::string FormView::label_of(const std::string& field) const {
  for (const auto& spec : fields_) {
    if (spec.name == field) return spec.label;
  }
  return field;
}

mstch::map FormView::view() const {
  mstch::array fields;
  for (const auto& spec : fields_) {
    const auto value_it = values_.find(spec.name);
    const std::string value = value_it == values_.end() ? "" : value_it->second;
    std::string error;
    for (const auto& [field, message] : errors_) {
      if (field == spec.name) error += (error.empty() ? "" : " ") + message;
    }
    mstch::map field{{"name", spec.name},
                     {"label", spec.label},
                     {"value", value},
                     {"required", spec.required},
                     {"help", spec.help},
                     {"error", error},
                     {"inputmode", spec.inputmode},
                     {"autocomplete", spec.autocomplete},
                     {"is_select", spec.kind == FieldSpec::Kind::kSelect},
                     {"is_textarea", spec.kind == FieldSpec::Kind::kTextarea},
                     {"is_input", spec.kind != FieldSpec::Kind::kSelect &&
                                      spec.kind != FieldSpec::Kind::kTextarea}};
    switch (spec.kind) {
      case FieldSpec::Kind::kPassword:
        field["type"] = std::string("password");
        break;
      case FieldSpec::Kind::kNumber:
        field["type"] = std::string("text");
        break;
      default:
        field["type"] = std::string("text");
    }
    mstch::array options;
    for (const auto& [option_value, option_label] : spec.options) {
      options.push_back(mstch::map{
          {"value", option_value}, {"label", option_label}, {"selected", option_value == value}});
    }
    field["options"] = options;
    fields.push_back(field);
  }
  mstch::array errors;
  for (const auto& [field, message] : errors_) {
    mstch::map entry{{"message", message}};
    if (!field.empty()) {
      entry["field"] = field;
      entry["label"] = label_of(field);
    }
    errors.push_back(entry);
  }
  const std::size_t count = errors_.size();
  return mstch::map{{"fields", fields},
                    {"errors", errors},
                    {"error_title", fmt::format("{} ({} erreur{}) :", texts::kFormHasErrors, count,
                                                count > 1 ? "s" : "")}};
}

}  // namespace maillage::web
