#include "web/views/structure_form.hpp"

namespace maillage::web::views {

namespace {

using Kind = FieldSpec::Kind;

std::vector<std::pair<std::string, std::string>> kind_options() {
  std::vector<std::pair<std::string, std::string>> options{{"", "Choisissez un type"}};
  for (const auto kind : structure_kinds()) {
    options.emplace_back(std::string(core::code_of(kind)), std::string(core::label_of(kind)));
  }
  return options;
}

}  // namespace

const std::vector<core::StructureKind>& structure_kinds() {
  static const std::vector<core::StructureKind> kKinds{
      core::StructureKind::kEaje,         core::StructureKind::kRpe, core::StructureKind::kAlsh,
      core::StructureKind::kCentreSocial, core::StructureKind::kEvs, core::StructureKind::kAutre};
  return kKinds;
}

std::string short_label(core::StructureKind kind) {
  switch (kind) {
    case core::StructureKind::kEaje:
      return "EAJE";
    case core::StructureKind::kRpe:
      return "RPE";
    case core::StructureKind::kAlsh:
      return "ALSH";
    case core::StructureKind::kCentreSocial:
      return "Centre social";
    case core::StructureKind::kEvs:
      return "EVS";
    case core::StructureKind::kAutre:
      break;
  }
  return "Autre";
}

FormView structure_form(std::vector<std::pair<std::string, std::string>> places, bool creating,
                        bool with_closing_date) {
  std::vector<FieldSpec> fields;
  if (creating) {
    fields.push_back({.name = "code_territoire",
                      .label = "Commune",
                      .kind = Kind::kSelect,
                      .required = true,
                      .help = "Où se trouve la structure : une commune du territoire, ou "
                              "l'intercommunalité elle-même.",
                      .options = std::move(places)});
  }
  fields.push_back({.name = "type",
                    .label = "Type de structure",
                    .kind = Kind::kSelect,
                    .required = true,
                    .options = kind_options()});
  fields.push_back(
      {.name = "nom",
       .label = "Nom",
       .required = true,
       .help = "Par exemple « Multi-accueil Les Petits Pas », 200 caractères au plus."});
  fields.push_back({.name = "reference",
                    .label = "Référence",
                    .help = "Facultative : numéro de dossier de la Caf ou du gestionnaire, unique. "
                            "Un import de structures met à jour la structure de même référence."});
  if (with_closing_date) {
    fields.push_back({.name = "date_fermeture",
                      .label = "Date de fermeture",
                      .kind = Kind::kDate,
                      .help = "jj/mm/aaaa, dernier jour d'ouverture. Effacez la date pour rouvrir "
                              "la structure.",
                      .inputmode = "numeric"});
  }
  return FormView(std::move(fields));
}

app::StructureFields structure_fields_from(const Request& request) {
  app::StructureFields fields;
  for (const char* name : {"code_territoire", "type", "nom", "reference", "date_fermeture"}) {
    fields[name] = request.form_value(name);
  }
  return fields;
}

FormView structure_close_form() {
  return FormView({{.name = "date_fermeture",
                    .label = "Dernier jour d'ouverture",
                    .kind = Kind::kDate,
                    .required = true,
                    .help = "jj/mm/aaaa. Une structure fermée ne compte plus dans les "
                            "indicateurs après ce jour ; elle reste dans l'historique.",
                    .inputmode = "numeric"}});
}

FormView profile_form(const std::string& boundary_area_note) {
  std::string area_help =
      "En km², au plus deux décimales, par exemple 1 234,56. Laissez vide si elle est inconnue.";
  if (!boundary_area_note.empty()) area_help = boundary_area_note + " " + area_help;
  return FormView({{.name = "superficie_km2",
                    .label = "Superficie (km²)",
                    .help = area_help,
                    .inputmode = "decimal"},
                   {.name = "specificites",
                    .label = "Spécificités territoriales et compétences",
                    .kind = Kind::kTextarea,
                    .help = "Compétences exercées par l'intercommunalité (petite enfance, "
                            "jeunesse…), ruralité, quartiers prioritaires, équipements… 4 000 "
                            "caractères au plus. Chaque version est gardée dans l'historique."}});
}

}  // namespace maillage::web::views
