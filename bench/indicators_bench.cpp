// Regulation indicators for all of France (every EPCI, 6 000 posts, a family-service structure
// network and a profile per EPCI), on one core. Goal: under 20 ms (issue 4).
#include <benchmark/benchmark.h>

#include "core/funding_engine.hpp"
#include "core/indicators.hpp"
#include "national_portfolio.hpp"

namespace {

using namespace maillage;

constexpr int kStructuresPerEpci = 24;  // about 30 000 structures: EAJE, RPE, ALSH… in France

struct IndicatorInputs {
  std::unique_ptr<core::PortfolioIndex> index;
  core::PortfolioResult funding;
  std::vector<core::EvaluatedPost> posts;
  std::vector<core::Structure> structures;
  std::vector<core::TerritoryProfile> profiles;
};

const IndicatorInputs& inputs(core::Date date) {
  static const IndicatorInputs built = [date] {
    const auto& portfolio = bench::national_portfolio(6000);
    IndicatorInputs out;
    out.index = std::make_unique<core::PortfolioIndex>(portfolio.territories, portfolio.ctgs);
    const core::Doctrine* doctrine = nullptr;
    for (const auto& candidate : portfolio.doctrines) {
      if (candidate.id == "gard-2024") doctrine = &candidate;
    }
    out.funding =
        core::FundingEngine(*doctrine).evaluate_portfolio(*out.index, portfolio.posts, date);
    for (std::size_t i = 0; i < portfolio.posts.size(); ++i) {
      out.posts.push_back({&portfolio.posts[i], &out.funding.posts[i]});
    }
    int counter = 0;
    for (const auto& territory : portfolio.territories) {
      if (territory.kind != core::TerritoryKind::kEpci) continue;
      // Structures on the EPCI's communes (the commune → EPCI look-up is part of the cost).
      for (int i = 0; i < kStructuresPerEpci; ++i) {
        core::Structure structure;
        structure.territory_code =
            territory.communes.empty()
                ? territory.code
                : territory.communes[static_cast<std::size_t>(i) % territory.communes.size()];
        structure.kind = static_cast<core::StructureKind>(counter++ % 6);
        out.structures.push_back(std::move(structure));
      }
      out.profiles.push_back({territory.code, 10000 + counter, core::AreaSource::kBoundaries,
                              "Compétence enfance-jeunesse", 1});
    }
    return out;
  }();
  return built;
}

void BM_IndicatorsAllFrance(benchmark::State& state) {
  const core::Date date = *core::Date::from_ymd(2026, 11, 23);
  const auto& portfolio = bench::national_portfolio(6000);
  const auto& in = inputs(date);
  const core::IndicatorFacts facts{in.index.get(), portfolio.territories, in.posts, in.structures,
                                   in.profiles};
  for (auto _ : state) {
    auto indicators = core::compute_indicators(facts, "", date);
    benchmark::DoNotOptimize(indicators);
  }
  state.counters["epci"] =
      static_cast<double>(compute_indicators(facts, "", date).totals.territories);
}

// One département (the Nord, the largest) from the same national facts: the dashboard's work.
void BM_IndicatorsOneDepartement(benchmark::State& state) {
  const core::Date date = *core::Date::from_ymd(2026, 11, 23);
  const auto& portfolio = bench::national_portfolio(6000);
  const auto& in = inputs(date);
  const core::IndicatorFacts facts{in.index.get(), portfolio.territories, in.posts, in.structures,
                                   in.profiles};
  for (auto _ : state) {
    auto indicators = core::compute_indicators(facts, "59", date);
    benchmark::DoNotOptimize(indicators);
  }
}

}  // namespace

BENCHMARK(BM_IndicatorsAllFrance)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IndicatorsOneDepartement)->Unit(benchmark::kMillisecond);
