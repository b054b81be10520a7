#include "core/workspace_validation.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "core/workspace_messages_fr.hpp"
#include "core/workspace_values.hpp"

namespace maillage::core {

namespace {

namespace msg = workspace_messages;

std::string_view label_of_kind(std::string_view code) {
  const auto* kind = find_kind(code);
  return kind ? kind->label : code;
}

void check_targets(const FieldSpec& field, const CheckedRecord& record,
                   const ReferenceIndex& references, std::vector<FieldError>& errors) {
  const auto found = record.values.find(std::string(field.code));
  if (found == record.values.end()) return;
  for (const auto& reference : split_references(found->second)) {
    if (field.target == kPostTarget) {
      if (!references.posts.contains(reference)) {
        errors.push_back({std::string(field.code), msg::unknown_post(reference)});
      }
      continue;
    }
    bool known = false;
    if (field.target == kAnyTarget) {
      for (const auto& [kind, set] : references.by_kind) known = known || set.contains(reference);
    } else {
      known = references.has(field.target, reference);
    }
    if (!known) {
      errors.push_back({std::string(field.code),
                        msg::unknown_reference(reference, field.target == kAnyTarget
                                                              ? std::string_view("fiche")
                                                              : label_of_kind(field.target))});
    }
  }
}

// Rules between fields of one kind, each from the référentiel or plain sense.
void check_consistency(const KindSpec& kind, const WorkspaceRecord& record,
                       std::vector<FieldError>& errors) {
  if (kind.code == "action") {
    const auto start = record.date("date_debut");
    const auto end = record.date("date_fin");
    if (start && end && *end < *start) errors.push_back({"date_fin", msg::end_before_start()});
  } else if (kind.code == "reunion") {
    const std::string agenda = to_lower_ascii(record.value("ordre_du_jour"));
    // "L'ordre du Jour : A minima : Bilan + perspectives" (000_f7f48a8774440105.txt,
    // "Organisation d'un Comité de pilotage CTG annuel").
    if (record.value("instance") == "copil" && !agenda.empty() &&
        (agenda.find("bilan") == std::string::npos ||
         agenda.find("perspective") == std::string::npos)) {
      errors.push_back({"ordre_du_jour", msg::copil_agenda_minimum()});
    }
    const auto held = record.date("date");
    const auto sent = record.date("compte_rendu_envoye_le");
    if (held && sent && *sent < *held) {
      errors.push_back({"compte_rendu_envoye_le", msg::minutes_sent_before_meeting()});
    }
  } else if (kind.code == "diagnostic") {
    const auto made = record.date("date");
    const auto due = record.date("prochaine_mise_a_jour");
    if (made && due && *due <= *made) {
      errors.push_back({"prochaine_mise_a_jour", msg::update_due_before_date()});
    }
  } else if (kind.code == "indicateur") {
    const bool has_value = !record.value("valeur").empty();
    const bool has_date = !record.value("date_valeur").empty();
    if (has_value && !has_date) errors.push_back({"date_valeur", msg::value_without_date()});
    if (!has_value && has_date) errors.push_back({"valeur", msg::date_without_value()});
  }
}

}  // namespace

bool ReferenceIndex::has(std::string_view kind, std::string_view reference) const {
  const auto found = by_kind.find(kind);
  return found != by_kind.end() && found->second.contains(reference);
}

void ReferenceIndex::add(std::string_view kind, std::string_view reference) {
  by_kind[std::string(kind)].insert(std::string(reference));
}

bool refers_to(const WorkspaceRecord& record, std::string_view kind, std::string_view reference) {
  const auto* spec = find_kind(record.kind);
  if (spec == nullptr) return false;
  for (const auto& field : spec->fields) {
    const bool may_name = field.target == kind || field.target == kAnyTarget;
    if (!may_name ||
        (field.type != FieldType::kReference && field.type != FieldType::kReferences)) {
      continue;
    }
    const auto named = record.references(field.code);
    if (std::find(named.begin(), named.end(), reference) != named.end()) return true;
  }
  return false;
}

std::vector<std::string> records_referring_to(const std::vector<WorkspaceRecord>& records,
                                              std::string_view kind, std::string_view reference) {
  std::vector<std::string> referring;
  for (const auto& record : records) {
    if (refers_to(record, kind, reference)) referring.push_back(record.reference);
  }
  return referring;
}

CheckedRecord check_record(const KindSpec& kind, const std::map<std::string, std::string>& typed,
                           const ReferenceIndex& references) {
  CheckedRecord checked;
  for (const auto& field : kind.fields) {
    const auto found = typed.find(std::string(field.code));
    const std::string_view text = found == typed.end() ? "" : trim(found->second);
    if (field.code == kReferenceField) {
      if (!text.empty() && !valid_reference(text)) {
        checked.errors.push_back({std::string(field.code), msg::invalid_reference_format(text)});
      }
      checked.reference = std::string(text);
      continue;
    }
    if (text.empty()) {
      if (field.required) checked.errors.push_back({std::string(field.code), msg::required()});
      continue;
    }
    auto parsed = parse_value(field, text);
    if (parsed.error) {
      checked.errors.push_back({std::string(field.code), std::move(*parsed.error)});
    } else if (!parsed.canonical.empty()) {
      checked.values[std::string(field.code)] = std::move(parsed.canonical);
    }
  }
  for (const auto& field : kind.fields) {
    if (field.type == FieldType::kReference || field.type == FieldType::kReferences) {
      check_targets(field, checked, references, checked.errors);
    }
  }
  WorkspaceRecord record;
  record.values = checked.values;
  check_consistency(kind, record, checked.errors);
  return checked;
}

}  // namespace maillage::core
