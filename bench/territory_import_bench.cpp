// Import of every commune and EPCI of France from @etalab/decoupage-administratif into a fresh
// SQLite file. Goal: under 2 s (issue 2).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "app/territory_import.hpp"
#include "national_portfolio.hpp"
#include "store/migrations.hpp"

namespace {

using namespace maillage;

void BM_ImportAllFrance(benchmark::State& state) {
  const std::filesystem::path source = MAILLAGE_SOURCE_DIR;
  const auto& doctrines = bench::national_portfolio().doctrines;
  const auto path = std::filesystem::temp_directory_path() / "maillage-bench-import.db";
  long territories = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto database = store::Database::open(path.string());
    store::migrate(*database);
    state.ResumeTiming();
    app::TerritoryImportOptions options{
        source / "node_modules" / "@etalab" / "decoupage-administratif" / "data", {}, {}};
    const auto result = app::import_territories(*database, doctrines, options);
    territories = result.communes + result.epcis;
  }
  state.counters["territoires"] = static_cast<double>(territories);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

}  // namespace

BENCHMARK(BM_ImportAllFrance)->Unit(benchmark::kMillisecond)->Iterations(3);
