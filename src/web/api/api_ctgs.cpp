// /ctgs: the CTGs of the user's perimeter; create, replace and close one through the same
// service as the forms.
#include <algorithm>

#include "app/ctg_service.hpp"
#include "app/portfolio_query.hpp"
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

std::string lines_of(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : "\n") + item;
  return text;
}

struct CtgBody {
  app::CtgFields fields;
  int version = -1;
  std::vector<FieldError> errors;
};

// The JSON body as the service's fields; `current` when replacing a CTG (its territory stays).
CtgBody read_ctg_body(const Request& request, const core::Ctg* current) {
  const json body = json_body(request);
  BodyReader reader(body);
  CtgBody out;
  auto& fields = out.fields;
  fields["code_territoire"] = reader.text("code_territoire");
  fields["date_debut"] = reader.date("date_debut");
  fields["date_fin"] = reader.date("date_fin");
  const auto renewal = reader.boolean("renouvellement");
  fields["renouvellement"] = !renewal ? "" : *renewal ? "oui" : "non";
  fields["signataires"] = lines_of(reader.texts("signataires"));
  fields["thematiques"] = lines_of(reader.texts("thematiques"));
  reader.ignore(
      {"id", "cloture_le", "territoire_nom", "dernier_jour", "en_vigueur", "postes", "constats"});
  if (current != nullptr) {
    if (!fields["code_territoire"].empty() &&
        fields["code_territoire"] != current->territory_code) {
      reader.error("code_territoire", msg::kCtgTerritoryFixed);
    }
    fields["code_territoire"] = current->territory_code;
    out.version = expected_version(request, reader);
  } else {
    reader.ignore({"version"});
  }
  out.errors = reader.finish();
  return out;
}

// The CTG with the posts the engine attaches to it today and the findings on it as a whole.
json ctg_detail_json(const core::Ctg& ctg, const app::PortfolioSnapshot& snapshot,
                     const core::Actor& actor, core::Date today) {
  json out = ctg_json(ctg, snapshot, today);
  std::vector<std::string> posts;
  for (const auto& row : app::select_portfolio(snapshot, actor, {}).rows) {
    if (row.ctg != nullptr && row.ctg->id == ctg.id) posts.push_back(row.post->id);
  }
  std::sort(posts.begin(), posts.end());
  out["postes"] = posts;
  const core::CtgResult* result = snapshot.ctg_result(ctg.id);
  out["constats"] = result ? findings_json(result->findings) : json::array();
  return out;
}

Response list_ctgs(RequestContext& context) {
  const std::string wanted = context.request.query_value("territoire");
  const auto snapshot = context.snapshot();
  std::vector<const core::Ctg*> ctgs;
  for (const auto& ctg : snapshot->facts().ctgs) {
    const core::Territory* territory = visible_territory(context, ctg.territory_code);
    if (territory == nullptr) continue;
    if (!wanted.empty() && territory->code != wanted &&
        territory->epci_code.value_or("") != wanted) {
      continue;
    }
    ctgs.push_back(&ctg);
  }
  const auto name_of = [&](const core::Ctg* ctg) {
    return snapshot->territory(ctg->territory_code)->name;
  };
  std::sort(ctgs.begin(), ctgs.end(), [&](const core::Ctg* a, const core::Ctg* b) {
    if (name_of(a) != name_of(b)) return name_of(a) < name_of(b);
    return a->start < b->start;
  });
  json items = json::array();
  for (const core::Ctg* ctg : ctgs) items.push_back(ctg_json(*ctg, *snapshot, context.today));
  return json_response({{"ctgs", std::move(items)}});
}

Response show_ctg(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found();
  return json_response(ctg_detail_json(*ctg, *context.snapshot(), context.user(), context.today));
}

Response saved_or_refused(RequestContext& context, const app::SaveResult<core::Ctg>& result,
                          int sent_version) {
  switch (result.status) {
    case app::SaveStatus::kSaved:
      return json_response(
          ctg_detail_json(result.record, *fresh_snapshot(context), context.user(), context.today));
    case app::SaveStatus::kInvalid:
      return invalid(field_errors(result.errors));
    case app::SaveStatus::kStale:
      return stale(sent_version, ctg_record_json(result.record));
    case app::SaveStatus::kForbidden:
      return forbidden(msg::kEditCtgRefused);
    case app::SaveStatus::kNotFound:
      break;
  }
  return not_found();
}

Response create(RequestContext& context) {
  if (!core::role_allows(context.user().role, core::Permission::kEditCtg)) {
    return forbidden(msg::kEditCtgRefused);
  }
  const CtgBody body = read_ctg_body(context.request, nullptr);
  if (!body.errors.empty()) return invalid(body.errors);
  const auto result = app::create_ctg(context.database, context.user(), body.fields, context.now);
  if (result.status != app::SaveStatus::kSaved) return saved_or_refused(context, result, 0);
  return created(
      std::string(kPrefix) + "/ctgs/" + std::to_string(result.record.id),
      ctg_detail_json(result.record, *fresh_snapshot(context), context.user(), context.today));
}

Response replace(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found();
  if (!core::role_allows(context.user().role, core::Permission::kEditCtg)) {
    return forbidden(msg::kEditCtgRefused);
  }
  const CtgBody body = read_ctg_body(context.request, ctg);
  if (!body.errors.empty()) return invalid(body.errors);
  const auto result = app::update_ctg(context.database, context.user(), ctg->id, body.fields,
                                      body.version, context.now);
  return saved_or_refused(context, result, body.version);
}

