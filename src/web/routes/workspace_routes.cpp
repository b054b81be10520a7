// The CTG workspace's records (issue 5): the overview of a CTG's workspace, the list of each kind
// with its add form, one record's page with its edit and delete forms, its links, its comments
// and its history. The same pages serve the Caf's own workspace (its network meetings).
#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "app/audit_trail.hpp"
#include "app/workspace_alert_service.hpp"
#include "core/meeting_checklist.hpp"
#include "core/workspace_validation.hpp"
#include "core/workspace_values.hpp"
#include "web/routes/routes.hpp"
#include "web/routes/workspace_place.hpp"
#include "web/texts_fr.hpp"
#include "web/views/history_view.hpp"
#include "web/views/post_form.hpp"

namespace maillage::web::routes {

namespace {

using namespace workspace;

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

// Values a new record's form starts with.
app::WorkspaceFields starting_values(const core::KindSpec& kind) {
  if (kind.code == "action") return {{"statut", "a_lancer"}};
  if (kind.code == "reunion") {
    // The référentiel's minimum agenda of a COPIL, ready to complete.
    return {
        {"instance", "copil"}, {"ordre_du_jour", "Bilan + perspectives"}, {"duree_minutes", "120"}};
  }
  return {};
}

Response render_list(RequestContext& context, const Place& place, const core::KindSpec& kind,
                     FormView form, int status) {
  const auto all = app::list_records(context.database, place.scope);
  mstch::array rows;
  for (const auto* record : of_kind(all, kind)) rows.push_back(row_view(kind, *record, all));
  const bool can_write = app::may_write(context.user(), kind);
  mstch::map data{{"tabs", kind_tabs(place, all, kind.code)},
                  {"kind_label", std::string(kind.label)},
                  {"kind_plural", std::string(kind.plural)},
                  {"headers", column_headers(kind)},
                  {"rows", rows},
                  {"has_rows", !rows.empty()},
                  {"can_write", can_write},
                  {"importable", kind.importable},
                  {"can_import", kind.importable && can_write},
                  {"action", place.kind_href(kind.code)},
                  {"export_csv", place.kind_href(kind.code) + "/export.csv"},
                  {"export_xlsx", place.kind_href(kind.code) + "/export.xlsx"},
                  {"import_action", place.kind_href(kind.code) + "/import"},
                  {"source", kind.source.citation()},
                  {"source_quote", kind.source.quote},
                  {"form", form.view()}};
  if (!can_write) data["may_not_write"] = may_not_write(kind);
  auto crumbs = place.crumbs;
  if (place.scope.is_caf()) {
    crumbs.back().href.clear();
  } else {
    crumbs.push_back({std::string(kind.plural), ""});
  }
  return render_page(context, "workspace/list", std::move(data),
                     {.title = fmt::format("{} — {}", kind.plural, place.title),
                      .breadcrumb = std::move(crumbs),
                      .section = place.scope.is_caf() ? "reseau" : "espace",
                      .status = status});
}

Response list(RequestContext& context) {
  const auto place = routed_place(context);
  if (!place) return not_found_page(context);
  const auto* kind = routed_kind(context, *place);
  if (kind == nullptr) return not_found_page(context);
  FormView form = views::workspace_form(*kind, options_of(context, *place));
  form.set_values(starting_values(*kind));
  return render_list(context, *place, *kind, std::move(form), 200);
}

// Where to go after saving: back to a record's page when the form came from one (a comment).
std::string return_href(const Request& request, const std::string& fallback) {
  const std::string back = request.form_value("retour");
  return back.rfind("/fiches/", 0) == 0 && back.find("//") == std::string::npos ? back : fallback;
}

Response create(RequestContext& context) {
  const auto place = routed_place(context);
  if (!place) return not_found_page(context);
  const auto* kind = routed_kind(context, *place);
  if (kind == nullptr) return not_found_page(context);
  const auto fields = views::workspace_fields_from(context.request, *kind);
  const auto result = app::create_record(context.database, context.user(), place->scope,
                                         std::string(kind->code), fields, context.now);
  if (result.status == app::SaveStatus::kForbidden) {
    return forbidden_page(context, may_not_write(*kind));
  }
  if (result.status == app::SaveStatus::kNotFound) return not_found_page(context);
  if (result.status != app::SaveStatus::kSaved) {
    FormView form = views::workspace_form(*kind, options_of(context, *place));
    form.set_values(fields);
    views::add_errors(form, result.errors);
    return render_list(context, *place, *kind, std::move(form), 422);
  }
  context.set_flash(
      fmt::format("{} {} {}.", kind->label, result.record.reference, agreed(*kind, "enregistré")));
  return redirect_to(return_href(context.request, record_href(result.record.id)));
}

// The meeting's checklist, phase by phase.
mstch::array checklist_view(const core::WorkspaceRecord& record) {
  mstch::array phases;
  const auto items = core::meeting_checklist(record);
  for (const auto phase :
       {core::MeetingPhase::kBefore, core::MeetingPhase::kDuring, core::MeetingPhase::kAfter}) {
    mstch::array entries;
    for (const auto& item : items) {
      if (item.phase != phase) continue;
      entries.push_back(mstch::map{{"label", std::string(item.label)},
                                   {"done", item.done},
                                   {"field", std::string(item.field)}});
    }
    phases.push_back(mstch::map{{"label", std::string(core::label_of(phase))}, {"items", entries}});
  }
  return phases;
}

// An indicator's values over time, from its history (each save that changed the value).
mstch::array value_history(RequestContext& context, const core::WorkspaceRecord& record) {
  mstch::array rows;
  std::string last;
  auto events = app::history_of(context.database, "fiche", std::to_string(record.id));
  std::reverse(events.begin(), events.end());  // oldest first, to spot changes
  std::vector<mstch::map> kept;
  for (const auto& event : events) {
    if (!event.after_json) continue;
    const auto after = nlohmann::json::parse(*event.after_json, nullptr, false);
    if (!after.is_object()) continue;
    const std::string value = after.value("valeur", "");
    const std::string date = after.value("date_valeur", "");
    const std::string key = value + "|" + date;
    if (value.empty() || key == last) continue;
    last = key;
    kept.push_back(mstch::map{{"value", value},
                              {"date", date},
                              {"by", event.user_login},
                              {"at", views::event_date(event)}});
  }
  for (auto it = kept.rbegin(); it != kept.rend(); ++it) rows.push_back(*it);  // newest first
  return rows;
}

Response render_record(RequestContext& context, const Place& place,
                       const core::WorkspaceRecord& record, FormView form, int version, int status,
                       mstch::map extra = {}) {
  const auto* kind = core::find_kind(record.kind);
  const auto all = app::list_records(context.database, place.scope);
  mstch::array values;
  for (const auto& field : kind->fields) {
    if (field.code == core::kReferenceField || record.value(field.code).empty()) continue;
    values.push_back(value_view(field, record, all));
  }
  // Who names this record: an action's indicators, a partner's actions and meetings…
  mstch::array cited_by;
  for (const auto& other : all) {
    if (other.id == record.id) continue;
    const auto* other_kind = core::find_kind(other.kind);
    if (other_kind == nullptr || other.kind == "commentaire") continue;
    const std::vector<core::WorkspaceRecord> one{other};
    if (core::records_referring_to(one, record.kind, record.reference).empty()) continue;
    cited_by.push_back(mstch::map{{"kind", std::string(other_kind->label)},
                                  {"title", views::record_title(*other_kind, other)},
                                  {"href", record_href(other.id)}});
  }
  mstch::array comments;
  for (const auto& other : all) {
    if (other.kind != "commentaire" || other.value("sujet") != record.reference) continue;
    comments.push_back(mstch::map{
        {"text", other.value("texte")}, {"by", other.updated_by}, {"href", record_href(other.id)}});
  }
  const bool can_write = app::may_write(context.user(), *kind);
  const auto* comment_kind = core::find_kind("commentaire");
  const bool can_comment = !place.scope.is_caf() && record.kind != "commentaire" &&
                           app::may_write(context.user(), *comment_kind);
  extra["kind_label"] = std::string(kind->label);
  extra["reference"] = record.reference;
  extra["values"] = values;
  extra["cited_by"] = cited_by;
  extra["has_cited_by"] = !cited_by.empty();
  extra["comments"] = comments;
  extra["has_comments"] = !comments.empty();
  extra["can_comment"] = can_comment;
  extra["comment_action"] = place.kind_href("commentaire");
  extra["here"] = record_href(record.id);
  extra["can_write"] = can_write;
  extra["form"] = form.view();
  extra["version"] = std::to_string(version);
  extra["action"] = record_href(record.id);
  extra["delete_action"] = record_href(record.id) + "/suppression";
  extra["history_href"] = "/historique/fiche/" + std::to_string(record.id);
  extra["list_href"] = place.kind_href(kind->code);
  extra["list_label"] = std::string(kind->plural);
  extra["updated"] = fmt::format("version {}, enregistrée par {}", record.version,
                                 record.updated_by.empty() ? "—" : record.updated_by);
  extra["source"] = kind->source.citation();
  if (record.kind == "reunion" || record.kind == "reunion_reseau") {
    extra["ics_href"] = record_href(record.id) + "/invitation.ics";
  }
  if (record.kind == "reunion") {
    extra["checklist"] = checklist_view(record);
    extra["has_checklist"] = true;
  }
  if (record.kind == "indicateur") {
    const auto history = value_history(context, record);
    extra["value_history"] = history;
    extra["has_value_history"] = !history.empty();
  }
  auto crumbs = place.crumbs;
  if (!place.scope.is_caf())
    crumbs.push_back({std::string(kind->plural), place.kind_href(kind->code)});
  crumbs.push_back({record.reference, ""});
  return render_page(context, "workspace/record", std::move(extra),
                     {.title = views::record_title(*kind, record),
                      .breadcrumb = std::move(crumbs),
                      .section = place.scope.is_caf() ? "reseau" : "espace",
                      .status = status});
}

Response show(RequestContext& context) {
  const auto record = routed_record(context);
  const auto place = record ? place_of(context, record->scope) : std::nullopt;
  if (!record || !place) return not_found_page(context);
  const auto* kind = core::find_kind(record->kind);
  FormView form = views::workspace_form(*kind, options_of(context, *place));
  form.set_values(app::editable_fields(*kind, *record));
  return render_record(context, *place, *record, std::move(form), record->version, 200);
}

mstch::array differences(const core::KindSpec& kind, const core::WorkspaceRecord& current,
                         const app::WorkspaceFields& typed) {
  mstch::array rows;
  for (const auto& [field, value] : app::editable_fields(kind, current)) {
    const auto it = typed.find(field);
    if (it == typed.end() || it->second == value) continue;
    const auto* spec = kind.field(field);
    rows.push_back(mstch::map{{"field", spec ? std::string(spec->label) : field},
                              {"current", value},
                              {"typed", it->second}});
  }
  return rows;
}

Response update(RequestContext& context) {
  const auto record = routed_record(context);
  const auto place = record ? place_of(context, record->scope) : std::nullopt;
  if (!record || !place) return not_found_page(context);
  const auto* kind = core::find_kind(record->kind);
  const auto fields = views::workspace_fields_from(context.request, *kind);
  const auto result = app::update_record(context.database, context.user(), record->id, fields,
                                         version_from(context.request), context.now);
  FormView form = views::workspace_form(*kind, options_of(context, *place));
  form.set_values(fields);
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(fmt::format("{} {} {}.", kind->label, result.record.reference,
                                    agreed(*kind, "enregistré")));
      return redirect_to(record_href(record->id));
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, may_not_write(*kind));
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kInvalid:
      views::add_errors(form, result.errors);
      return render_record(context, *place, *record, std::move(form), version_from(context.request),
                           422);
    case app::SaveStatus::kStale:
      form.add_error("", texts::kStaleVersion);
      return render_record(
          context, *place, result.record, std::move(form), result.record.version, 409,
          {{"stale", true}, {"differences", differences(*kind, result.record, fields)}});
  }
  return not_found_page(context);
}

