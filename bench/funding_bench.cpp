// Funding and compliance of a national-size portfolio (6 000 posts over every EPCI of France),
// on one core. Goal: under 10 ms (issue 2).
#include <benchmark/benchmark.h>

#include "core/funding_engine.hpp"
#include "national_portfolio.hpp"

namespace {

using namespace maillage;

const core::Doctrine& doctrine_named(const std::vector<core::Doctrine>& doctrines,
                                     const std::string& id) {
  for (const auto& doctrine : doctrines) {
    if (doctrine.id == id) return doctrine;
  }
  throw std::runtime_error("doctrine introuvable : " + id);
}

void BM_FundingNationalPortfolio(benchmark::State& state, const std::string& doctrine_id) {
  const auto& portfolio = bench::national_portfolio(static_cast<int>(state.range(0)));
  const core::PortfolioIndex index(portfolio.territories, portfolio.ctgs);
  const core::FundingEngine engine(doctrine_named(portfolio.doctrines, doctrine_id));
  const core::Date date = *core::Date::from_ymd(2026, 11, 23);
  for (auto _ : state) {
    auto result = engine.evaluate_portfolio(index, portfolio.posts, date);
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

// Index construction is part of a request that loads facts: measured separately.
void BM_PortfolioIndex(benchmark::State& state) {
  const auto& portfolio = bench::national_portfolio(6000);
  for (auto _ : state) {
    core::PortfolioIndex index(portfolio.territories, portfolio.ctgs);
    benchmark::DoNotOptimize(index);
  }
}

}  // namespace

BENCHMARK_CAPTURE(BM_FundingNationalPortfolio, gard, std::string("gard-2024"))
    ->Arg(6000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FundingNationalPortfolio, national, std::string("national-2021"))
    ->Arg(6000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PortfolioIndex)->Unit(benchmark::kMillisecond);
