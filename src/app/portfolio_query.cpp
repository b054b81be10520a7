#include "app/portfolio_query.hpp"

#include <algorithm>
#include <set>

#include "core/access_policy.hpp"
#include "core/code_table.hpp"

namespace maillage::app {

namespace {

constexpr core::CodeTable<FteBand, 3> kBands{{
    {FteBand::kBelowHalf, "moins-de-0-5"},
    {FteBand::kHalfToFull, "0-5-a-0-99"},
    {FteBand::kFull, "1"},
}};

int verdict_rank(const PortfolioRow& row) {
  return row.result ? static_cast<int>(row.result->verdict) : 3;
}

bool less(const PortfolioRow& a, const PortfolioRow& b, const std::string& key) {
  const auto funding = [](const PortfolioRow& row) {
    return row.result ? row.result->funding : core::Money{};
  };
  if (key == "poste") return a.post->id < b.post->id;
  if (key == "etp") return a.post->mission_fte < b.post->mission_fte;
  if (key == "cout") return a.post->annual_cost < b.post->annual_cost;
  if (key == "financement") return funding(a) < funding(b);
  if (key == "verdict") return verdict_rank(a) < verdict_rank(b);
  return a.territory->name < b.territory->name;
}

}  // namespace

std::string_view code_of(FteBand band) {
  return core::code_in(kBands, band);
}

std::optional<FteBand> parse_fte_band(std::string_view code) {
  return core::value_in(kBands, code);
}

std::optional<FteBand> band_of(core::Fte mission) {
  if (mission.hundredths() < 50) return FteBand::kBelowHalf;
  if (mission < core::Fte::full_time()) return FteBand::kHalfToFull;
  return FteBand::kFull;
}

const std::vector<std::string>& sort_keys() {
  static const std::vector<std::string> kKeys{"territoire", "poste",       "etp",
                                              "cout",       "financement", "verdict"};
  return kKeys;
}

void add_row(PortfolioSelection& selection, const PortfolioRow& row) {
  selection.rows.push_back(row);
  selection.funding += row.result->funding;
  selection.funded_fte += row.result->funded_fte;
  selection.mission_fte += row.post->mission_fte;
  selection.cost += row.post->annual_cost;
  switch (row.result->verdict) {
    case core::Verdict::kEligible:
      ++selection.eligible;
      break;
    case core::Verdict::kAMettreEnConformite:
      ++selection.to_fix;
      break;
    case core::Verdict::kExclu:
      ++selection.excluded;
      break;
  }
}

PortfolioSelection select_portfolio(const PortfolioSnapshot& snapshot, const core::Actor& actor,
                                    const PortfolioFilter& filter) {
  PortfolioSelection selection;
  for (const auto& post : snapshot.facts().posts) {
    const core::PostResult* result = snapshot.result_of(post.id);
    if (result == nullptr) continue;  // closed on this date
    const core::Territory* territory = snapshot.territory(post.territory_code);
    if (territory == nullptr || !core::covers(actor, *territory)) continue;
    if (!filter.territory.empty() && territory->code != filter.territory &&
        territory->epci_code.value_or("") != filter.territory) {
      continue;
    }
    if (filter.verdict && result->verdict != *filter.verdict) continue;
    if (filter.function && post.function != *filter.function) continue;
    if (filter.fte_band && band_of(post.mission_fte) != filter.fte_band) continue;
    const core::Ctg* ctg = result->ctg_id ? snapshot.ctg(*result->ctg_id) : nullptr;
    add_row(selection, {&post, territory, result, ctg});
  }
  const std::string key =
      std::find(sort_keys().begin(), sort_keys().end(), filter.sort) != sort_keys().end()
          ? filter.sort
          : "territoire";
  std::stable_sort(selection.rows.begin(), selection.rows.end(),
                   [&](const PortfolioRow& a, const PortfolioRow& b) {
                     if (less(a, b, key)) return !filter.descending;
                     if (less(b, a, key)) return filter.descending;
                     return a.post->id < b.post->id;
                   });
  return selection;
}

std::vector<const core::Territory*> territories_of(const PortfolioSnapshot& snapshot,
                                                   const core::Actor& actor) {
  std::set<std::string> codes;
  for (const auto& ctg : snapshot.facts().ctgs) codes.insert(ctg.territory_code);
  for (const auto& post : snapshot.facts().posts) {
    const core::Territory* territory = snapshot.territory(post.territory_code);
    if (territory) codes.insert(territory->epci_code.value_or(territory->code));
  }
  for (const auto& code : actor.territory_codes) codes.insert(code);
  std::vector<const core::Territory*> territories;
  for (const auto& code : codes) {
    const core::Territory* territory = snapshot.territory(code);
    if (territory && core::covers(actor, *territory)) territories.push_back(territory);
  }
  std::sort(territories.begin(), territories.end(),
            [](const auto* a, const auto* b) { return a->name < b->name; });
  return territories;
}

}  // namespace maillage::app
