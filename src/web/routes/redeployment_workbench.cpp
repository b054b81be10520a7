#include "web/routes/redeployment_workbench.hpp"

#include "app/redeployment_messages_fr.hpp"
#include "core/text.hpp"
#include "web/views/post_form.hpp"

namespace maillage::web::routes {

namespace msg = app::redeployment_messages;

Workbench workbench(RequestContext& context,
                    const std::multimap<std::string, std::string>& source) {
  Workbench bench;
  const auto value = [&](const std::string& key) -> std::optional<std::string> {
    const auto it = source.find(key);
    return it == source.end() ? std::nullopt : std::optional<std::string>(it->second);
  };
  const std::string date_text = value("date").value_or("");
  const auto date = core::parse_date(core::trim(date_text));
  bench.date = date.value_or(context.today);
  if (!date_text.empty() && !date) bench.settings.add_error("date", msg::bad_date(date_text));
  const auto snapshot = context.snapshot_on(bench.date);
  const std::string& departement = context.user().caf_departement;
  bench.caf = app::shared_indicator_cache().get(snapshot, departement);
  bench.fields = app::default_redeployment_fields(bench.caf->indicators);
  for (const auto& key : app::redeployment_setting_keys()) {
    if (auto typed = value(key)) bench.fields[key] = *typed;
  }
  const auto* funding = snapshot->caf_funding(departement);
  bench.plan = app::read_redeployment_plan(bench.fields, bench.caf->indicators,
                                           funding ? funding->doctrine : nullptr);
  views::add_errors(bench.settings, bench.plan.errors);
  if (!bench.settings.has_errors()) {
    bench.outcome = app::propose_redeployment(bench.caf->indicators, bench.plan);
    if (!bench.outcome.refusal.empty()) {
      bench.settings.add_error(bench.outcome.refusal_field, bench.outcome.refusal);
    }
  }
  auto shown = bench.fields;
  shown["date"] = date_text.empty() ? core::format_date(bench.date) : date_text;
  bench.settings.set_values(std::move(shown));
  return bench;
}

mstch::map form_view(const FormView& form) {
  mstch::map view = form.view();
  view["has_errors"] = form.has_errors();
  return view;
}

mstch::map proposal_view(const Workbench& bench, const SaveForm& save) {
  const auto& indicators = bench.caf->indicators;
  const auto comparison =
      core::compare_redeployment(indicators, save.allocation->values, bench.plan.cost_per_fte);
  const bool has_proposal = bench.proposed() && bench.outcome.refusal.empty();
  mstch::map data =
      views::redeployment_table({.comparison = &comparison,
                                 .proposal = has_proposal ? &bench.outcome.proposal : nullptr,
                                 .allocation = save.allocation,
                                 .target_total = bench.plan.settings.total});
  std::vector<FieldSpec> fields{views::scenario_name_field()};
  for (const auto& row : indicators.territories) {
    fields.push_back(
        {.name = app::allocation_field(row.code), .label = "ETP retenus – " + row.name});
  }
  FormView summary(fields);
  views::add_errors(summary, save.errors);
  FormView name({views::scenario_name_field()});
  name.set_values({{"nom", save.name}});
  for (const auto& error : save.errors) {
    if (error.column == "nom") name.add_error("nom", error.message);
  }
  data["summary"] = form_view(summary);
  data["name_form"] = name.view();
  data["hidden"] = views::hidden_settings(bench.fields, bench.date);
  data["form_action"] = save.action;
  if (save.version) data["version"] = std::to_string(*save.version);
  return data;
}

mstch::map page_data(const Workbench& bench) {
  mstch::array method;
  for (const auto& sentence : bench.outcome.method) method.push_back(sentence);
  return {{"settings", form_view(bench.settings)},
          {"method", method},
          {"has_method", !method.empty()},
          {"date", core::format_date(bench.date)},
          {"caf", bench.caf->caf.name}};
}

app::RedeploymentFields posted_fields(const Request& request) {
  app::RedeploymentFields fields;
  for (const auto& [key, value] : request.form) fields.emplace(key, value);
  return fields;
}

std::vector<core::ScenarioAllocation> allocations_of(const Workbench& bench,
                                                     const app::AllocationInput& input) {
  std::vector<core::ScenarioAllocation> list;
  const auto& rows = bench.caf->indicators.territories;
  for (std::size_t i = 0; i < rows.size(); ++i) list.push_back({rows[i].code, input.values[i]});
  return list;
}

}  // namespace maillage::web::routes
