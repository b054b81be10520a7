#include "web/views/post_form.hpp"

#include <fmt/core.h>

#include "app/portfolio_query.hpp"
#include "app/post_import.hpp"
#include "core/access_policy.hpp"
#include "core/messages_fr.hpp"

namespace maillage::web::views {

namespace {

using Kind = FieldSpec::Kind;

const std::vector<std::pair<std::string, std::string>> kYesNo{{"oui", "Oui"}, {"non", "Non"}};

std::vector<std::pair<std::string, std::string>> employer_options() {
  std::vector<std::pair<std::string, std::string>> options;
  for (auto kind :
       {core::EmployerKind::kEpci, core::EmployerKind::kCommune, core::EmployerKind::kSyndicat,
        core::EmployerKind::kAssociation, core::EmployerKind::kPrestataire}) {
    options.emplace_back(core::code_of(kind), core::messages::label_of(kind));
  }
  return options;
}

std::vector<std::pair<std::string, std::string>> function_options() {
  std::vector<std::pair<std::string, std::string>> options;
  for (auto function :
       {core::PostFunction::kCooperation, core::PostFunction::kAssistantAdministratif,
        core::PostFunction::kDirection, core::PostFunction::kResponsableEquipement}) {
    options.emplace_back(core::code_of(function), core::messages::label_of(function));
  }
  return options;
}

std::vector<std::pair<std::string, std::string>> level_options() {
  static const std::vector<std::pair<std::string, std::string>> kLevels{
      {"3", "Niveau 3 (CAP, BEP)"},        {"4", "Niveau 4 (bac)"},
      {"5", "Niveau 5 (bac + 2)"},         {"6", "Niveau 6 (licence, bac + 3)"},
      {"7", "Niveau 7 (master, bac + 5)"}, {"8", "Niveau 8 (doctorat)"}};
  return kLevels;
}

}  // namespace

FormView post_form(RequestContext& context, bool creating) {
  std::vector<FieldSpec> fields;
  if (creating) {
    std::vector<std::pair<std::string, std::string>> territories{{"", "Choisissez un territoire"}};
    for (const auto* territory : app::territories_of(*context.snapshot(), context.user())) {
      territories.emplace_back(territory->code,
                               fmt::format("{} ({})", territory->name, territory->code));
    }
    fields.push_back({.name = "identifiant",
                      .label = "Identifiant du poste",
                      .required = true,
                      .help = "Référence unique du poste, par exemple GARD-082."});
    fields.push_back({.name = "code_territoire",
                      .label = "Territoire",
                      .kind = Kind::kSelect,
                      .required = true,
                      .options = territories});
  }
  fields.push_back({.name = "porteur",
                    .label = "Employeur",
                    .kind = Kind::kSelect,
                    .required = true,
                    .options = employer_options()});
  fields.push_back({.name = "fonction",
                    .label = "Fonction de l'agent",
                    .kind = Kind::kSelect,
                    .required = true,
                    .help = "Sa fonction principale, en plus de la mission de coopération.",
                    .options = function_options()});
  fields.push_back({.name = "etp_agent",
                    .label = "Temps de travail de l'agent (ETP)",
                    .required = true,
                    .help = "Temps total, toutes fonctions : 1 = temps plein, 0,8…",
                    .inputmode = "decimal"});
  fields.push_back({.name = "etp_mission",
                    .label = "Temps consacré à la mission (ETP)",
                    .required = true,
                    .help = "Part du temps de travail consacrée à la coopération CTG.",
                    .inputmode = "decimal"});
  fields.push_back({.name = "cout_annuel",
                    .label = "Coût annuel du poste (€)",
                    .required = true,
                    .help = "Coût chargé annuel, en euros : 48 000 ou 48 000,50.",
                    .inputmode = "decimal"});
  fields.push_back({.name = "niveau_diplome",
                    .label = "Niveau de diplôme",
                    .kind = Kind::kSelect,
                    .required = true,
                    .options = level_options()});
  fields.push_back(
      {.name = "statut",
       .label = "Statut du poste",
       .kind = Kind::kSelect,
       .required = true,
       .options = {{"existant", "Poste existant"}, {"creation", "Création de poste"}}});
  fields.push_back({.name = "date_embauche",
                    .label = "Date d'embauche",
                    .kind = Kind::kDate,
                    .help = "jj/mm/aaaa, par exemple 01/09/2026.",
                    .inputmode = "numeric"});
  fields.push_back({.name = "vacant_depuis",
                    .label = "Poste vacant depuis",
                    .kind = Kind::kDate,
                    .help = "À remplir seulement si le poste est vacant (jj/mm/aaaa).",
                    .inputmode = "numeric"});
  fields.push_back({.name = "caf_associee_recrutement",
                    .label = "Caf associée au recrutement",
                    .kind = Kind::kSelect,
                    .required = true,
                    .options = kYesNo});
  fields.push_back({.name = "participation_reseau",
                    .label = "Participation au réseau départemental des chargés de coopération",
                    .kind = Kind::kSelect,
                    .required = true,
                    .options = kYesNo});
  fields.push_back({.name = "rapport_annuel_transmis",
                    .label = "Rapport d'activité annuel transmis",
                    .kind = Kind::kSelect,
                    .required = true,
                    .options = kYesNo});
  return FormView(std::move(fields));
}

std::map<std::string, std::string> post_fields_from(const Request& request) {
  std::map<std::string, std::string> fields;
  for (const auto& column : app::post_columns()) fields[column] = request.form_value(column);
  return fields;
}

void add_errors(FormView& form, const std::vector<app::ImportError>& errors) {
  for (const auto& error : errors) form.add_error(error.column, error.message);
}

}  // namespace maillage::web::views