Response remove(RequestContext& context) {
  const auto record = routed_record(context);
  const auto place = record ? place_of(context, record->scope) : std::nullopt;
  if (!record || !place) return not_found_page(context);
  const auto* kind = core::find_kind(record->kind);
  const auto result = app::delete_record(context.database, context.user(), record->id,
                                         version_from(context.request), context.now);
  FormView form = views::workspace_form(*kind, options_of(context, *place));
  form.set_values(app::editable_fields(*kind, *record));
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(fmt::format("{} {} {} ; son historique reste dans le journal.", kind->label,
                                    record->reference, agreed(*kind, "supprimé")));
      return redirect_to(place->kind_href(kind->code));
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, may_not_write(*kind));
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kInvalid:
      for (const auto& error : result.errors) form.add_error("", error.message);
      return render_record(context, *place, *record, std::move(form), record->version, 422);
    case app::SaveStatus::kStale:
      form.add_error("", texts::kStaleVersion);
      return render_record(context, *place, *record, std::move(form), record->version, 409);
  }
  return not_found_page(context);
}

Response history(RequestContext& context) {
  // A deleted record's history stays in the audit trail; its page is gone with it.
  const auto events = app::history_of(context.database, "fiche", context.param("id"));
  std::optional<core::WorkspaceRecord> record = routed_record(context);
  std::optional<Place> place = record ? place_of(context, record->scope) : std::nullopt;
  if (!place) return not_found_page(context);
  const auto* kind = core::find_kind(record->kind);
  const FormView form = views::workspace_form(*kind, {});
  std::vector<std::string> order;
  for (const auto& field : kind->fields) order.emplace_back(field.code);
  const views::FieldWording wording{
      [form](const std::string& field) { return form.label_of(field); },
      [kind](const std::string& field, const std::string& value) {
        const auto* spec = kind->field(field);
        if (spec == nullptr || spec->type != core::FieldType::kChoice) return value;
        return std::string(core::choice_label(*spec, value));
      },
      order};
  mstch::array views_of_events;
  for (const auto& event : events) views_of_events.push_back(views::event_view(event, wording));
  auto crumbs = place->crumbs;
  crumbs.push_back({record->reference, record_href(record->id)});
  crumbs.push_back({"Historique", ""});
  return render_page(context, "history/show",
                     {{"events", views_of_events}, {"record_href", record_href(record->id)}},
                     {.title = "Historique — " + views::record_title(*kind, *record),
                      .breadcrumb = std::move(crumbs),
                      .section = place->scope.is_caf() ? "reseau" : "espace"});
}

