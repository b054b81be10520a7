#include "core/indicators.hpp"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "core/text.hpp"

namespace maillage::core {

namespace {

// The row of the EPCI a territory belongs to: itself, or a commune's EPCI.
class RowFinder {
 public:
  RowFinder(const PortfolioIndex& index, std::vector<TerritoryIndicators>& rows) : index_(index) {
    rows_.reserve(rows.size());
    for (auto& row : rows) rows_.emplace(row.code, &row);
  }

  TerritoryIndicators* find(const std::string& territory_code) const {
    if (const auto it = rows_.find(territory_code); it != rows_.end()) return it->second;
    const Territory* territory = index_.territory(territory_code);
    if (territory == nullptr || !territory->epci_code) return nullptr;
    const auto it = rows_.find(*territory->epci_code);
    return it == rows_.end() ? nullptr : it->second;
  }

 private:
  const PortfolioIndex& index_;
  std::unordered_map<std::string_view, TerritoryIndicators*> rows_;
};

std::int64_t divide_half_up(std::int64_t numerator, std::int64_t denominator) {
  return (numerator + denominator / 2) / denominator;
}

void add_to(TypologyShare& share, const Post& post) {
  ++share.posts;
  share.fte += post.mission_fte;
}

void count_typology(Typology& typology, const Post& post) {
  if (post.function == PostFunction::kDirection ||
      post.function == PostFunction::kResponsableEquipement) {
    add_to(typology.management, post);
  }
  if (post.function == PostFunction::kAssistantAdministratif) add_to(typology.administrative, post);
  // mission / holder < 25 %, on integers: 4 × mission < holder.
  if (!post.holder_fte.is_zero() &&
      4 * post.mission_fte.hundredths() < post.holder_fte.hundredths()) {
    add_to(typology.low_time, post);
  }
}

void share_typology(TypologyShare& share, int posts, Fte fte) {
  share.posts_share = share_of_long(share.posts, posts);
  share.fte_share = share_of_long(share.fte.hundredths(), fte.hundredths());
}

std::vector<TerritoryIndicators> epci_rows(std::span<const Territory> territories,
                                           std::string_view departement) {
  std::vector<TerritoryIndicators> rows;
  for (const auto& territory : territories) {
    if (territory.kind != TerritoryKind::kEpci) continue;
    if (!departement.empty() && territory.departement != departement) continue;
    TerritoryIndicators row;
    row.code = territory.code;
    row.name = territory.name;
    row.population = territory.population;
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [](const auto& left, const auto& right) {
    return left.name != right.name ? left.name < right.name : left.code < right.code;
  });
  return rows;
}

void count_ctgs(const PortfolioIndex& index, std::vector<TerritoryIndicators>& rows, Date date) {
  for (auto& row : rows) {
    const Ctg* ctg = ctg_in_force(index.ctgs_covering(row.code), date);
    row.ctg_in_force = ctg != nullptr;
    if (ctg != nullptr) row.ctg_end = ctg->last_day();
  }
}

}  // namespace

Percent share_of_long(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return Percent{};
  return Percent::from_basis_points(static_cast<int>(divide_half_up(part * 10000, whole)));
}

DepartementIndicators compute_indicators(const IndicatorFacts& facts, std::string_view departement,
                                         Date date) {
  DepartementIndicators out;
  out.departement = std::string(departement);
  out.date = date;
  out.territories = epci_rows(facts.territories, departement);
  const RowFinder finder(*facts.index, out.territories);

  int people = 0;
  Fte people_fte;
  for (const auto& evaluated : facts.posts) {
    const Post& post = *evaluated.post;
    if (!post.open_on(date)) continue;
    TerritoryIndicators* row = finder.find(post.territory_code);
    if (row == nullptr) {
      ++out.totals.unplaced_posts;
      continue;
    }
    ++row->posts;
    row->mission_fte += post.mission_fte;
    if (evaluated.result != nullptr && evaluated.result->funding > Money{}) {
      row->fte += evaluated.result->funded_fte;
      row->funding += evaluated.result->funding;
    }
    ++people;
    people_fte += post.mission_fte;
    count_typology(out.typology, post);
  }
  share_typology(out.typology.management, people, people_fte);
  share_typology(out.typology.administrative, people, people_fte);
  share_typology(out.typology.low_time, people, people_fte);

  for (const auto& structure : facts.structures) {
    if (!structure.open_on(date)) continue;
    if (TerritoryIndicators* row = finder.find(structure.territory_code)) {
      ++row->structures;
      ++row->structures_by_kind.at(static_cast<std::size_t>(structure.kind));
    }
  }
  for (const auto& profile : facts.profiles) {
    TerritoryIndicators* row = finder.find(profile.territory_code);
    if (row == nullptr || row->code != profile.territory_code) continue;  // a commune's profile
    row->area_hectares = profile.area_hectares;
    row->area_source = profile.area_hectares ? profile.area_source : AreaSource::kNone;
    row->specifics = profile.specifics;
  }
  count_ctgs(*facts.index, out.territories, date);
  derive_indicators(out);
  return out;
}

void derive_indicators(DepartementIndicators& indicators) {
  IndicatorTotals& totals = indicators.totals;
  const int unplaced = totals.unplaced_posts;
  totals = IndicatorTotals{};
  totals.unplaced_posts = unplaced;
  for (const auto& row : indicators.territories) {
    totals.population += row.population;
    ++totals.territories;
    totals.posts += row.posts;
    totals.mission_fte += row.mission_fte;
    totals.fte += row.fte;
    totals.funding += row.funding;
    totals.structures += row.structures;
    if (row.area_hectares) {
      totals.area_hectares += *row.area_hectares;
    } else {
      ++totals.territories_without_area;
    }
    if (row.ctg_in_force) ++totals.ctgs_in_force;
  }
  const auto per_fte = [](Money funding, Fte fte) -> std::optional<Money> {
    if (fte.hundredths() <= 0) return std::nullopt;
    return scale(funding, 100, fte.hundredths());
  };
  const auto per_structure = [](Fte fte, int structures) -> std::optional<Fte> {
    if (structures <= 0) return std::nullopt;
    return Fte::from_hundredths(static_cast<int>(divide_half_up(fte.hundredths(), structures)));
  };
  for (auto& row : indicators.territories) {
    row.fte_share = share_of_long(row.fte.hundredths(), totals.fte.hundredths());
    row.population_share = share_of_long(row.population, totals.population);
    row.gap_basis_points = row.fte_share.basis_points() - row.population_share.basis_points();
    row.funding_per_fte = per_fte(row.funding, row.fte);
    row.fte_per_structure = per_structure(row.fte, row.structures);
  }
  totals.funding_per_fte = per_fte(totals.funding, totals.fte);
  totals.fte_per_structure = per_structure(totals.fte, totals.structures);
}

std::string format_points(int basis_points) {
  if (basis_points == 0) return "0" + std::string(kNoBreakSpace) + "pt";
  const int magnitude = std::abs(basis_points);
  std::string out = basis_points > 0 ? "+" : "\xE2\x88\x92";  // U+2212 MINUS SIGN
  out += format_fte(Fte::from_hundredths(magnitude));
  out += kNoBreakSpace;
  out += magnitude < 200 ? "pt" : "pts";
  return out;
}

std::string format_area_km2(std::int64_t hectares) {
  const std::int64_t magnitude = hectares < 0 ? -hectares : hectares;
  std::string out = hectares < 0 ? "-" : "";
  out += group_thousands(std::to_string(magnitude / 100));
  if (const std::int64_t rest = magnitude % 100; rest != 0) {
    out += ',';
    out += static_cast<char>('0' + rest / 10);
    out += static_cast<char>('0' + rest % 10);
  }
  out += kNoBreakSpace;
  out += "km\xC2\xB2";
  return out;
}

}  // namespace maillage::core
