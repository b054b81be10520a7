#include "web/form_view.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "web/texts_fr.hpp"

namespace maillage::web {

namespace {

// "PAR-001, PAR-003" → the checked boxes of a kCheckboxes field.
std::vector<std::string> chosen_values(const std::string& value) {
  std::vector<std::string> chosen;
  std::size_t start = 0;
  while (start <= value.size()) {
    const auto comma = value.find(',', start);
    const auto end = comma == std::string::npos ? value.size() : comma;
    auto piece = value.substr(start, end - start);
    piece.erase(0, piece.find_first_not_of(' '));
    piece.erase(piece.find_last_not_of(' ') + 1);
    if (!piece.empty()) chosen.push_back(piece);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return chosen;
}

}  // namespace

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
                     {"heading", spec.heading},
                     {"is_select", spec.kind == FieldSpec::Kind::kSelect},
                     {"is_textarea", spec.kind == FieldSpec::Kind::kTextarea},
                     {"is_checkboxes", spec.kind == FieldSpec::Kind::kCheckboxes},
                     {"is_input", spec.kind != FieldSpec::Kind::kSelect &&
                                      spec.kind != FieldSpec::Kind::kTextarea &&
                                      spec.kind != FieldSpec::Kind::kCheckboxes}};
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
    const auto chosen = chosen_values(value);
    int position = 0;
    for (const auto& [option_value, option_label] : spec.options) {
      const bool is_chosen = std::find(chosen.begin(), chosen.end(), option_value) != chosen.end();
      options.push_back(mstch::map{{"value", option_value},
                                   {"label", option_label},
                                   {"id", fmt::format("champ-{}-{}", spec.name, ++position)},
                                   {"checked", is_chosen},
                                   {"selected", option_value == value}});
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
