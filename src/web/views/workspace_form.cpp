#include "web/views/workspace_form.hpp"

#include <fmt/core.h>

namespace maillage::web::views {

namespace {

FieldSpec::Kind form_kind(const core::FieldSpec& field) {
  switch (field.type) {
    case core::FieldType::kLongText:
      return FieldSpec::Kind::kTextarea;
    case core::FieldType::kDate:
      return FieldSpec::Kind::kDate;
    case core::FieldType::kChoice:
    case core::FieldType::kYesNo:
    case core::FieldType::kReference:
      return FieldSpec::Kind::kSelect;
    case core::FieldType::kReferences:
      return FieldSpec::Kind::kCheckboxes;
    case core::FieldType::kInteger:
    case core::FieldType::kMoney:
    case core::FieldType::kPercent:
    case core::FieldType::kDecimal:
      return FieldSpec::Kind::kNumber;
    default:
      return FieldSpec::Kind::kText;
  }
}

std::string input_mode(const core::FieldSpec& field) {
  switch (field.type) {
    case core::FieldType::kInteger:
    case core::FieldType::kPercent:
      return "numeric";
    case core::FieldType::kMoney:
    case core::FieldType::kDecimal:
      return "decimal";
    case core::FieldType::kEmail:
      return "email";
    default:
      return "";
  }
}

// The parts of the long meeting form, as the référentiel organises a COPIL
// (000_f7f48a8774440105.txt, "Organisation d'un Comité de pilotage CTG annuel").
std::string heading_before(std::string_view kind, std::string_view field) {
  if (kind != "reunion") return "";
  if (field == "reference") return "La réunion";
  if (field == "invites") return "Avant : invitations, ordre du jour, préparation";
  if (field == "quoi") return "Les questions à se poser";
  if (field == "supports") return "Supports et déroulé";
  if (field == "presents") return "Pendant la réunion";
  if (field == "compte_rendu") return "Après la réunion";
  return "";
}

std::string help_of(const core::FieldSpec& field) {
  std::string help(field.help);
  if (field.type == core::FieldType::kDate && help.empty()) help = "JJ/MM/AAAA";
  return help;
}

}  // namespace

std::string record_title(const core::KindSpec& kind, const core::WorkspaceRecord& record) {
  const auto& title = record.value(kind.title_field);
  if (title.empty()) return record.reference;
  constexpr std::size_t kLongest = 80;
  if (title.size() <= kLongest) return fmt::format("{} — {}", record.reference, title);
  // A long text (a comment) is cut to a readable link, never inside a UTF-8 character.
  std::size_t cut = kLongest - 3;
  while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
  return fmt::format("{} — {}…", record.reference, std::string_view(title).substr(0, cut));
}

ReferenceOptions reference_options(const std::vector<core::WorkspaceRecord>& records,
                                   std::vector<std::pair<std::string, std::string>> posts) {
  ReferenceOptions options;
  for (const auto& record : records) {
    const auto* kind = core::find_kind(record.kind);
    if (kind == nullptr) continue;
    options[record.kind].emplace_back(record.reference, record_title(*kind, record));
    options[std::string(core::kAnyTarget)].emplace_back(
        record.reference, fmt::format("{} : {}", kind->label, record_title(*kind, record)));
  }
  options[std::string(core::kPostTarget)] = std::move(posts);
  return options;
}

FormView workspace_form(const core::KindSpec& kind, const ReferenceOptions& options) {
  std::vector<FieldSpec> fields;
  for (const auto& field : kind.fields) {
    FieldSpec spec{.name = std::string(field.code),
                   .label = std::string(field.label),
                   .kind = form_kind(field),
                   .required = field.required,
                   .help = help_of(field),
                   .options = {},
                   .inputmode = input_mode(field),
                   .autocomplete = field.type == core::FieldType::kEmail ? "email" : "",
                   .heading = heading_before(kind.code, field.code)};
    if (field.type == core::FieldType::kChoice) {
      spec.options.emplace_back("", "Choisissez");
      for (const auto& choice : field.choices) {
        spec.options.emplace_back(std::string(choice.code), std::string(choice.label));
      }
    } else if (field.type == core::FieldType::kYesNo) {
      spec.options = {{"", "Non renseigné"}, {"oui", "Oui"}, {"non", "Non"}};
    } else if (field.type == core::FieldType::kReference ||
               field.type == core::FieldType::kReferences) {
      if (field.type == core::FieldType::kReference) spec.options.emplace_back("", "Aucune");
      const auto found = options.find(std::string(field.target));
      if (found != options.end()) {
        spec.options.insert(spec.options.end(), found->second.begin(), found->second.end());
      }
    }
    fields.push_back(std::move(spec));
  }
  return FormView(std::move(fields));
}

app::WorkspaceFields workspace_fields_from(const Request& request, const core::KindSpec& kind) {
  app::WorkspaceFields fields;
  for (const auto& field : kind.fields) {
    const std::string code(field.code);
    if (field.type == core::FieldType::kReferences) {
      std::string joined;
      for (const auto& value : request.form_values(code)) {
        if (!value.empty()) joined += (joined.empty() ? "" : ", ") + value;
      }
      fields[code] = joined;
    } else {
      fields[code] = request.form_value(code);
    }
  }
  return fields;
}

}  // namespace maillage::web::views
