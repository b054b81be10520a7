#include "web/views/ctg_form.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "app/portfolio_query.hpp"
#include "core/access_policy.hpp"

namespace maillage::web::views {

namespace {

using Kind = FieldSpec::Kind;

std::vector<std::pair<std::string, std::string>> territory_options(RequestContext& context) {
  const auto snapshot = context.snapshot();
  const core::Actor& actor = context.user();
  std::set<const core::Territory*> territories;
  for (const auto* territory : app::territories_of(*snapshot, actor)) territories.insert(territory);
  if (actor.role == core::Role::kAdminCaf) {
    for (const auto& territory : snapshot->facts().territories) {
      if (territory.kind == core::TerritoryKind::kEpci &&
          territory.departement == actor.caf_departement) {
        territories.insert(&territory);
      }
    }
  }
  std::vector<const core::Territory*> sorted;
  for (const auto* territory : territories) {
    if (core::may(actor, core::Permission::kEditCtg, *territory)) sorted.push_back(territory);
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return a->name != b->name ? a->name < b->name : a->code < b->code;
  });
  std::vector<std::pair<std::string, std::string>> options{{"", "Choisissez un territoire"}};
  for (const auto* territory : sorted) {
    options.emplace_back(territory->code, fmt::format("{} ({})", territory->name, territory->code));
  }
  return options;
}

}  // namespace

FormView ctg_form(RequestContext& context, bool creating) {
  std::vector<FieldSpec> fields;
  if (creating) {
    fields.push_back({.name = "code_territoire",
                      .label = "Territoire signataire",
                      .kind = Kind::kSelect,
                      .required = true,
                      .help = "L'EPCI (ou la commune) avec lequel la Caf signe la convention. Il "
                              "ne pourra plus être changé ensuite.",
                      .options = territory_options(context)});
  }
  fields.push_back({.name = "date_debut",
                    .label = "Date de début",
                    .kind = Kind::kDate,
                    .required = true,
                    .help = "jj/mm/aaaa, par exemple 01/01/2026.",
                    .inputmode = "numeric"});
  fields.push_back({.name = "date_fin",
                    .label = "Date de fin prévue",
                    .kind = Kind::kDate,
                    .required = true,
                    .help = "jj/mm/aaaa, par exemple 31/12/2029. Une CTG dure en général 4 à 5 "
                            "ans ; elle ne peut pas chevaucher une autre CTG du territoire.",
                    .inputmode = "numeric"});
  fields.push_back({.name = "renouvellement",
                    .label = "Renouvellement",
                    .kind = Kind::kSelect,
                    .required = true,
                    .options = {{"non", "Non, première CTG du territoire"},
                                {"oui", "Oui, elle renouvelle une CTG précédente"}}});
  fields.push_back({.name = "signataires",
                    .label = "Signataires",
                    .kind = Kind::kTextarea,
                    .help = "Un signataire par ligne (la Caf, l'EPCI, les communes, le "
                            "Département…), au plus 30, de 200 caractères chacun au plus."});
  fields.push_back({.name = "thematiques",
                    .label = "Thématiques",
                    .kind = Kind::kTextarea,
                    .help = "Une thématique par ligne (petite enfance, jeunesse, parentalité, "
                            "animation de la vie sociale…), au plus 30, de 200 caractères chacune "
                            "au plus."});
  return FormView(std::move(fields));
}

app::CtgFields ctg_fields_from(const Request& request) {
  app::CtgFields fields;
  for (const char* name : {"code_territoire", "date_debut", "date_fin", "renouvellement",
                           "signataires", "thematiques"}) {
    fields[name] = request.form_value(name);
  }
  return fields;
}

FormView ctg_close_form() {
  return FormView({{.name = "cloture_le",
                    .label = "Dernier jour de la CTG",
                    .kind = FieldSpec::Kind::kDate,
                    .required = true,
                    .help = "jj/mm/aaaa, entre le début et la fin prévue de la CTG. La suite de "
                            "sa période redevient libre pour une nouvelle CTG.",
                    .inputmode = "numeric"},
                   {.name = "motif",
                    .label = "Motif",
                    .kind = FieldSpec::Kind::kTextarea,
                    .required = true,
                    .help = "Dénonciation par un signataire, fusion d'EPCI, signature d'une "
                            "nouvelle CTG…"}});
}

}  // namespace maillage::web::views
