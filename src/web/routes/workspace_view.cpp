#include "web/routes/workspace_view.hpp"

#include <algorithm>
#include <map>

#include "core/workspace_values.hpp"
#include "web/views/workspace_form.hpp"

namespace maillage::web::routes::workspace {

namespace {

// The columns of each kind's list, after its reference and title.
const std::map<std::string_view, std::vector<std::string_view>>& list_columns() {
  static const std::map<std::string_view, std::vector<std::string_view>> kColumns{
      {"objectif", {"thematique", "priorite_caf"}},
      {"action", {"objectif", "statut", "avancement", "date_fin"}},
      {"indicateur", {"action", "cible", "valeur", "unite", "date_valeur"}},
      {"reunion", {"instance", "date", "lieu", "compte_rendu_envoye_le"}},
      {"diagnostic", {"type", "date", "prochaine_mise_a_jour"}},
      {"partenaire", {"categorie", "organisme", "fonction", "courriel"}},
      {"participation", {"type", "date", "participants"}},
      {"commentaire", {"sujet"}},
      {"reunion_reseau", {"date", "lieu", "postes_presents"}},
  };
  return kColumns;
}

// Reference → id of the place's records, for links.
std::map<std::string, std::int64_t> ids_by_reference(const std::vector<core::WorkspaceRecord>& all,
                                                     std::string_view kind) {
  std::map<std::string, std::int64_t> ids;
  for (const auto& record : all) {
    if (kind.empty() || record.kind == kind) ids.emplace(record.reference, record.id);
  }
  return ids;
}

}  // namespace

// A value as shown, references turned into links to their records.
mstch::map value_view(const core::FieldSpec& field, const core::WorkspaceRecord& record,
                      const std::vector<core::WorkspaceRecord>& all) {
  const auto& canonical = record.value(field.code);
  mstch::map view{{"label", std::string(field.label)},
                  {"long", field.type == core::FieldType::kLongText}};
  if ((field.type == core::FieldType::kReference || field.type == core::FieldType::kReferences) &&
      field.target != core::kPostTarget) {
    const auto ids =
        ids_by_reference(all, field.target == core::kAnyTarget ? std::string_view() : field.target);
    mstch::array links;
    for (const auto& reference : record.references(field.code)) {
      const auto found = ids.find(reference);
      mstch::map link{{"text", reference}};
      if (found != ids.end()) link["href"] = record_href(found->second);
      links.push_back(std::move(link));
    }
    view["links"] = links;
    view["has_links"] = !links.empty();
  } else {
    view["text"] = core::display_text(field, canonical);
  }
  return view;
}

mstch::map row_view(const core::KindSpec& kind, const core::WorkspaceRecord& record,
                    const std::vector<core::WorkspaceRecord>& all) {
  mstch::array cells;
  const auto columns = list_columns().find(kind.code);
  if (columns != list_columns().end()) {
    for (const auto code : columns->second) {
      if (const auto* field = kind.field(code)) cells.push_back(value_view(*field, record, all));
    }
  }
  return mstch::map{{"href", record_href(record.id)},
                    {"reference", record.reference},
                    {"title", record.value(kind.title_field)},
                    {"cells", cells}};
}

mstch::array column_headers(const core::KindSpec& kind) {
  mstch::array headers;
  const auto columns = list_columns().find(kind.code);
  if (columns == list_columns().end()) return headers;
  for (const auto code : columns->second) {
    if (const auto* field = kind.field(code)) headers.push_back(std::string(field->label));
  }
  return headers;
}

// The kinds of a place, as tabs: label, link, count, current.
mstch::array kind_tabs(const Place& place, const std::vector<core::WorkspaceRecord>& all,
                       std::string_view current) {
  mstch::array tabs;
  for (const auto& kind : core::workspace_kinds()) {
    if ((kind.level == core::WorkspaceLevel::kCaf) != place.scope.is_caf()) continue;
    const auto count = std::count_if(all.begin(), all.end(),
                                     [&](const auto& record) { return record.kind == kind.code; });
    tabs.push_back(mstch::map{{"label", std::string(kind.plural)},
                              {"href", place.kind_href(kind.code)},
                              {"count", std::to_string(count)},
                              {"current", kind.code == current}});
  }
  return tabs;
}

std::vector<const core::WorkspaceRecord*> of_kind(const std::vector<core::WorkspaceRecord>& all,
                                                  const core::KindSpec& kind) {
  std::vector<const core::WorkspaceRecord*> records;
  for (const auto& record : all) {
    if (record.kind == kind.code) records.push_back(&record);
  }
  if (!kind.date_field.empty()) {
    std::stable_sort(records.begin(), records.end(), [&](const auto* a, const auto* b) {
      return a->value(kind.date_field) > b->value(kind.date_field);  // newest first
    });
  } else if (const auto* category = kind.field("categorie")) {
    // The partner directory reads by category (elected officials, the Caf, services…), then name.
    const auto rank = [&](const core::WorkspaceRecord* record) {
      const auto& code = record->value("categorie");
      const auto& choices = category->choices;
      return std::find_if(choices.begin(), choices.end(),
                          [&](const core::Choice& choice) { return choice.code == code; }) -
             choices.begin();
    };
    std::stable_sort(records.begin(), records.end(), [&](const auto* a, const auto* b) {
      return std::pair(rank(a), a->value(kind.title_field)) <
             std::pair(rank(b), b->value(kind.title_field));
    });
  }
  return records;
}

mstch::array alert_views(const std::vector<core::Alert>& alerts) {
  mstch::array views;
  for (const auto& alert : alerts) {
    mstch::map view{{"message", alert.message}, {"source", alert.source.citation()}};
    if (alert.record_id != 0) view["href"] = record_href(alert.record_id);
    views.push_back(std::move(view));
  }
  return views;
}

}  // namespace maillage::web::routes::workspace
