#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/portfolio_snapshot.hpp"
#include "core/actor.hpp"
#include "core/finding.hpp"
#include "core/post.hpp"

namespace maillage::app {

// Bands of mission time the Caf looks at: part-time missions below half a post, between, full.
enum class FteBand { kBelowHalf, kHalfToFull, kFull };

// What the portfolio page, the API list and the exports filter on. Codes as in the URL.
struct PortfolioFilter {
  std::string territory;  // EPCI or commune code; its communes' posts are included
  std::optional<core::Verdict> verdict;
  std::optional<core::PostFunction> function;
  std::optional<FteBand> fte_band;
  std::string sort = "territoire";  // territoire, poste, etp, cout, financement, verdict
  bool descending = false;
};

std::string_view code_of(FteBand band);  // "moins-de-0-5", "0-5-a-0-99", "1"
std::optional<FteBand> parse_fte_band(std::string_view code);
std::optional<FteBand> band_of(core::Fte mission);
const std::vector<std::string>& sort_keys();

struct PortfolioRow {
  const core::Post* post = nullptr;
  const core::Territory* territory = nullptr;
  const core::PostResult* result = nullptr;
  const core::Ctg* ctg = nullptr;  // the CTG in force, if any
};

struct PortfolioSelection {
  std::vector<PortfolioRow> rows;
  core::Money funding;
  core::Fte mission_fte;
  core::Fte funded_fte;
  core::Money cost;
  int eligible = 0;
  int to_fix = 0;
  int excluded = 0;
};

// Appends a row to the selection and adds it to its totals.
void add_row(PortfolioSelection& selection, const PortfolioRow& row);

// The open posts the actor may see, filtered and sorted, with totals of what is listed.
PortfolioSelection select_portfolio(const PortfolioSnapshot& snapshot, const core::Actor& actor,
                                    const PortfolioFilter& filter);

// Territories in the actor's perimeter that hold a CTG or a post, by name.
std::vector<const core::Territory*> territories_of(const PortfolioSnapshot& snapshot,
                                                   const core::Actor& actor);

}  // namespace maillage::app
