// /posts: the portfolio's posts with their funding, filtered and paginated; a post, its funding
// explained; create, replace and close, through the same service as the forms and the import.
#include <fmt/core.h>

#include "app/portfolio_query.hpp"
#include "app/post_service.hpp"
#include "core/access_policy.hpp"
#include "web/api/api_json.hpp"
#include "web/api/api_messages_fr.hpp"
#include "web/api/api_resources.hpp"
#include "web/api/api_schemas.hpp"
#include "web/problem.hpp"
#include "web/visibility.hpp"

namespace maillage::web::api {

namespace {

using nlohmann::json;
namespace msg = messages;

constexpr std::int64_t kMaxHundredths = 100000;        // 1 000 FTE: beyond, a typing error
constexpr std::int64_t kMaxCents = 100'000'000'000LL;  // one billion euros
constexpr std::int64_t kMaxLevel = 100;

// The import columns whose API name carries the unit.
const std::map<std::string, std::string> kRenamed{{"etp_agent", "etp_agent_centiemes"},
                                                  {"etp_mission", "etp_mission_centiemes"},
                                                  {"cout_annuel", "cout_annuel_centimes"}};

std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

struct PostBody {
  app::PostFields fields;
  int version = -1;
  std::vector<FieldError> errors;
};

// The JSON body as the import's fields; `current` when replacing a post (its identity stays).
PostBody read_post_body(const Request& request, const core::Post* current) {
  const json body = json_body(request);
  BodyReader reader(body);
  PostBody out;
  auto& fields = out.fields;
  for (const char* name : {"identifiant", "code_territoire", "porteur", "fonction", "statut"}) {
    fields[name] = reader.text(name);
  }
  for (const auto& [column, field] : kRenamed) {
    const bool money = column == "cout_annuel";
    const auto value = reader.count(field, false, money ? kMaxCents : kMaxHundredths);
    fields[column] = !value ? ""
                     : money
                         ? core::format_money_plain(core::Money::from_cents(*value))
                         : core::format_fte(core::Fte::from_hundredths(static_cast<int>(*value)));
  }
  const auto level = reader.count("niveau_diplome", false, kMaxLevel);
  fields["niveau_diplome"] = level ? std::to_string(*level) : "";
  for (const char* name : {"date_embauche", "vacant_depuis"}) fields[name] = reader.date(name);
  for (const char* name :
       {"caf_associee_recrutement", "participation_reseau", "rapport_annuel_transmis"}) {
    const auto value = reader.boolean(name);
    fields[name] = !value ? "" : *value ? "oui" : "non";
  }
  reader.ignore({"cloture_le", "territoire_nom", "financement"});
  if (current != nullptr) {
    if (!fields["identifiant"].empty() && fields["identifiant"] != current->id) {
      reader.error("identifiant", msg::kIdentityFixed);
    }
    if (!fields["code_territoire"].empty() &&
        fields["code_territoire"] != current->territory_code) {
      reader.error("code_territoire", msg::kIdentityFixed);
    }
    out.version = expected_version(request, reader);
  } else {
    reader.ignore({"version"});
  }
  out.errors = reader.finish();
  return out;
}

app::PortfolioFilter read_filter(const Request& request) {
  app::PortfolioFilter filter;
  std::vector<FieldError> errors;
  filter.territory = request.query_value("territoire");
  if (const std::string value = request.query_value("verdict"); !value.empty()) {
    filter.verdict = core::parse_verdict(value);
    if (!filter.verdict) {
      errors.push_back(
          {"verdict", msg::bad_query_choice(value, "eligible, a_mettre_en_conformite, exclu")});
    }
  }
  if (const std::string value = request.query_value("fonction"); !value.empty()) {
    filter.function = core::parse_post_function(value);
    if (!filter.function) {
      errors.push_back({"fonction", msg::bad_query_choice(value,
                                                          "cooperation, assistant_administratif, "
                                                          "direction, responsable_equipement")});
    }
  }
  if (const std::string value = request.query_value("etp"); !value.empty()) {
    filter.fte_band = app::parse_fte_band(value);
    if (!filter.fte_band) {
      errors.push_back({"etp", msg::bad_query_choice(value, "moins-de-0-5, 0-5-a-0-99, 1")});
    }
  }
  if (const std::string value = request.query_value("tri"); !value.empty()) {
    const auto& keys = app::sort_keys();
    if (std::find(keys.begin(), keys.end(), value) == keys.end()) {
      errors.push_back({"tri", msg::bad_query_choice(value, join(keys))});
    }
    filter.sort = value;
  }
  if (const std::string value = request.query_value("ordre"); !value.empty()) {
    if (value != "asc" && value != "desc") {
      errors.push_back({"ordre", msg::bad_query_choice(value, "asc, desc")});
    }
    filter.descending = value == "desc";
  }
  if (!errors.empty()) throw Refusal(bad_request(errors.front().message, errors));
  return filter;
}

Response list_posts(RequestContext& context) {
  const app::PortfolioFilter filter = read_filter(context.request);
  const auto date = query_date(context.request, "date");
  const Page page = query_page(context.request);
  const auto snapshot = date ? context.snapshot_on(*date) : context.snapshot();
  const auto selection = app::select_portfolio(*snapshot, context.user(), filter);
  json items = json::array();
  for (std::size_t i = page.offset; i < selection.rows.size() && i < page.offset + page.limit;
       ++i) {
    items.push_back(post_json(*selection.rows[i].post, *snapshot));
  }
  return json_response({{"date", core::format_iso_date(snapshot->date())},
                        {"nombre", selection.rows.size()},
                        {"limit", page.limit},
                        {"offset", page.offset},
                        {"postes", std::move(items)},
                        {"totaux", totals_json(selection)}});
}

Response show_post(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found();
  return json_response(post_json(*post, *context.snapshot()));
}

Response post_funding(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found();
  const auto date = query_date(context.request, "date");
  const auto snapshot = context.snapshot_on(date.value_or(context.today));
  const core::Territory* territory = snapshot->territory(post->territory_code);
  const app::CafFunding* caf = territory ? snapshot->caf_funding(territory->departement) : nullptr;
  const core::PostResult* result = snapshot->result_of(post->id);
  json ctg_findings = json::array();
  if (result && result->ctg_id) {
    if (const core::CtgResult* ctg = snapshot->ctg_result(*result->ctg_id)) {
      ctg_findings = findings_json(ctg->findings);
    }
  }
  return json_response(
      {{"identifiant", post->id},
       {"date", core::format_iso_date(snapshot->date())},
       {"ouvert", result != nullptr},
       {"caf",
        caf ? json{{"departement", caf->caf.departement}, {"nom", caf->caf.name}} : json(nullptr)},
       {"doctrine",
        caf ? json(caf->doctrine ? caf->doctrine->id : caf->caf.doctrine_id) : json(nullptr)},
       {"resultat", result ? funding_summary_json(*result, snapshot->date()) : json(nullptr)},
       {"constats", result ? findings_json(core::explained_findings(*result)) : json::array()},
       {"constats_ctg", std::move(ctg_findings)}});
}

std::string location_of(const core::Post& post) {
  return std::string(kPrefix) + "/posts/" + url_encode(post.id);
}

Response create(RequestContext& context) {
  if (!core::role_allows(context.user().role, core::Permission::kEditPost)) {
    return forbidden(msg::kEditPostRefused);
  }
  const PostBody body = read_post_body(context.request, nullptr);
  if (!body.errors.empty()) return invalid(body.errors);
  const auto result = app::create_post(context.database, context.user(), body.fields, context.now);
  switch (result.status) {
    case app::SaveStatus::kSaved:
      return created(location_of(result.record),
                     post_json(result.record, *fresh_snapshot(context)));
    case app::SaveStatus::kInvalid:
      return invalid(field_errors(result.errors, kRenamed));
    case app::SaveStatus::kForbidden:
      return forbidden(msg::kEditPostRefused);
    case app::SaveStatus::kNotFound:
    case app::SaveStatus::kStale:
      break;  // not for a new post
  }
  return not_found();
}

// The answer to a replace or a close, from the service's result.
Response saved_or_refused(RequestContext& context, const app::SaveResult<core::Post>& result,
                          int sent_version) {
  switch (result.status) {
    case app::SaveStatus::kSaved:
      return json_response(post_json(result.record, *fresh_snapshot(context)));
    case app::SaveStatus::kInvalid:
      return invalid(field_errors(result.errors, kRenamed));
    case app::SaveStatus::kStale:
      return stale(sent_version, post_record_json(result.record));
    case app::SaveStatus::kForbidden:
      return forbidden(msg::kEditPostRefused);
    case app::SaveStatus::kNotFound:
      break;
  }
  return not_found();
}

Response replace(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found();
  if (!core::role_allows(context.user().role, core::Permission::kEditPost)) {
    return forbidden(msg::kEditPostRefused);
  }
  const PostBody body = read_post_body(context.request, post);
  if (!body.errors.empty()) return invalid(body.errors);
  const auto result = app::update_post(context.database, context.user(), post->id, body.fields,
                                       body.version, context.now);
  return saved_or_refused(context, result, body.version);
}

Response close(RequestContext& context) {
  const core::Post* post = visible_post(context, context.param("id"));
  if (post == nullptr) return not_found();
  if (!core::role_allows(context.user().role, core::Permission::kEditPost)) {
    return forbidden(msg::kEditPostRefused);
  }
  const json body = json_body(context.request);
  BodyReader reader(body);
  const std::string closed_on = reader.date("cloture_le");
  const std::string reason = reader.text("motif");
  const int version = expected_version(context.request, reader);
  if (auto errors = reader.finish(); !errors.empty()) return invalid(errors);
  const auto result = app::close_post(context.database, context.user(), post->id, closed_on, reason,
                                      version, context.now);
  return saved_or_refused(context, result, version);
}

// A post to write with the API, valid on the demo data (the OpenAPI test sends it).
json post_example(bool creating) {
  json example{{"porteur", "epci"},
               {"etp_agent_centiemes", 100},
               {"etp_mission_centiemes", 80},
               {"cout_annuel_centimes", 4800000},
               {"fonction", "cooperation"},
               {"niveau_diplome", 6},
               {"statut", "creation"},
               {"date_embauche", "2026-09-01"},
               {"vacant_depuis", nullptr},
               {"caf_associee_recrutement", true},
               {"participation_reseau", true},
               {"rapport_annuel_transmis", false}};
  if (creating) {
    example["identifiant"] = "GARD-API-001";
    example["code_territoire"] = "243000643";
  } else {
    example["version"] = 1;
  }
  return example;
}

json id_parameter() {
  return schema::path_parameter("id", "Identifiant du poste.",
                                {{"type", "string"}, {"example", "GARD-001"}});
}

json enum_schema(std::initializer_list<const char*> values) {
  json list = json::array();
  for (const char* value : values) list.push_back(value);
  return {{"type", "string"}, {"enum", list}};
}

json list_description() {
  namespace s = schema;
  json sort_keys = json::array();
  for (const auto& key : app::sort_keys()) sort_keys.push_back(key);
  return {
      {"operationId", "listerPostes"},
      {"tags", json::array({"Postes"})},
      {"summary", "Postes ouverts de votre périmètre, avec financement et verdict"},
      {"description",
       "Les mêmes filtres et le même tri que la page Portefeuille. Les totaux portent sur tous "
       "les postes filtrés ; la liste est découpée en pages (limit, offset). Une valeur de "
       "filtre inconnue est refusée (400) plutôt qu'ignorée."},
      {"parameters",
       {s::query_parameter("territoire",
                           "Code d'un EPCI (ses communes comprises) ou d'une commune.",
                           {{"type", "string"}, {"example", "243000643"}}),
        s::query_parameter("verdict", "Verdict.",
                           enum_schema({"eligible", "a_mettre_en_conformite", "exclu"})),
        s::query_parameter("fonction", "Fonction de l'agent.",
                           enum_schema({"cooperation", "assistant_administratif", "direction",
                                        "responsable_equipement"})),
        s::query_parameter("etp", "Tranche de temps de mission.",
                           enum_schema({"moins-de-0-5", "0-5-a-0-99", "1"})),
        s::query_parameter("tri", "Clé de tri (territoire par défaut).",
                           {{"type", "string"}, {"enum", sort_keys}, {"default", "territoire"}}),
        s::query_parameter("ordre", "Ordre du tri.",
                           {{"type", "string"}, {"enum", {"asc", "desc"}}, {"default", "asc"}}),
        s::date_query_parameter("Date du calcul (aaaa-mm-jj)."),
        s::query_parameter(
            "limit", "Postes par page.",
            {{"type", "integer"}, {"minimum", 1}, {"maximum", kMaxLimit}, {"default", 100}}),
        s::query_parameter("offset", "Postes à sauter.",
                           {{"type", "integer"}, {"minimum", 0}, {"default", 0}})}},
      {"security", s::read_security()},
      {"responses",
       s::responses({{"200", s::json_answer("La page de postes.", s::ref("ListePostes"))}},
                    {400})}};
}

json write_description(const std::string& operation_id, const std::string& summary,
                       const std::string& description, json parameters, json request,
                       json successes, std::initializer_list<int> problems) {
  json out{{"operationId", operation_id},
           {"tags", json::array({"Postes"})},
           {"summary", summary},
           {"description", description},
           {"requestBody", std::move(request)},
           {"security", schema::write_security()},
           {"responses", schema::responses(std::move(successes), problems)}};
  if (!parameters.empty()) out["parameters"] = std::move(parameters);
  return out;
}

}  // namespace

std::vector<Operation> post_operations() {
  namespace s = schema;
  json created_answer = s::json_answer("Le poste créé.", s::ref("Poste"));
  created_answer["headers"] = {
      {"Location", {{"description", "Adresse du poste créé."}, {"schema", {{"type", "string"}}}}}};
  return {
      {"GET", "/posts", list_posts, list_description()},
      {"POST", "/posts", create,
       write_description(
           "creerPoste", "Créer un poste",
           "Les contrôles d'une ligne du fichier des postes ; le territoire doit être dans votre "
           "périmètre et l'identifiant libre. Rôles : agents et administrateurs de la Caf, "
           "employeur.",
           json::array(), s::json_request("PosteEcriture", post_example(true)),
           {{"201", created_answer}}, {400, 403, 415, 422})},
      {"GET",
       "/posts/{id}",
       show_post,
       {{"operationId", "lirePoste"},
        {"tags", json::array({"Postes"})},
        {"summary", "Un poste et son financement aujourd'hui"},
        {"parameters", {id_parameter()}},
        {"security", s::read_security()},
        {"responses",
         s::responses({{"200", s::json_answer("Le poste.", s::ref("Poste"))}}, {404})}}},
      {"PUT", "/posts/{id}", replace,
       write_description(
           "modifierPoste", "Remplacer les champs d'un poste",
           "Remplacement complet sur la version lue (champ version ou en-tête If-Match: \"3\"). "
           "Si quelqu'un a enregistré depuis : 409 avec l'enregistrement actuel, rien n'est "
           "écrasé.",
           {id_parameter()}, s::json_request("PosteEcriture", post_example(false)),
           {{"200", s::json_answer("Le poste enregistré.", s::ref("Poste"))}},
           {400, 403, 404, 409, 415, 422})},
      {"POST", "/posts/{id}/cloture", close,
       write_description(
           "cloturerPoste", "Mettre fin à un poste",
           "Le poste n'est plus financé après cloture_le ; le motif reste dans l'historique.",
           {id_parameter()},
           s::json_request(
               "Cloture",
               {{"cloture_le", "2027-01-31"}, {"motif", "Départ de l'agent"}, {"version", 1}}),
           {{"200", s::json_answer("Le poste clos.", s::ref("Poste"))}},
           {400, 403, 404, 409, 415, 422})},
      {"GET",
       "/posts/{id}/financement",
       post_funding,
       {{"operationId", "expliquerFinancementPoste"},
        {"tags", json::array({"Postes"})},
        {"summary", "Le financement d'un poste expliqué règle par règle"},
        {"description",
         "Chaque constat avec son niveau, son message chiffré, sa source, son échéance et ce "
         "qui le lèverait ; puis les constats sur sa CTG."},
        {"parameters", {id_parameter(), s::date_query_parameter("Date du calcul (aaaa-mm-jj).")}},
        {"security", s::read_security()},
        {"responses",
         s::responses({{"200", s::json_answer("L'explication.", s::ref("FinancementPoste"))}},
                      {400, 404})}}},
  };
}

}  // namespace maillage::web::api
