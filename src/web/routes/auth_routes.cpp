// Sign-in, sign-out and the user's own account (password, API tokens).
#include <fmt/core.h>

#include "app/account_service.hpp"
#include "app/api_token_service.hpp"
#include "app/crypto.hpp"
#include "app/session_service.hpp"
#include "store/api_token_repository.hpp"
#include "web/cookies.hpp"
#include "web/form_view.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/texts_fr.hpp"

namespace maillage::web::routes {

namespace {

// Only a path of this site: never "//other.example" nor "https://…" (open redirect).
std::string safe_return_path(const std::string& requested) {
  if (requested.size() < 1 || requested.front() != '/' || requested.rfind("//", 0) == 0 ||
      requested.find('\\') != std::string::npos || requested.rfind("/connexion", 0) == 0) {
    return "/";
  }
  return requested;
}

FormView sign_in_form() {
  return FormView({
      {.name = "identifiant", .label = "Identifiant", .required = true, .autocomplete = "username"},
      {.name = "mot_de_passe",
       .label = "Mot de passe",
       .kind = FieldSpec::Kind::kPassword,
       .required = true,
       .autocomplete = "current-password"},
  });
}

// The sign-in form carries a random value that must match a cookie (double submit): a page of
// another site cannot sign a visitor into an account of its choosing.
Response show_sign_in(RequestContext& context, const FormView& form, int status) {
  const std::string login_token = app::random_token();
  mstch::map data{{"form", form.view()},
                  {"login_token", login_token},
                  {"return_to", safe_return_path(context.request.query_value("retour").empty()
                                                     ? context.request.form_value("retour")
                                                     : context.request.query_value("retour"))}};
  Response response =
      render_page(context, "auth/sign_in", data, {.title = "Connexion", .status = status});
  response.headers.emplace_back(
      "Set-Cookie", cookie_header(kLoginCsrfCookie, login_token,
                                  {.secure = context.request.secure, .max_age_seconds = 3600}));
  return response;
}

Response sign_in_page(RequestContext& context) {
  if (context.actor) return redirect_to("/");
  return show_sign_in(context, sign_in_form(), 200);
}

Response sign_in(RequestContext& context) {
  const Request& request = context.request;
  FormView form = sign_in_form();
  const std::string login = request.form_value("identifiant");
  form.set_values({{"identifiant", login}});
  const auto cookie = request.cookies.find(kLoginCsrfCookie);
  const std::string sent = request.form_value("_connexion");
  if (cookie == request.cookies.end() || sent.empty() ||
      !app::constant_time_equal(sent, cookie->second)) {
    form.add_error("", texts::kCsrfRefused);
    return show_sign_in(context, form, 403);
  }
  const std::string password = request.form_value("mot_de_passe");
  if (login.empty()) form.add_error("identifiant", "Saisissez votre identifiant.");
  if (password.empty()) form.add_error("mot_de_passe", "Saisissez votre mot de passe.");
  if (form.has_errors()) return show_sign_in(context, form, 422);
  const auto result =
      app::authenticate(context.database, login, password, request.remote_address, context.now);
  if (!result.actor) {
    form.add_error("", result.error);
    return show_sign_in(context, form, 422);
  }
  const auto session = app::open_session(context.database, result.actor->user_id,
                                         request.remote_address, context.now);
  Response response = redirect_to(safe_return_path(request.form_value("retour")));
  response.headers.emplace_back(
      "Set-Cookie", cookie_header(kSessionCookie, session.token, {.secure = request.secure}));
  response.headers.emplace_back("Set-Cookie",
                                expired_cookie_header(kLoginCsrfCookie, request.secure));
  return response;
}

Response sign_out(RequestContext& context) {
  const auto cookie = context.request.cookies.find(kSessionCookie);
  if (cookie != context.request.cookies.end()) app::close_session(context.database, cookie->second);
  context.set_flash(texts::kSignedOut);
  Response response = redirect_to("/connexion");
  response.headers.emplace_back("Set-Cookie",
                                expired_cookie_header(kSessionCookie, context.request.secure));
  return response;
}

FormView password_form() {
  return FormView({
      {.name = "actuel",
       .label = "Mot de passe actuel",
       .kind = FieldSpec::Kind::kPassword,
       .required = true,
       .autocomplete = "current-password"},
      {.name = "nouveau",
       .label = "Nouveau mot de passe",
       .kind = FieldSpec::Kind::kPassword,
       .required = true,
       .help = "12 caractères au moins.",
       .autocomplete = "new-password"},
      {.name = "confirmation",
       .label = "Confirmation du nouveau mot de passe",
       .kind = FieldSpec::Kind::kPassword,
       .required = true,
       .autocomplete = "new-password"},
  });
}

Response show_account(RequestContext& context, const FormView& form, int status,
                      const std::string& new_token = "") {
  const auto& actor = context.user();
  mstch::array territories;
  const auto snapshot = context.snapshot();
  for (const auto& code : actor.territory_codes) {
    const auto* territory = snapshot->territory(code);
    territories.push_back(mstch::map{{"code", code},
                                     {"name", territory ? territory->name : code},
                                     {"href", "/territoires/" + code}});
  }
  mstch::array tokens;
  for (const auto& token :
       store::ApiTokenRepository(context.database).list_for_user(actor.user_id)) {
    if (token.revoked) continue;
    tokens.push_back(
        mstch::map{{"id", std::to_string(token.id)},
                   {"label", token.label},
                   {"created_at", token.created_at.substr(0, 10)},
                   {"last_used_at", token.last_used_at.value_or("jamais").substr(0, 10)}});
  }
  const auto* caf = snapshot->caf(actor.caf_departement);
  mstch::map data{{"form", form.view()},
                  {"login", actor.login},
                  {"display_name", actor.display_name},
                  {"role", std::string(texts::role_label(actor.role))},
                  {"caf", caf ? caf->name : actor.caf_departement},
                  {"territories", territories},
                  {"tokens", tokens},
                  {"new_token", new_token}};
  return render_page(context, "auth/account", data,
                     {.title = "Mon compte",
                      .breadcrumb = {{"Accueil", "/"}, {"Mon compte", ""}},
                      .status = status});
}

Response account_page(RequestContext& context) {
  return show_account(context, password_form(), 200);
}

Response change_password(RequestContext& context) {
  FormView form = password_form();
  const Request& request = context.request;
  const std::string error = app::change_password(
      context.database, context.user().user_id, request.form_value("actuel"),
      request.form_value("nouveau"), request.form_value("confirmation"), context.now);
  if (!error.empty()) {
    form.add_error("nouveau", error);
    return show_account(context, form, 422);
  }
  context.set_flash(texts::kPasswordChanged);
  return redirect_to("/compte");
}

Response create_token(RequestContext& context) {
  std::string label = context.request.form_value("libelle");
  if (label.empty()) label = "Jeton API";
  const std::string token =
      app::create_api_token(context.database, context.user().user_id, label, context.now);
  return show_account(context, password_form(), 200, token);
}

Response revoke_token(RequestContext& context) {
  std::int64_t id = 0;
  try {
    id = std::stoll(context.param("id"));
  } catch (const std::exception&) {
    return not_found_page(context);
  }
  app::revoke_api_token(context.database, id, context.user().user_id);
  context.set_flash("Le jeton a été révoqué.");
  return redirect_to("/compte");
}

}  // namespace

void add_auth_routes(Router& router) {
  router.get("/connexion", sign_in_page, Access::kPublic);
  router.post("/connexion", sign_in, Access::kPublic);
  router.post("/deconnexion", sign_out);
  router.get("/compte", account_page);
  router.post("/compte/mot-de-passe", change_password);
  router.post("/compte/jetons", create_token);
  router.post("/compte/jetons/{id}/revocation", revoke_token);
}

}  // namespace maillage::web::routes
