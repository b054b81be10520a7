// A post: its funding explained rule by rule, and its create / edit / close forms.
#include <fmt/core.h>

#include "app/post_import.hpp"
#include "app/post_service.hpp"
#include "core/access_policy.hpp"
#include "core/messages_fr.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"
#include "web/views/post_form.hpp"
#include "web/views/post_view.hpp"
#include "web/visibility.hpp"

namespace maillage::web::routes {

namespace {

std::vector<Crumb> crumbs_for(RequestContext& context, const core::Post& post,
                              const std::string& last) {
  std::vector<Crumb> crumbs{{"Accueil", "/"}, {"Portefeuille", "/portefeuille"}};
  crumbs.push_back({post.id, last.empty() ? "" : "/postes/" + url_encode(post.id)});
  if (!last.empty()) crumbs.push_back({last, ""});
  (void)context;
  return crumbs;
}

Response show_post(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found_page(context);
  core::Date date = context.today;
  std::string date_error;
  const std::string asked = context.request.query_value("date");
  if (!asked.empty()) {
    if (const auto parsed = core::parse_date(asked)) {
      date = *parsed;
    } else {
      date_error = fmt::format("« {} » n'est pas une date : écrivez-la jj/mm/aaaa.", asked);
    }
  }
  const auto snapshot = context.snapshot_on(date);
  mstch::map data = views::post_view(*snapshot, *post, context.user());
  data["date_asked"] = asked.empty() ? core::format_date(date) : asked;
  if (!date_error.empty()) data["date_error"] = date_error;
  return render_page(context, "posts/show", std::move(data),
                     {.title = "Poste " + post->id,
                      .breadcrumb = crumbs_for(context, *post, ""),
                      .section = "portefeuille"});
}

Response render_form(RequestContext& context, const FormView& form, const core::Post* post,
                     int version, int status, mstch::map extra = {}) {
  extra["form"] = form.view();
  extra["creating"] = post == nullptr;
  extra["version"] = std::to_string(version);
  extra["action"] = post ? "/postes/" + url_encode(post->id) : std::string("/postes");
  if (post) extra["id"] = post->id;
  const std::string title = post ? "Modifier le poste " + post->id : "Nouveau poste";
  return render_page(context, "posts/form", std::move(extra),
                     {.title = title,
                      .breadcrumb = post ? crumbs_for(context, *post, "Modifier")
                                         : std::vector<Crumb>{{"Accueil", "/"},
                                                              {"Portefeuille", "/portefeuille"},
                                                              {"Nouveau poste", ""}},
                      .section = "portefeuille",
                      .status = status});
}

Response new_post(RequestContext& context) {
  if (!core::role_allows(context.user().role, core::Permission::kEditPost)) {
    return forbidden_page(context, "Votre rôle ne permet pas de créer un poste.");
  }
  FormView form = views::post_form(context, true);
  form.set_values({{"porteur", "epci"},
                   {"fonction", "cooperation"},
                   {"niveau_diplome", "6"},
                   {"statut", "creation"},
                   {"caf_associee_recrutement", "oui"},
                   {"participation_reseau", "oui"},
                   {"rapport_annuel_transmis", "non"},
                   {"code_territoire", context.request.query_value("territoire")}});
  return render_form(context, form, nullptr, 0, 200);
}

Response create(RequestContext& context) {
  const auto fields = views::post_fields_from(context.request);
  const auto result = app::create_post(context.database, context.user(), fields, context.now);
  if (result.status == app::SaveStatus::kForbidden) {
    return forbidden_page(context, "Votre rôle ne permet pas de créer un poste.");
  }
  if (result.status != app::SaveStatus::kSaved) {
    FormView form = views::post_form(context, true);
    form.set_values(fields);
    views::add_errors(form, result.errors);
    return render_form(context, form, nullptr, 0, 422);
  }
  context.set_flash(fmt::format("Le poste {} a été créé.", result.record.id));
  return redirect_to("/postes/" + url_encode(result.record.id));
}

Response edit(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found_page(context);
  if (!core::role_allows(context.user().role, core::Permission::kEditPost)) {
    return forbidden_page(context, "Votre rôle ne permet pas de modifier ce poste.");
  }
  FormView form = views::post_form(context, false);
  form.set_values(app::post_fields(*post));
  return render_form(context, form, post, post->version, 200);
}

// The stored values beside the ones the user typed, for the fields that differ.
mstch::array differences(const core::Post& current, const std::map<std::string, std::string>& typed,
                         const FormView& form) {
  mstch::array rows;
  for (const auto& [field, value] : app::post_fields(current)) {
    const auto it = typed.find(field);
    if (it == typed.end() || it->second == value || field == "identifiant" ||
        field == "code_territoire") {
      continue;
    }
    rows.push_back(
        mstch::map{{"field", form.label_of(field)}, {"current", value}, {"typed", it->second}});
  }
  return rows;
}

Response update(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found_page(context);
  const auto fields = views::post_fields_from(context.request);
  const auto result = app::update_post(context.database, context.user(), post->id, fields,
                                       form_version(context.request), context.now);
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(fmt::format("Le poste {} a été enregistré.", post->id));
      return redirect_to("/postes/" + url_encode(post->id));
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, "Votre rôle ne permet pas de modifier ce poste.");
    case app::SaveStatus::kInvalid: {
      FormView form = views::post_form(context, false);
      form.set_values(fields);
      views::add_errors(form, result.errors);
      return render_form(context, form, post, form_version(context.request), 422);
    }
    case app::SaveStatus::kStale: {
      FormView form = views::post_form(context, false);
      form.set_values(fields);
      form.add_error("", texts::kStaleVersion);
      // The form now carries the current version: saving again is a deliberate choice.
      return render_form(
          context, form, post, result.record.version, 409,
          {{"stale", true}, {"differences", differences(result.record, fields, form)}});
    }
  }
  return not_found_page(context);
}

