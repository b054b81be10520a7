// /ctgs/{id}/espace, /fiches/{id}, /alertes: the CTG workspace through the JSON API, with the
// same services, checks and permissions as its pages. Values are texts as typed in the forms
// and the files ("31/01/2027", "12000,50", "PAR-001, PAR-002").
#include "app/workspace_alert_service.hpp"
#include "app/workspace_service.hpp"
#include "web/api/api_resources.hpp"
#include "web/api/api_schemas.hpp"
#include "web/problem.hpp"

namespace maillage::web::api {

namespace {

using nlohmann::json;

constexpr const char* kMayNotWrite =
    "Votre rôle ne modifie pas ce type de fiche : le chargé de coopération et l'employeur "
    "tiennent l'espace, l'agent de la Caf commente, les élus consultent.";

json record_json(const core::WorkspaceRecord& record) {
  const auto* kind = core::find_kind(record.kind);
  json values = json::object();
  if (kind != nullptr) {
    for (const auto& [field, value] : app::editable_fields(*kind, record)) {
      if (field != core::kReferenceField && !value.empty()) values[field] = value;
    }
  }
  return {{"id", record.id},
          {"type", record.kind},
          {"reference", record.reference},
          {"ctg", record.scope.is_caf() ? json(nullptr) : json(record.scope.ctg_id)},
          {"version", record.version},
          {"valeurs", values},
          {"modifie_le", record.updated_at},
          {"modifie_par", record.updated_by}};
}

// The body's "valeurs" as the service's fields (every field of the kind, empty when absent: a
// PUT replaces the whole record), and its reference.
app::WorkspaceFields read_values(const json& body, const core::KindSpec& kind,
                                 std::vector<FieldError>& errors) {
  app::WorkspaceFields fields;
  const auto values = body.find("valeurs");
  if (values == body.end() || !values->is_object()) {
    errors.push_back({"valeurs", "Un objet « valeurs » est attendu : champ → texte."});
    return fields;
  }
  for (const auto& [field, value] : values->items()) {
    if (kind.field(field) == nullptr) {
      errors.push_back({"valeurs." + field, "Ce champ n'existe pas pour ce type de fiche."});
    } else if (!value.is_string() && !value.is_null()) {
      errors.push_back({"valeurs." + field, "Une valeur est un texte, comme dans le formulaire."});
    } else if (value.is_string()) {
      fields[field] = value.get<std::string>();
    }
  }
  if (const auto reference = body.find("reference");
      reference != body.end() && reference->is_string()) {
    fields[std::string(core::kReferenceField)] = reference->get<std::string>();
  }
  return fields;
}

Response answer(const app::SaveResult<core::WorkspaceRecord>& result, int sent_version) {
  switch (result.status) {
    case app::SaveStatus::kSaved:
      return json_response(record_json(result.record));
    case app::SaveStatus::kInvalid:
      return invalid(field_errors(result.errors));
    case app::SaveStatus::kStale:
      return stale(sent_version, record_json(result.record));
    case app::SaveStatus::kForbidden:
      return forbidden(kMayNotWrite);
    case app::SaveStatus::kNotFound:
      break;
  }
  return not_found();
}

Response list(RequestContext& context) {
  const auto id = parse_id(context.param("id"));
  const auto workspace =
      id ? app::ctg_workspace(context.database, context.user(), *id) : std::nullopt;
  if (!workspace) return not_found();
  const std::string kind = context.request.query_value("type");
  if (!kind.empty() && core::find_kind(kind) == nullptr) {
    return bad_request("Type de fiche inconnu.", {{"type", "Type de fiche inconnu : " + kind}});
  }
  json records = json::array();
  for (const auto& record : app::list_records(context.database, workspace->scope, kind)) {
    records.push_back(record_json(record));
  }
  return json_response({{"ctg", *id}, {"fiches", records}});
}

Response create(RequestContext& context) {
  const auto id = parse_id(context.param("id"));
  const auto workspace =
      id ? app::ctg_workspace(context.database, context.user(), *id) : std::nullopt;
  if (!workspace) return not_found();
  const json body = json_body(context.request);
  const std::string kind_code = body.value("type", "");
  const auto* kind = core::find_kind(kind_code);
  if (kind == nullptr || kind->level != core::WorkspaceLevel::kCtg) {
    return invalid({{"type", "Type de fiche inconnu : « " + kind_code + " »."}});
  }
  std::vector<FieldError> errors;
  const auto fields = read_values(body, *kind, errors);
  if (!errors.empty()) return invalid(errors);
  const auto result = app::create_record(context.database, context.user(), workspace->scope,
                                         kind_code, fields, context.now);
  if (result.status != app::SaveStatus::kSaved) return answer(result, 0);
  return created(std::string(kPrefix) + "/fiches/" + std::to_string(result.record.id),
                 record_json(result.record));
}

Response show(RequestContext& context) {
  const auto id = parse_id(context.param("id"));
  const auto record = id ? app::find_record(context.database, context.user(), *id) : std::nullopt;
  if (!record) return not_found();
  return json_response(record_json(*record));
}

Response replace(RequestContext& context) {
  const auto id = parse_id(context.param("id"));
  const auto record = id ? app::find_record(context.database, context.user(), *id) : std::nullopt;
  if (!record) return not_found();
  const auto* kind = core::find_kind(record->kind);
  const json body = json_body(context.request);
  std::vector<FieldError> errors;
  const auto fields = read_values(body, *kind, errors);
  BodyReader reader(body);
  reader.ignore({"valeurs", "reference", "id", "type", "ctg", "modifie_le", "modifie_par"});
  const int version = expected_version(context.request, reader);
  for (auto& error : reader.finish()) errors.push_back(std::move(error));
  if (!errors.empty()) return invalid(errors);
  return answer(app::update_record(context.database, context.user(), record->id, fields, version,
                                   context.now),
                version);
}

Response remove(RequestContext& context) {
  const auto id = parse_id(context.param("id"));
  const auto record = id ? app::find_record(context.database, context.user(), *id) : std::nullopt;
  if (!record) return not_found();
  const json body = json_body(context.request);
  BodyReader reader(body);
  const int version = expected_version(context.request, reader);
  if (auto errors = reader.finish(); !errors.empty()) return invalid(errors);
  const auto result =
      app::delete_record(context.database, context.user(), record->id, version, context.now);
  if (result.status == app::SaveStatus::kSaved) {
    return json_response({{"supprimee", record_json(*record)}});
  }
  return answer(result, version);
}

Response alerts(RequestContext& context) {
  json ctgs = json::array();
  for (const auto& ctg : app::alerts_for(context.database, context.user(),
                                         app::shipped_alert_rules(), context.today)) {
    json items = json::array();
    for (const auto& alert : ctg.alerts) {
      items.push_back({{"regle", alert.rule_id},
                       {"message", alert.message},
                       {"fiche", alert.record_id != 0 ? json(alert.record_id) : json(nullptr)},
                       {"depuis", core::format_iso_date(alert.since)},
                       {"source", alert.source.citation()}});
    }
    ctgs.push_back({{"ctg", ctg.workspace.ctg.id},
                    {"territoire", ctg.workspace.territory_name},
                    {"alertes", items}});
  }
  return json_response({{"date", core::format_iso_date(context.today)}, {"ctgs", ctgs}});
}

json tagged(json operation) {
  operation["tags"] = json::array({"Espace CTG"});
  return operation;
}

}  // namespace

std::vector<Operation> workspace_operations() {
  namespace s = schema;
  const json ctg_id =
      s::path_parameter("id", "Identifiant de la CTG.", {{"type", "integer"}, {"example", 1}});
  const json record_id =
      s::path_parameter("id", "Identifiant de la fiche.", {{"type", "integer"}, {"example", 1}});
  json created_answer = s::json_answer("La fiche créée.", s::ref("Fiche"));
  created_answer["headers"] = {
      {"Location",
       {{"description", "Adresse de la fiche créée."}, {"schema", {{"type", "string"}}}}}};
  return {
      {"GET", "/ctgs/{id}/espace", list,
       tagged({{"operationId", "listerFiches"},
               {"summary", "Les fiches de l'espace d'une CTG"},
               {"description",
                "Objectifs, actions, indicateurs, réunions, diagnostics, partenaires, "
                "participation, commentaires ; filtrés par type si demandé."},
               {"parameters",
                {ctg_id, s::query_parameter("type", "Type de fiche (action, reunion…).",
                                            {{"type", "string"}, {"example", "action"}})}},
               {"security", s::read_security()},
               {"responses",
                s::responses({{"200", s::json_answer("Les fiches.", s::ref("ListeFiches"))}},
                             {400, 404})}})},
      {"POST", "/ctgs/{id}/espace", create,
       tagged({{"operationId", "creerFiche"},
               {"summary", "Créer une fiche dans l'espace d'une CTG"},
               {"description",
                "Les contrôles du formulaire, champ par champ. Le chargé de coopération et "
                "l'employeur écrivent ; l'agent de la Caf écrit des commentaires."},
               {"parameters", {ctg_id}},
               {"requestBody",
                s::json_request("FicheEcriture", {{"type", "commentaire"},
                                                  {"valeurs", {{"texte", "Vu en COPIL."}}}})},
               {"security", s::write_security()},
               {"responses", s::responses({{"201", created_answer}}, {400, 403, 404, 415, 422})}})},
      {"GET", "/fiches/{id}", show,
       tagged({{"operationId", "lireFiche"},
               {"summary", "Une fiche de l'espace"},
               {"parameters", {record_id}},
               {"security", s::read_security()},
               {"responses",
                s::responses({{"200", s::json_answer("La fiche.", s::ref("Fiche"))}}, {404})}})},
      {"PUT", "/fiches/{id}", replace,
       tagged({{"operationId", "modifierFiche"},
               {"summary", "Remplacer les valeurs d'une fiche"},
               {"description",
                "Remplacement complet sur la version lue (version ou If-Match) ; un champ absent "
                "est vidé. Si quelqu'un a enregistré depuis : 409 avec la fiche actuelle."},
               {"parameters", {record_id}},
               {"requestBody",
                s::json_request(
                    "FicheModification",
                    {{"valeurs", {{"sujet", "REU-002"}, {"texte", "Relu."}}}, {"version", 1}})},
               {"security", s::write_security()},
               {"responses",
                s::responses({{"200", s::json_answer("La fiche enregistrée.", s::ref("Fiche"))}},
                             {400, 403, 404, 409, 415, 422})}})},
      {"POST", "/fiches/{id}/suppression", remove,
       tagged({{"operationId", "supprimerFiche"},
               {"summary", "Supprimer une fiche"},
               {"description",
                "Sur la version lue (version ou If-Match). Refusée (422) tant qu'une autre fiche "
                "la cite ; son historique la garde."},
               {"parameters", {record_id}},
               {"requestBody", s::json_request("Suppression", {{"version", 1}})},
               {"security", s::write_security()},
               {"responses", s::responses({{"200", s::json_answer("La fiche telle qu'elle était.",
                                                                  s::ref("FicheSupprimee"))}},
                                          {400, 403, 404, 409, 415, 422})}})},
      {"GET", "/alertes", alerts,
       tagged({{"operationId", "listerAlertes"},
               {"summary", "Ce qui est à faire dans vos espaces CTG"},
               {"description", "Les règles de data/alerts/alertes.toml, chacune avec sa source."},
               {"security", s::read_security()},
               {"responses",
                s::responses({{"200", s::json_answer("Les alertes.", s::ref("Alertes"))}}, {})}})},
  };
}

}  // namespace maillage::web::api