Response close(RequestContext& context) {
  const core::Ctg* ctg = visible_ctg(context, context.param("id"));
  if (ctg == nullptr) return not_found();
  if (!core::role_allows(context.user().role, core::Permission::kEditCtg)) {
    return forbidden(msg::kEditCtgRefused);
  }
  const json body = json_body(context.request);
  BodyReader reader(body);
  const std::string closed_on = reader.date("cloture_le");
  const std::string reason = reader.text("motif");
  const int version = expected_version(context.request, reader);
  if (auto errors = reader.finish(); !errors.empty()) return invalid(errors);
  const auto result = app::close_ctg(context.database, context.user(), ctg->id, closed_on, reason,
                                     version, context.now);
  return saved_or_refused(context, result, version);
}

// A CTG to write with the API, valid on the demo data (the OpenAPI test sends it): Nîmes
// Métropole's CTGs run to 2030.
json ctg_example(bool creating) {
  json example{{"date_debut", "2031-01-01"},
               {"date_fin", "2035-12-31"},
               {"renouvellement", true},
               {"signataires", {"Caf du Gard", "Nîmes Métropole"}},
               {"thematiques", {"Petite enfance", "Jeunesse", "Parentalité"}}};
  if (creating) {
    example["code_territoire"] = "243000643";
  } else {
    example["version"] = 1;
  }
  return example;
}

json id_parameter() {
  return schema::path_parameter("id", "Identifiant de la CTG.",
                                {{"type", "integer"}, {"example", 1}});
}

json write_description(const std::string& operation_id, const std::string& summary,
                       const std::string& description, json parameters, json request,
                       json successes, std::initializer_list<int> problems) {
  json out{{"operationId", operation_id},
           {"tags", json::array({"CTG"})},
           {"summary", summary},
           {"description", description},
           {"requestBody", std::move(request)},
           {"security", schema::write_security()},
           {"responses", schema::responses(std::move(successes), problems)}};
  if (!parameters.empty()) out["parameters"] = std::move(parameters);
  return out;
}

}  // namespace

std::vector<Operation> ctg_operations() {
  namespace s = schema;
  json created_answer = s::json_answer("La CTG créée.", s::ref("CtgDetail"));
  created_answer["headers"] = {
      {"Location",
       {{"description", "Adresse de la CTG créée."}, {"schema", {{"type", "string"}}}}}};
  return {
      {"GET",
       "/ctgs",
       list_ctgs,
       {{"operationId", "listerCtg"},
        {"tags", json::array({"CTG"})},
        {"summary", "CTG de votre périmètre"},
        {"description", "Toutes les CTG (passées, en cours, à venir), par territoire puis date."},
        {"parameters",
         {s::query_parameter("territoire",
                             "Code d'un EPCI (ses communes comprises) ou d'une commune.",
                             {{"type", "string"}, {"example", "243000643"}})}},
        {"security", s::read_security()},
        {"responses",
         s::responses({{"200", s::json_answer("La liste.", s::ref("ListeCtg"))}}, {})}}},
      {"POST", "/ctgs", create,
       write_description(
           "creerCtg", "Créer une CTG",
           "Les contrôles d'une ligne du fichier des conventions ; le territoire doit être dans "
           "votre périmètre. Rôles : agents et administrateurs de la Caf.",
           json::array(), s::json_request("CtgEcriture", ctg_example(true)),
           {{"201", created_answer}}, {400, 403, 415, 422})},
      {"GET",
       "/ctgs/{id}",
       show_ctg,
       {{"operationId", "lireCtg"},
        {"tags", json::array({"CTG"})},
        {"summary", "Une CTG, ses postes et ses constats"},
        {"parameters", {id_parameter()}},
        {"security", s::read_security()},
        {"responses",
         s::responses({{"200", s::json_answer("La CTG.", s::ref("CtgDetail"))}}, {404})}}},
      {"PUT", "/ctgs/{id}", replace,
       write_description(
           "modifierCtg", "Remplacer les champs d'une CTG",
           "Remplacement complet sur la version lue (champ version ou en-tête If-Match: \"3\"). "
           "Si quelqu'un a enregistré depuis : 409 avec l'enregistrement actuel, rien n'est "
           "écrasé.",
           {id_parameter()}, s::json_request("CtgEcriture", ctg_example(false)),
           {{"200", s::json_answer("La CTG enregistrée.", s::ref("CtgDetail"))}},
           {400, 403, 404, 409, 415, 422})},
      {"POST", "/ctgs/{id}/cloture", close,
       write_description(
           "cloturerCtg", "Clore une CTG avant son terme",
           "cloture_le est son dernier jour, entre son début et sa fin ; le reste de sa période "
           "devient libre pour une autre CTG. Le motif reste dans l'historique.",
           {id_parameter()},
           s::json_request(
               "Cloture",
               {{"cloture_le", "2027-06-30"}, {"motif", "Fusion des EPCI"}, {"version", 1}}),
           {{"200", s::json_answer("La CTG close.", s::ref("CtgDetail"))}},
           {400, 403, 404, 409, 415, 422})},
  };
}

}  // namespace maillage::web::api
