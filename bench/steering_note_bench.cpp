// The PDF note for the Commission d'Action Sociale of one Caf: composing the document model and
// rendering it with cairo + pango, from indicators computed once (as the dashboard's cache does)
// on the national portfolio (6 000 posts), with the map from data/geo where it has outlines.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>

#include "app/boundaries.hpp"
#include "core/funding_engine.hpp"
#include "core/geometry.hpp"
#include "core/indicators.hpp"
#include "export/pdf_document.hpp"
#include "export/steering_note.hpp"
#include "national_portfolio.hpp"

namespace {

using namespace maillage;

const core::Date kDate = *core::Date::from_ymd(2026, 11, 23);

struct NoteFixture {
  core::PortfolioResult result;
  core::DepartementIndicators indicators;
  std::optional<exports::NoteMap> map;
};

NoteFixture fixture(const std::string& departement) {
  const auto& portfolio = bench::national_portfolio(6000);
  const core::PortfolioIndex index(portfolio.territories, portfolio.ctgs);
  const core::FundingEngine engine(portfolio.doctrines.front());
  NoteFixture out;
  out.result = engine.evaluate_portfolio(index, portfolio.posts, kDate);
  std::unordered_map<std::string, const core::Post*> posts;
  for (const auto& post : portfolio.posts) posts.emplace(post.id, &post);
  std::vector<core::EvaluatedPost> evaluated;
  for (const auto& result : out.result.posts) {
    if (const auto found = posts.find(result.post_id); found != posts.end()) {
      evaluated.push_back({found->second, &result});
    }
  }
  const core::IndicatorFacts facts{&index, portfolio.territories, evaluated, {}, {}};
  out.indicators = core::compute_indicators(facts, departement, kDate);

  static const app::Boundaries boundaries =
      app::load_boundaries(std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data/geo");
  std::vector<core::NamedShape> shapes;
  for (const auto& row : out.indicators.territories) {
    if (const app::Boundary* boundary = boundaries.find(row.code)) {
      shapes.push_back({row.code, &boundary->shape});
    }
  }
  if (!shapes.empty()) out.map = exports::NoteMap{core::fit_shapes(shapes), "Contours IGN."};
  return out;
}

void BM_SteeringNote(benchmark::State& state, const std::string& departement) {
  const NoteFixture note = fixture(departement);
  exports::SteeringNoteInput input;
  input.caf = {departement, "Caf " + departement, ""};
  input.indicators = &note.indicators;
  input.map = note.map;
  input.generated_on = kDate;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string pdf = exports::render_pdf(exports::steering_note(input));
    bytes = pdf.size();
    benchmark::DoNotOptimize(pdf);
  }
  state.counters["territories"] = static_cast<double>(note.indicators.territories.size());
  state.counters["pdf_kB"] = static_cast<double>(bytes) / 1000.0;
}

}  // namespace

// The Charente (9 EPCIs, with outlines) and the Nord (the most EPCIs of a département, no
// outlines in data/geo: table and chart only).
BENCHMARK_CAPTURE(BM_SteeringNote, charente, std::string("16"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SteeringNote, nord, std::string("59"))->Unit(benchmark::kMillisecond);
