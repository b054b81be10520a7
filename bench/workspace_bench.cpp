// The CTG workspace (issue 5): re-importing a spreadsheet of indicator values (preview and apply,
// all-or-nothing, one audit record per changed line) and computing a Caf's alerts.
#include <benchmark/benchmark.h>

#include <fmt/core.h>

#include "app/workspace_alert_service.hpp"
#include "app/workspace_import.hpp"
#include "app/workspace_service.hpp"
#include "core/workspace_alerts.hpp"
#include "store/ctg_repository.hpp"
#include "store/migrations.hpp"
#include "store/territory_repository.hpp"

namespace {

using namespace maillage;

struct Workspace {
  std::unique_ptr<store::Database> database;
  core::WorkspaceScope scope;
  core::Actor charge;
};

Workspace workspace_with_indicators(int count) {
  Workspace w{store::Database::open(":memory:"), {}, {}};
  store::migrate(*w.database);
  core::Territory epci{"243000643",
                       core::TerritoryKind::kEpci,
                       "CA de Nîmes Métropole",
                       "30",
                       "CA",
                       std::nullopt,
                       261624,
                       {}};
  core::Ctg ctg;
  ctg.territory_code = epci.code;
  ctg.start = *core::Date::from_ymd(2026, 1, 1);
  ctg.end = *core::Date::from_ymd(2030, 12, 31);
  store::in_transaction(*w.database, [&] {
    store::TerritoryRepository(*w.database).upsert({epci});
    w.scope = {store::CtgRepository(*w.database).insert(ctg), "30"};
  });
  w.charge.role = core::Role::kChargeCooperation;
  w.charge.caf_departement = "30";
  w.charge.territory_codes = {epci.code};
  w.charge.login = "charge";
  const auto now = app::now_utc();
  app::create_record(*w.database, w.charge, w.scope, "objectif",
                     {{"thematique", "jeunesse"}, {"intitule", "Objectif"}}, now);
  app::create_record(*w.database, w.charge, w.scope, "action",
                     {{"objectif", "OBJ-001"}, {"intitule", "Action"}, {"statut", "en_cours"}},
                     now);
  app::CsvTable table;
  const auto empty = app::workspace_sheet("indicateur", {});
  table.header = empty.columns;
  for (int i = 0; i < count; ++i) {
    std::vector<std::string> row(table.header.size());
    row[1] = "ACT-001";
    row[2] = fmt::format("Indicateur {}", i);
    table.rows.push_back({i + 2, row});
  }
  app::import_workspace_file(*w.database, w.charge, w.scope, "indicateur", table, true, now);
  return w;
}

// A spreadsheet where every indicator gets this year's value: what a chargé sends back.
app::CsvTable updated_values(const Workspace& w, int round) {
  const auto sheet =
      app::workspace_sheet("indicateur", app::list_records(*w.database, w.scope, "indicateur"));
  app::CsvTable table;
  table.header = sheet.columns;
  int line = 1;
  for (auto row : sheet.rows) {
    row[5] = std::to_string(round);  // valeur
    row[6] = "30/11/2026";           // date_valeur
    table.rows.push_back({++line, row});
  }
  return table;
}

void BM_ReimportIndicatorValues(benchmark::State& state) {
  auto w = workspace_with_indicators(static_cast<int>(state.range(0)));
  int round = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const auto table = updated_values(w, ++round);
    state.ResumeTiming();
    const auto result = app::import_workspace_file(*w.database, w.charge, w.scope, "indicateur",
                                                   table, true, app::now_utc());
    if (!result.report.applied) state.SkipWithError("import refusé");
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ReimportIndicatorValues)->Arg(40)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_WorkspaceAlerts(benchmark::State& state) {
  const auto& rules = app::shipped_alert_rules();
  std::vector<core::WorkspaceRecord> records;
  for (int i = 0; i < state.range(0); ++i) {
    core::WorkspaceRecord record;
    record.id = i + 1;
    record.reference = fmt::format("X-{}", i);
    switch (i % 4) {
      case 0:
        record.kind = "action";
        record.values = {{"statut", "en_cours"}, {"date_fin", "2026-06-30"}};
        break;
      case 1:
        record.kind = "indicateur";
        record.values = {{"valeur", "100"}, {"date_valeur", "2025-11-30"}};
        break;
      case 2:
        record.kind = "reunion";
        record.values = {{"instance", "comite_technique"}, {"date", "2026-09-01"}};
        break;
      default:
        record.kind = "diagnostic";
        record.values = {{"prochaine_mise_a_jour", "2026-06-01"}};
    }
    records.push_back(std::move(record));
  }
  const auto today = *core::Date::from_ymd(2026, 12, 6);
  for (auto _ : state) benchmark::DoNotOptimize(core::workspace_alerts(rules, records, today));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_WorkspaceAlerts)->Arg(200)->Arg(10000)->Unit(benchmark::kMicrosecond);

}  // namespace
