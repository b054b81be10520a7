#include "web/views/redeployment_view.hpp"

#include <fmt/core.h>

#include <cstdlib>

#include "app/timestamp.hpp"
#include "core/indicators.hpp"
#include "web/http_message.hpp"

namespace maillage::web::views {

namespace {

using Kind = FieldSpec::Kind;

std::string error_of(const app::AllocationInput& input, const std::string& field) {
  std::string message;
  for (const auto& error : input.errors) {
    if (error.column == field) message += (message.empty() ? "" : " ") + error.message;
  }
  return message;
}

std::string points(std::int64_t basis_points) {
  return core::format_points(static_cast<int>(basis_points));
}

// Σ |gap| without sign: "12,4 pts".
std::string gap_sum(std::int64_t basis_points) {
  const std::string text = points(basis_points);
  return basis_points > 0 ? text.substr(1) : text;  // drop the "+"
}

}  // namespace

std::string signed_fte(int hundredths) {
  if (hundredths == 0) return "0";
  const std::string magnitude = core::format_fte(core::Fte::from_hundredths(std::abs(hundredths)));
  return (hundredths > 0 ? "+" : "\xE2\x88\x92") + magnitude;
}

FormView redeployment_settings_form() {
  const auto floor_source = core::redeployment_floor_source();
  return FormView(
      {{.name = "date",
        .label = "Date des indicateurs",
        .kind = Kind::kDate,
        .required = true,
        .help = "jj/mm/aaaa : les ETP financés et les CTG en vigueur à cette date.",
        .inputmode = "numeric"},
       {.name = "mode",
        .label = "Ce qui est réparti",
        .kind = Kind::kSelect,
        .required = true,
        .options = {{"etp", "Un total d'ETP"}, {"budget", "Un budget, converti en ETP"}}},
       {.name = "total_etp",
        .label = "Total d'ETP à répartir",
        .help = "Par défaut, les ETP financés aujourd'hui dans le département. Deux décimales au "
                "plus, multiple du pas d'arrondi.",
        .inputmode = "decimal"},
       {.name = "budget",
        .label = "Budget à répartir (€)",
        .help = "Si vous répartissez un budget : il est converti en ETP au coût par ETP choisi "
                "ci-dessous, arrondi au pas inférieur.",
        .inputmode = "decimal"},
       {.name = "base_cout",
        .label = "Coût d'un ETP",
        .kind = Kind::kSelect,
        .help = "Pour convertir un budget et estimer le financement des territoires qui n'ont "
                "pas d'ETP financé aujourd'hui.",
        .options = {{"plafond", "Le plus que paie la doctrine (plafond × taux)"},
                    {"moyenne", "Le financement moyen par ETP aujourd'hui"}}},
       {.name = "poids_structures",
        .label = "Poids des structures dans la part cible (%)",
        .help = "0 : la part cible suit la population seule ; 25 : pour un quart, elle suit la "
                "part des structures d'accueil et de services aux familles ouvertes.",
        .inputmode = "decimal"},
       {.name = "plancher",
        .label = "Plancher par territoire ayant une CTG (ETP)",
        .help = fmt::format("0,5 ETP : « à minima à 0.5 ETP » ({}). 0 : pas de plancher.",
                            floor_source.citation()),
        .inputmode = "decimal"},
       {.name = "pas",
        .label = "Pas d'arrondi (ETP)",
        .kind = Kind::kSelect,
        .required = true,
        .options = {{"0,01", "0,01 ETP"},
                    {"0,05", "0,05 ETP"},
                    {"0,1", "0,1 ETP"},
                    {"0,25", "0,25 ETP"},
                    {"0,5", "0,5 ETP"},
                    {"1", "1 ETP"}}},
       {.name = "variation_max",
        .label = "Variation maximale par territoire (ETP)",
        .help = "Facultatif : aucun territoire ne gagne ni ne perd plus que cela par rapport à "
                "aujourd'hui. Vide : pas de limite.",
        .inputmode = "decimal"},
       {.name = "beneficiaires",
        .label = "Territoires qui reçoivent des ETP",
        .kind = Kind::kSelect,
        .options = {{"tous", "Tous les EPCI du département"},
                    {"ctg", "Seulement les EPCI ayant une CTG en vigueur"}}}});
}

FieldSpec scenario_name_field() {
  return {.name = "nom",
          .label = "Nom du scénario",
          .required = true,
          .help = "Par exemple « Rééquilibrage CAS de mars », 120 caractères au plus."};
}

mstch::map redeployment_table(const RedeploymentTableInput& input) {
  const auto& before = input.comparison->before;
  const auto& after = input.comparison->after;
  const auto* proposal = input.proposal;
  mstch::array rows;
  int proposed_total = 0;
  for (std::size_t i = 0; i < before.territories.size(); ++i) {
    const auto& was = before.territories[i];
    const auto& will = after.territories[i];
    const std::string field = app::allocation_field(was.code);
    const auto typed = input.allocation->typed.find(field);
    const std::string error = error_of(*input.allocation, field);
    mstch::map row{
        {"code", was.code},
        {"name", was.name},
        {"href", "/territoires/" + was.code},
        {"ctg", was.ctg_in_force},
        {"population_share", core::format_percent(was.population_share)},
        {"structures", std::to_string(was.structures)},
        {"fte_before", core::format_fte(was.fte)},
        {"gap_before", core::format_points(was.gap_basis_points)},
        {"field", field},
        {"value", typed == input.allocation->typed.end() ? std::string() : typed->second},
        {"error", error},
        {"change", signed_fte(will.fte.hundredths() - was.fte.hundredths())},
        {"share_after", core::format_percent(will.fte_share)},
        {"gap_after", core::format_points(will.gap_basis_points)},
        {"gap_reduced", std::abs(will.gap_basis_points) < std::abs(was.gap_basis_points)}};
    if (proposal != nullptr && i < proposal->proposed.size()) {
      row["target_share"] = core::format_percent(proposal->target_shares[i]);
      row["proposed"] = core::format_fte(proposal->proposed[i]);
      proposed_total += proposal->proposed[i].hundredths();
    } else {
      row["target_share"] = std::string("—");
      row["proposed"] = std::string("—");
    }
    rows.push_back(std::move(row));
  }
  const int adjusted = after.totals.fte.hundredths();
  const int target = input.target_total.hundredths();
  mstch::map data{
      {"rows", rows},
      {"has_proposal", proposal != nullptr},
      {"fte_before_total", core::format_fte_unit(before.totals.fte)},
      {"proposed_total", core::format_fte_unit(core::Fte::from_hundredths(proposed_total))},
      {"adjusted_total", core::format_fte_unit(after.totals.fte)},
      {"target_total", core::format_fte_unit(input.target_total)},
      {"total_change", signed_fte(adjusted - before.totals.fte.hundredths())},
      {"gap_sum_before", gap_sum(input.comparison->gap_sum_before)},
      {"gap_sum_after", gap_sum(input.comparison->gap_sum_after)},
      {"funding_before", core::format_money(before.totals.funding)},
      {"funding_after", core::format_money(after.totals.funding)},
      {"territories_changed", std::to_string(input.comparison->territories_changed)},
      {"count", std::to_string(before.territories.size())},
      {"date", core::format_date(before.date)},
  };
  if (proposal != nullptr && adjusted != target) {
    data["total_differs"] =
        fmt::format("Le total retenu ({}) s'écarte du total visé ({}) de {} ETP.",
                    core::format_fte_unit(after.totals.fte),
                    core::format_fte_unit(input.target_total), signed_fte(adjusted - target));
  }
  return data;
}

mstch::array hidden_settings(const app::RedeploymentFields& fields, core::Date date) {
  mstch::array hidden{
      mstch::map{{"name", std::string("date")}, {"value", core::format_date(date)}}};
  for (const auto& key : app::redeployment_setting_keys()) {
    const auto it = fields.find(key);
    hidden.push_back(
        mstch::map{{"name", key}, {"value", it == fields.end() ? std::string() : it->second}});
  }
  return hidden;
}

std::string settings_query(const app::RedeploymentFields& fields, core::Date date) {
  std::string query = "date=" + url_encode(core::format_date(date));
  for (const auto& key : app::redeployment_setting_keys()) {
    const auto it = fields.find(key);
    if (it != fields.end() && !it->second.empty())
      query += "&" + key + "=" + url_encode(it->second);
  }
  return query;
}

mstch::array scenario_rows(const std::vector<core::Scenario>& scenarios) {
  mstch::array rows;
  for (const auto& scenario : scenarios) {
    core::Fte total;
    for (const auto& allocation : scenario.allocations) total += allocation.fte;
    const auto saved_at = app::parse_timestamp(scenario.created_at);
    rows.push_back(mstch::map{
        {"name", scenario.name},
        {"href", "/pilotage/scenarios/" + std::to_string(scenario.id)},
        {"date", core::format_date(scenario.on_date)},
        {"total", core::format_fte_unit(total)},
        {"created_at", saved_at ? app::french_timestamp(*saved_at) : scenario.created_at},
        {"version", std::to_string(scenario.version)}});
  }
  return rows;
}

}  // namespace maillage::web::views