FormView close_form() {
  return FormView({{.name = "cloture_le",
                    .label = "Dernier jour du poste",
                    .kind = FieldSpec::Kind::kDate,
                    .required = true,
                    .help = "jj/mm/aaaa : le poste n'est plus financé après ce jour.",
                    .inputmode = "numeric"},
                   {.name = "motif",
                    .label = "Motif",
                    .kind = FieldSpec::Kind::kTextarea,
                    .required = true,
                    .help = "Départ de l'agent, suppression du poste, fin de la CTG…"}});
}

Response render_close(RequestContext& context, const core::Post& post, const FormView& form,
                      int version, int status) {
  return render_page(context, "posts/close",
                     {{"form", form.view()},
                      {"id", post.id},
                      {"action", "/postes/" + url_encode(post.id) + "/cloture"},
                      {"version", std::to_string(version)}},
                     {.title = "Mettre fin au poste " + post.id,
                      .breadcrumb = crumbs_for(context, post, "Fin du poste"),
                      .section = "portefeuille",
                      .status = status});
}

Response close_page(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found_page(context);
  if (!core::role_allows(context.user().role, core::Permission::kEditPost)) {
    return forbidden_page(context, "Votre rôle ne permet pas de mettre fin à ce poste.");
  }
  FormView form = close_form();
  form.set_values({{"cloture_le", core::format_date(context.today)}});
  return render_close(context, *post, form, post->version, 200);
}

Response close(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found_page(context);
  const Request& request = context.request;
  const auto result =
      app::close_post(context.database, context.user(), post->id, request.form_value("cloture_le"),
                      request.form_value("motif"), form_version(request), context.now);
  FormView form = close_form();
  form.set_values(
      {{"cloture_le", request.form_value("cloture_le")}, {"motif", request.form_value("motif")}});
  switch (result.status) {
    case app::SaveStatus::kSaved:
      context.set_flash(fmt::format("Le poste {} prend fin le {}.", post->id,
                                    core::format_date(*result.record.closed_on)));
      return redirect_to("/postes/" + url_encode(post->id));
    case app::SaveStatus::kNotFound:
      return not_found_page(context);
    case app::SaveStatus::kForbidden:
      return forbidden_page(context, "Votre rôle ne permet pas de mettre fin à ce poste.");
    case app::SaveStatus::kInvalid:
      views::add_errors(form, result.errors);
      return render_close(context, *post, form, form_version(request), 422);
    case app::SaveStatus::kStale:
      form.add_error("", texts::kStaleVersion);
      return render_close(context, *post, form, result.record.version, 409);
  }
  return not_found_page(context);
}

}  // namespace

void add_post_routes(Router& router) {
  router.get("/postes/nouveau", new_post);
  router.post("/postes", create);
  router.get("/postes/{id}", show_post);
  router.get("/postes/{id}/modifier", edit);
  router.post("/postes/{id}", update);
  router.get("/postes/{id}/fin", close_page);
  router.post("/postes/{id}/cloture", close);
}

}  // namespace maillage::web::routes