Response overview(RequestContext& context) {
  const auto place = ctg_place(context, context.param("id"));
  if (!place) return not_found_page(context);
  const auto all = app::list_records(context.database, place->scope);
  mstch::array alerts;
  for (const auto& alert :
       app::alerts_of(context.database, place->scope, app::shipped_alert_rules(), context.today)) {
    mstch::map view{{"message", alert.message}, {"source", alert.source.citation()}};
    if (alert.record_id != 0) view["href"] = record_href(alert.record_id);
    alerts.push_back(std::move(view));
  }
  mstch::array comments;
  const auto* comment_kind = core::find_kind("commentaire");
  for (const auto* record : of_kind(all, *comment_kind)) {
    comments.push_back(mstch::map{{"text", record->value("texte")},
                                  {"by", record->updated_by},
                                  {"subject", record->value("sujet")},
                                  {"href", record_href(record->id)}});
    if (comments.size() == 5) break;
  }
  const auto& ctg = place->ctg->ctg;
  auto crumbs = place->crumbs;
  crumbs.back().href.clear();
  return render_page(context, "workspace/index",
                     {{"tabs", kind_tabs(*place, all, "")},
                      {"alerts", alerts},
                      {"has_alerts", !alerts.empty()},
                      {"comments", comments},
                      {"has_comments", !comments.empty()},
                      {"period", fmt::format("{} – {}", core::format_date(ctg.start),
                                             core::format_date(ctg.last_day()))},
                      {"ctg_href", fmt::format("/ctg/{}", ctg.id)},
                      {"plan_href", fmt::format("/ctg/{}/plan", ctg.id)},
                      {"review_href", fmt::format("/ctg/{}/bilan", ctg.id)},
                      {"new_meeting_href", place->kind_href("reunion") + "#nouvelle-fiche"}},
                     {.title = place->title, .breadcrumb = std::move(crumbs), .section = "espace"});
}

}  // namespace

void add_workspace_routes(Router& router) {
  router.get("/ctg/{id}/espace", overview);
  router.get("/reseau", [](RequestContext& context) {
    return redirect_to(caf_place(context).kind_href("reunion_reseau"));
  });
  for (const std::string prefix : {"/ctg/{id}/espace", "/reseau"}) {
    router.get(prefix + "/{kind}", list);
    router.post(prefix + "/{kind}", create);
  }
  router.get("/fiches/{id}", show);
  router.post("/fiches/{id}", update);
  router.post("/fiches/{id}/suppression", remove);
  router.get("/historique/fiche/{id}", history);
}

}  // namespace maillage::web::routes
