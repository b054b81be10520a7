#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/convention.hpp"
#include "core/date.hpp"
#include "core/fte.hpp"
#include "core/funding_result.hpp"
#include "core/money.hpp"
#include "core/portfolio.hpp"
#include "core/post.hpp"
#include "core/source.hpp"
#include "core/structure.hpp"
#include "core/territory.hpp"
#include "core/territory_profile.hpp"

namespace maillage::core {

// The regulation indicators of the Gard doctrine (001_10d59468317a00ab.txt, "LES INDICATEURS DE
// RÉGULATION"), per EPCI of a Caf's département, with the département's key figures and the
// typology of the posts ("Typologie des postes de chargés de coopération").
//
// Arithmetic is exact, on integers: shares in basis points, FTE in hundredths, money in cents,
// each ratio rounded once, half up (half away from zero for money, as `scale`).

// A post open on the date with the engine's result for it (null: not evaluated, no funding).
struct EvaluatedPost {
  const Post* post = nullptr;
  const PostResult* result = nullptr;
};

// What the indicators read. Pointers and spans view the caller's data, which must outlive the
// call. Closed posts and structures may be included: they are skipped by date.
struct IndicatorFacts {
  const PortfolioIndex* index = nullptr;  // territories by code (communes → EPCI), CTGs
  std::span<const Territory> territories;
  std::span<const EvaluatedPost> posts;
  std::span<const Structure> structures;
  std::span<const TerritoryProfile> profiles;
};

inline constexpr std::size_t kStructureKindCount = 6;  // StructureKind::kEaje … kAutre

// One EPCI's figures. "Counted" values are read from the facts; "derived" values are computed
// from them and from the département's totals by `derive_indicators`.
struct TerritoryIndicators {
  // Counted.
  std::string code;
  std::string name;
  long population = 0;
  int posts = 0;       // open posts (people), funded or not
  Fte mission_fte;     // mission FTE of every open post
  Fte fte;             // funded FTE: mission FTE of the posts the Caf funds (funding > 0)
  Money funding;       // Caf funding of its posts on the date
  int structures = 0;  // open family-service structures
  std::array<int, kStructureKindCount> structures_by_kind{};  // indexed by StructureKind
  std::optional<std::int64_t> area_hectares;  // km² to the hundredth = hectares / 100
  AreaSource area_source = AreaSource::kNone;
  std::string specifics;
  bool ctg_in_force = false;
  std::optional<Date> ctg_end;  // last day of the CTG in force

  // Derived.
  Percent fte_share;         // indicator 2: fte / département funded FTE
  Percent population_share;  // population / département population
  // Indicator 4, in basis points of a percent (100 = 1 point), may be negative:
  // fte_share − population_share computed from the two *rounded* shares, so that the table
  // reads exactly (16,95 % − 21,29 % = −4,34 pts).
  int gap_basis_points = 0;
  std::optional<Money> funding_per_fte;  // indicator 1: funding / fte; none without funded FTE
  std::optional<Fte> fte_per_structure;  // indicator 3: fte / structures; none without structure
};

// Share of the posts and of their mission FTE in one category of the typology.
struct TypologyShare {
  int posts = 0;
  Fte fte;
  Percent posts_share;  // of the open posts
  Percent fte_share;    // of their mission FTE
};

// The Gard study's three categories, over the open posts (funded or not: the study describes who
// holds the posts). "Chefs de service ou DGS" counts `kDirection` and `kResponsableEquipement`:
// the doctrine sets both apart as management missions ("Exclure, de fait, les missions de
// management … directeur d'Eaje, responsable d'Alsh", 001, "LA DOCTRINE DE MISE EN CONFORMITÉ").
struct Typology {
  TypologyShare management;      // direction + responsable d'équipement
  TypologyShare administrative;  // assistant administratif
  TypologyShare low_time;        // mission FTE < 25 % of the holder's FTE (holder not zero)
};

// The département's totals and key figures.
struct IndicatorTotals {
  long population = 0;
  int territories = 0;
  int posts = 0;  // people: open posts in the département's EPCIs
  Fte mission_fte;
  Fte fte;  // funded FTE
  Money funding;
  std::optional<Money> funding_per_fte;  // mean Caf funding per funded FTE
  int structures = 0;
  std::optional<Fte> fte_per_structure;
  std::int64_t area_hectares = 0;  // sum over the territories whose area is known
  int territories_without_area = 0;
  int ctgs_in_force = 0;
  int unplaced_posts = 0;  // open posts whose territory is unknown or has no EPCI: not counted
};

struct DepartementIndicators {
  std::string departement;  // empty: all of France
  Date date;
  std::vector<TerritoryIndicators> territories;  // EPCIs, by name
  IndicatorTotals totals;
  Typology typology;
};

// Indicators of the EPCIs whose `departement` is `departement` (empty: every EPCI of France) on
// `date`. A post or structure on a commune counts for the commune's EPCI.
DepartementIndicators compute_indicators(const IndicatorFacts& facts, std::string_view departement,
                                         Date date);

// Recomputes the derived values and the totals from the rows' counted values — for a what-if
// (the redeployment proposal changes `fte` and `funding`, then calls this). Keeps the typology.
void derive_indicators(DepartementIndicators& indicators);

// The indicators a user reads, for explanations, sources, sorting and the map.
enum class Indicator {
  kPopulation,
  kPosts,
  kFte,
  kFteShare,
  kPopulationShare,
  kGap,
  kFunding,
  kFundingPerFte,
  kStructures,
  kFtePerStructure,
  kSpecifics,
  kArea,
};

// "fte_share", "gap"… (URL and file keys) and back.
std::string_view code_of(Indicator indicator);
std::optional<Indicator> parse_indicator(std::string_view code);

// Where the indicator comes from (seed 001, "LES INDICATEURS DE RÉGULATION"; key figures from
// seed 003, "QUELQUES CHIFFRES").
Source indicator_source(Indicator indicator);
// The typology's source: 001, "Typologie des postes de chargés de coopération".
Source typology_source();

// Small exact helpers, shared with the views.
// part / whole in basis points, half up; 0 when whole is 0.
Percent share_of_long(std::int64_t part, std::int64_t whole);
// "+2,45 pts", "−4,34 pts", "0 pt".
std::string format_points(int basis_points);
// "1 234,56 km²" from hectares.
std::string format_area_km2(std::int64_t hectares);

}  // namespace maillage::core
