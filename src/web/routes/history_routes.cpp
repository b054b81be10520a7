// The history of a post or a CTG (who changed what, when, before and after), and the Caf
// administrator's journal of the latest changes in their perimeter.
#include <fmt/core.h>

#include "app/audit_journal.hpp"
#include "app/audit_trail.hpp"
#include "app/post_import.hpp"
#include "app/workspace_service.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/views/ctg_form.hpp"
#include "web/views/history_view.hpp"
#include "web/views/post_form.hpp"
#include "web/visibility.hpp"

namespace maillage::web::routes {

namespace {

constexpr std::size_t kJournalSize = 200;

std::string territory_name(RequestContext& context, const core::Ctg& ctg) {
  const core::Territory* territory = context.snapshot()->territory(ctg.territory_code);
  return territory ? territory->name : ctg.territory_code;
}

std::string ctg_title(RequestContext& context, const core::Ctg& ctg) {
  return fmt::format("CTG {} ({} – {})", territory_name(context, ctg), core::format_date(ctg.start),
                     core::format_date(ctg.last_day()));
}

// Territory codes read as names; other values as recorded.
views::FieldWording wording_for(RequestContext& context, const FormView& form,
                                const std::string& closing_label, std::vector<std::string> order) {
  auto snapshot = context.snapshot();
  order.push_back("cloture_le");
  return {[form, closing_label](const std::string& field) {
            return field == "cloture_le" ? closing_label : form.label_of(field);
          },
          [snapshot](const std::string& field, const std::string& value) {
            if (field != "code_territoire" || value.empty()) return value;
            const core::Territory* territory = snapshot->territory(value);
            return territory ? fmt::format("{} ({})", territory->name, value) : value;
          },
          std::move(order)};
}

Response render_history(RequestContext& context, const std::string& entity,
                        const std::string& entity_id, const views::FieldWording& wording,
                        const std::string& title, const std::string& record_href,
                        std::vector<Crumb> breadcrumb) {
  mstch::array events;
  for (const auto& event : app::history_of(context.database, entity, entity_id)) {
    events.push_back(views::event_view(event, wording));
  }
  breadcrumb.push_back({"Historique", ""});
  return render_page(
      context, "history/show", {{"events", events}, {"record_href", record_href}},
      {.title = title, .breadcrumb = std::move(breadcrumb), .section = "portefeuille"});
}

Response post_history(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found_page(context);
  const std::string href = "/postes/" + url_encode(post->id);
  return render_history(context, "post", post->id,
                        wording_for(context, views::post_form(context, true),
                                    "Dernier jour du poste", app::post_columns()),
                        "Historique du poste " + post->id, href,
                        {{"Accueil", "/"}, {"Portefeuille", "/portefeuille"}, {post->id, href}});
}

Response ctg_history(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found_page(context);
  const std::string href = "/ctg/" + std::to_string(ctg->id);
  const std::string title = ctg_title(context, *ctg);
  return render_history(context, "ctg", std::to_string(ctg->id),
                        wording_for(context, views::ctg_form(context, true),
                                    views::ctg_close_form().label_of("cloture_le"),
                                    {"code_territoire", "date_debut", "date_fin", "renouvellement",
                                     "signataires", "thematiques"}),
                        "Historique de la " + title, href,
                        {{"Accueil", "/"},
                         {territory_name(context, *ctg), "/territoires/" + ctg->territory_code},
                         {title, href}});
}

Response journal(RequestContext& context) {
  if (context.user().role != core::Role::kAdminCaf) {
    return forbidden_page(
        context, "Le journal des modifications est réservé aux administrateurs de la Caf.");
  }
  // What each event is about, for those the user may see; nothing for the others.
  const auto describe =
      [&](const store::AuditRecord& event) -> std::optional<std::pair<std::string, std::string>> {
    if (event.entity == "post") {
      if (const core::Post* post = visible_post(context, event.entity_id)) {
        return std::pair{"Poste " + post->id, "/postes/" + url_encode(post->id)};
      }
    } else if (event.entity == "ctg") {
      if (const core::Ctg* ctg = visible_ctg(context, event.entity_id)) {
        return std::pair{ctg_title(context, *ctg), "/ctg/" + std::to_string(ctg->id)};
      }
    } else if (event.entity == "fiche") {
      // A workspace record (issue 5), while it exists and the user sees its workspace.
      const auto id = parse_id(event.entity_id);
      if (!id) return std::nullopt;
      if (const auto record = app::find_record(context.database, context.user(), *id)) {
        const auto* kind = core::find_kind(record->kind);
        return std::pair{fmt::format("{} {}", kind ? kind->label : record->kind, record->reference),
                         "/fiches/" + event.entity_id};
      }
    }
    return std::nullopt;
  };
  mstch::array rows;
  for (const auto& event : app::recent_changes(
           context.database,
           [&](const store::AuditRecord& event) { return describe(event).has_value(); },
           kJournalSize)) {
    const auto [label, href] = *describe(event);
    rows.push_back(mstch::map{
        {"date", views::event_date(event)},
        {"author", event.user_login},
        {"action", views::action_label(event.action)},
        {"record", label},
        {"href", href},
        {"history_href", "/historique/" + event.entity + "/" + url_encode(event.entity_id)},
        {"summary", event.summary}});
  }
  return render_page(context, "history/journal", {{"events", rows}},
                     {.title = "Journal des modifications",
                      .breadcrumb = {{"Accueil", "/"}, {"Journal des modifications", ""}},
                      .section = "journal"});
}

}  // namespace

void add_history_routes(Router& router) {
  router.get("/historique/post/{id}", post_history);
  router.get("/historique/ctg/{id}", ctg_history);
  router.get("/journal", journal);
}

}  // namespace maillage::web::routes
