// One record of a workspace: its values with their links, who cites it, its comments, a meeting's
// référentiel checklist, an indicator's successive values; its edit and delete forms (stale saves
// shown beside the stored values) and its history.
#include <fmt/core.h>

#include <algorithm>

#include "app/audit_trail.hpp"
#include "core/meeting_checklist.hpp"
#include "core/workspace_validation.hpp"
#include "core/workspace_values.hpp"
#include "web/routes/routes.hpp"
#include "web/routes/workspace_place.hpp"
#include "web/routes/workspace_view.hpp"
#include "web/texts_fr.hpp"
#include "web/views/history_view.hpp"
#include "web/views/post_form.hpp"

namespace maillage::web::routes {

namespace {

using namespace workspace;

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
    if (!core::refers_to(other, record.kind, record.reference)) continue;
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
                                         form_version(context.request), context.now);
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
      return render_record(context, *place, *record, std::move(form), form_version(context.request),
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
                                         form_version(context.request), context.now);
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

}  // namespace

void add_workspace_record_routes(Router& router) {
  router.get("/fiches/{id}", show);
  router.post("/fiches/{id}", update);
  router.post("/fiches/{id}/suppression", remove);
  router.get("/historique/fiche/{id}", history);
}

}  // namespace maillage::web::routes
