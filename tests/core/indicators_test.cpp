#include "core/indicators.hpp"

#include <gtest/gtest.h>

#include <deque>

#include "core/indicator_messages_fr.hpp"

namespace maillage::core {
namespace {

// A small hand-computed département "99" on 30/06/2026. Every expected value below is worked out
// by hand in the comments, not by the code under test.
//
// EPCI       population  open posts (mission / holder, function, funding)          structures
// A Alpha      60 000    P1 1/1 coop 24 000 € (on its commune 99001)                 3 EAJE (one on
//                        P2 0,5/1 direction 12 345,67 €                              commune 99002)
//                        P8 0,25/1 coop, not evaluated (no result)                   + 1 RPE
//                        P6 closed on 31/12/2025: not counted                        (+ ALSH
//                        closed)
// B Bêta       30 000    P3 0,75/1 assistant administratif 18 000 €                  none
//                        P4 0,2/1 coop, excluded (0 €)
// C Gamma      10 000    none                                                        1 centre
// social D Delta           0    P5 1/1 responsable d'équipement 30 000 €                    1 EVS,
// 1 autre plus P7 on an unknown territory (unplaced), an EPCI of département 98 (not a row).
class IndicatorFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    territories_ = {
        epci("200000001", "CA Alpha", "99", 60000, {"99001", "99002"}),
        epci("200000002", "CC Bêta", "99", 30000, {}),
        epci("200000003", "CC Gamma", "99", 10000, {}),
        epci("200000004", "CC Delta", "99", 0, {}),
        epci("200000098", "CC Ailleurs", "98", 5000, {}),
        commune("99001", "Alphaville", "200000001"),
        commune("99002", "Alphabourg", "200000001"),
    };
    ctgs_ = {ctg("200000001", "2024-01-01", "2027-12-31"),
             ctg("200000002", "2021-01-01", "2025-12-31"),  // ended: none in force
             ctg("200000004", "2023-07-01", "2028-06-30")};
    index_ = std::make_unique<PortfolioIndex>(territories_, ctgs_);
    add_post("P1", "99001", 100, 100, PostFunction::kCooperation, 2400000);
    add_post("P2", "200000001", 100, 50, PostFunction::kDirection, 1234567);
    add_post("P3", "200000002", 100, 75, PostFunction::kAssistantAdministratif, 1800000);
    add_post("P4", "200000002", 100, 20, PostFunction::kCooperation, 0, /*excluded=*/true);
    add_post("P5", "200000004", 100, 100, PostFunction::kResponsableEquipement, 3000000);
    add_post("P6", "200000001", 100, 100, PostFunction::kCooperation, 2400000);
    posts_.back().closed_on = date("2025-12-31");
    add_post("P7", "00000", 100, 100, PostFunction::kCooperation, 2400000);
    add_post("P8", "200000001", 100, 25, PostFunction::kCooperation, std::nullopt);

    structures_ = {structure("99001", StructureKind::kEaje),
                   structure("99002", StructureKind::kEaje),
                   structure("200000001", StructureKind::kEaje),
                   structure("200000001", StructureKind::kRpe),
                   structure("200000001", StructureKind::kAlsh),
                   structure("200000003", StructureKind::kCentreSocial),
                   structure("200000004", StructureKind::kEvs),
                   structure("200000004", StructureKind::kAutre),
                   structure("200000098", StructureKind::kEaje)};
    structures_[4].closed_on = date("2026-01-31");
    profiles_ = {profile("200000001", 123456, AreaSource::kBoundaries, ""),
                 profile("200000002", 50000, AreaSource::kEntered, "Compétence enfance"),
                 profile("200000004", std::nullopt, AreaSource::kNone, "Zone de montagne"),
                 profile("99001", 999, AreaSource::kEntered, "Une commune : ignorée")};
  }

  DepartementIndicators compute(std::string_view departement = "99") {
    for (std::size_t i = 0; i < posts_.size(); ++i) {
      evaluated_.push_back({&posts_[i], results_[i] ? &*results_[i] : nullptr});
    }
    const IndicatorFacts facts{index_.get(), territories_, evaluated_, structures_, profiles_};
    return compute_indicators(facts, departement, date("2026-06-30"));
  }

  static Date date(std::string_view text) { return *parse_date(text); }

  static Territory epci(std::string code, std::string name, std::string departement,
                        long population, std::vector<std::string> communes) {
    return {std::move(code), TerritoryKind::kEpci, std::move(name),    std::move(departement), "CC",
            std::nullopt,    population,           std::move(communes)};
  }
  static Territory commune(std::string code, std::string name, std::string epci_code) {
    return {std::move(code),
            TerritoryKind::kCommune,
            std::move(name),
            "99",
            "",
            std::move(epci_code),
            1000,
            {}};
  }
  static Ctg ctg(std::string code, std::string_view start, std::string_view end) {
    Ctg out;
    out.territory_code = std::move(code);
    out.start = date(start);
    out.end = date(end);
    return out;
  }
  void add_post(std::string id, std::string territory, int holder, int mission,
                PostFunction function, std::optional<std::int64_t> funding_cents,
                bool excluded = false) {
    Post post;
    post.id = id;
    post.territory_code = territory;
    post.holder_fte = Fte::from_hundredths(holder);
    post.mission_fte = Fte::from_hundredths(mission);
    post.function = function;
    posts_.push_back(post);
    if (!funding_cents) {
      results_.push_back(std::nullopt);
      return;
    }
    PostResult result;
    result.post_id = id;
    result.territory_code = territory;
    result.funding = Money::from_cents(*funding_cents);
    result.funded_fte = excluded ? Fte{} : post.mission_fte;
    result.verdict = excluded ? Verdict::kExclu : Verdict::kEligible;
    results_.push_back(result);
  }
  static Structure structure(std::string territory, StructureKind kind) {
    Structure out;
    out.territory_code = std::move(territory);
    out.kind = kind;
    return out;
  }
  static TerritoryProfile profile(std::string code, std::optional<std::int64_t> hectares,
                                  AreaSource source, std::string specifics) {
    return {std::move(code), hectares, source, std::move(specifics), 1};
  }

  std::vector<Territory> territories_;
  std::vector<Ctg> ctgs_;
  std::unique_ptr<PortfolioIndex> index_;
  std::deque<Post> posts_;  // stable addresses
  std::deque<std::optional<PostResult>> results_;
  std::vector<EvaluatedPost> evaluated_;
  std::vector<Structure> structures_;
  std::vector<TerritoryProfile> profiles_;
};

const TerritoryIndicators& row(const DepartementIndicators& indicators, std::string_view code) {
  for (const auto& row : indicators.territories) {
    if (row.code == code) return row;
  }
  throw std::runtime_error("no row " + std::string(code));
}

// Replaces no-break spaces so expected sentences read plainly.
std::string plain(std::string text) {
  for (const std::string_view space : {"\xC2\xA0", "\xE2\x80\xAF"}) {
    for (auto at = text.find(space); at != std::string::npos; at = text.find(space)) {
      text.replace(at, space.size(), " ");
    }
  }
  return text;
}

TEST_F(IndicatorFixture, RowsAreTheDepartementsEpcisByName) {
  const auto indicators = compute();
  ASSERT_EQ(indicators.territories.size(), 4u);
  EXPECT_EQ(indicators.territories[0].name, "CA Alpha");
  EXPECT_EQ(indicators.territories[1].name, "CC Bêta");
  EXPECT_EQ(indicators.territories[2].name, "CC Delta");
  EXPECT_EQ(indicators.territories[3].name, "CC Gamma");
}

TEST_F(IndicatorFixture, CountsPostsFteAndFundingPerEpci) {
  const auto indicators = compute();
  // A: P1 (on its commune), P2, P8; P6 is closed. Funded: P1 1 + P2 0,5 = 1,5 ETP.
  const auto& a = row(indicators, "200000001");
  EXPECT_EQ(a.posts, 3);
  EXPECT_EQ(a.mission_fte.hundredths(), 175);
  EXPECT_EQ(a.fte.hundredths(), 150);
  EXPECT_EQ(a.funding.cents(), 3634567);
  // B: P4 is excluded (no funding): only P3's 0,75 ETP is funded.
  const auto& b = row(indicators, "200000002");
  EXPECT_EQ(b.posts, 2);
  EXPECT_EQ(b.mission_fte.hundredths(), 95);
  EXPECT_EQ(b.fte.hundredths(), 75);
  EXPECT_EQ(b.funding.cents(), 1800000);
  const auto& c = row(indicators, "200000003");
  EXPECT_EQ(c.posts, 0);
  EXPECT_TRUE(c.fte.is_zero());
  EXPECT_EQ(row(indicators, "200000004").fte.hundredths(), 100);
}

TEST_F(IndicatorFixture, SharesAndGapInBasisPoints) {
  const auto indicators = compute();
  // Funded FTE 3,25. A 150/325 = 46,1538 % → 4615; B 75/325 = 23,0769 % → 2308;
  // D 100/325 = 30,7692 % → 3077. Population 100 000: A 60 %, B 30 %, C 10 %, D 0 %.
  const auto& a = row(indicators, "200000001");
  EXPECT_EQ(a.fte_share.basis_points(), 4615);
  EXPECT_EQ(a.population_share.basis_points(), 6000);
  EXPECT_EQ(a.gap_basis_points, -1385);
  const auto& b = row(indicators, "200000002");
  EXPECT_EQ(b.fte_share.basis_points(), 2308);
  EXPECT_EQ(b.gap_basis_points, -692);
  const auto& c = row(indicators, "200000003");
  EXPECT_EQ(c.fte_share.basis_points(), 0);
  EXPECT_EQ(c.population_share.basis_points(), 1000);
  EXPECT_EQ(c.gap_basis_points, -1000);
  const auto& d = row(indicators, "200000004");  // zero population: share 0, no division
  EXPECT_EQ(d.fte_share.basis_points(), 3077);
  EXPECT_EQ(d.population_share.basis_points(), 0);
  EXPECT_EQ(d.gap_basis_points, 3077);
}

TEST_F(IndicatorFixture, FundingPerFteAndFtePerStructure) {
  const auto indicators = compute();
  // A: 36 345,67 € / 1,5 = 24 230,4466… → 24 230,45 €; 4 open structures (3 EAJE, 1 RPE; the
  // ALSH closed on 31/01/2026): 1,5 / 4 = 0,375 → 0,38 (half up).
  const auto& a = row(indicators, "200000001");
  ASSERT_TRUE(a.funding_per_fte);
  EXPECT_EQ(a.funding_per_fte->cents(), 2423045);
  EXPECT_EQ(a.structures, 4);
  EXPECT_EQ(a.structures_by_kind[static_cast<std::size_t>(StructureKind::kEaje)], 3);
  EXPECT_EQ(a.structures_by_kind[static_cast<std::size_t>(StructureKind::kRpe)], 1);
  EXPECT_EQ(a.structures_by_kind[static_cast<std::size_t>(StructureKind::kAlsh)], 0);
  ASSERT_TRUE(a.fte_per_structure);
  EXPECT_EQ(a.fte_per_structure->hundredths(), 38);
  // B: no structure → not defined. C: no post → no mean, 0 ETP / 1 structure = 0.
  const auto& b = row(indicators, "200000002");
  EXPECT_EQ(b.funding_per_fte->cents(), 2400000);
  EXPECT_EQ(b.structures, 0);
  EXPECT_FALSE(b.fte_per_structure);
  const auto& c = row(indicators, "200000003");
  EXPECT_FALSE(c.funding_per_fte);
  ASSERT_TRUE(c.fte_per_structure);
  EXPECT_EQ(c.fte_per_structure->hundredths(), 0);
  const auto& d = row(indicators, "200000004");
  EXPECT_EQ(d.funding_per_fte->cents(), 3000000);
  EXPECT_EQ(d.fte_per_structure->hundredths(), 50);
}

TEST_F(IndicatorFixture, AreaSpecificsAndCtg) {
  const auto indicators = compute();
  const auto& a = row(indicators, "200000001");
  EXPECT_EQ(a.area_hectares, 123456);
  EXPECT_EQ(plain(format_area_km2(*a.area_hectares)), "1 234,56 km²");
  EXPECT_TRUE(a.specifics.empty());
  EXPECT_TRUE(a.ctg_in_force);
  EXPECT_EQ(a.ctg_end, date("2027-12-31"));
  const auto& b = row(indicators, "200000002");
  EXPECT_EQ(b.area_source, AreaSource::kEntered);
  EXPECT_EQ(b.specifics, "Compétence enfance");
  EXPECT_FALSE(b.ctg_in_force);
  EXPECT_FALSE(row(indicators, "200000003").area_hectares);
  const auto& d = row(indicators, "200000004");
  EXPECT_FALSE(d.area_hectares);
  EXPECT_EQ(d.specifics, "Zone de montagne");
  EXPECT_TRUE(d.ctg_in_force);
}

TEST_F(IndicatorFixture, DepartementTotalsAndKeyFigures) {
  const auto t = compute().totals;
  EXPECT_EQ(t.territories, 4);
  EXPECT_EQ(t.population, 100000);
  EXPECT_EQ(t.posts, 6);                       // P1 P2 P8 P3 P4 P5
  EXPECT_EQ(t.mission_fte.hundredths(), 370);  // 1 + 0,5 + 0,25 + 0,75 + 0,2 + 1
  EXPECT_EQ(t.fte.hundredths(), 325);
  EXPECT_EQ(t.funding.cents(), 8434567);
  // 84 345,67 € / 3,25 = 25 952,5138… → 25 952,51 €.
  EXPECT_EQ(t.funding_per_fte->cents(), 2595251);
  EXPECT_EQ(t.structures, 7);
  EXPECT_EQ(t.fte_per_structure->hundredths(), 46);  // 3,25 / 7 = 0,464…
  EXPECT_EQ(t.area_hectares, 173456);
  EXPECT_EQ(t.territories_without_area, 2);
  EXPECT_EQ(t.ctgs_in_force, 2);
  EXPECT_EQ(t.unplaced_posts, 1);  // P7
}

TEST_F(IndicatorFixture, Typology) {
  const auto typology = compute().typology;
  // Management: P2 (direction, 0,5) and P5 (responsable d'équipement, 1): 2/6 = 33,33 %,
  // 1,5/3,7 = 40,54 %. Administrative: P3: 1/6 = 16,67 %, 0,75/3,7 = 20,27 %.
  // Under 25 %: P4 (0,2/1) only; P8 is at 25 % exactly: 1/6, 0,2/3,7 = 5,405 % → 5,41 %.
  EXPECT_EQ(typology.management.posts, 2);
  EXPECT_EQ(typology.management.fte.hundredths(), 150);
  EXPECT_EQ(typology.management.posts_share.basis_points(), 3333);
  EXPECT_EQ(typology.management.fte_share.basis_points(), 4054);
  EXPECT_EQ(typology.administrative.posts, 1);
  EXPECT_EQ(typology.administrative.posts_share.basis_points(), 1667);
  EXPECT_EQ(typology.administrative.fte_share.basis_points(), 2027);
  EXPECT_EQ(typology.low_time.posts, 1);
  EXPECT_EQ(typology.low_time.fte.hundredths(), 20);
  EXPECT_EQ(typology.low_time.fte_share.basis_points(), 541);
}

TEST_F(IndicatorFixture, ExplanationsGiveTheFigures) {
  const auto indicators = compute();
  const auto& a = row(indicators, "200000001");
  const auto& t = indicators.totals;
  using messages::explain;
  EXPECT_EQ(plain(explain(a, t, Indicator::kFteShare)),
            "1,5 ETP sur 3,25 ETP financés dans le département = 46,15 %.");
  EXPECT_EQ(plain(explain(a, t, Indicator::kPopulationShare)),
            "60 000 habitants sur 100 000 dans le département = 60 %.");
  EXPECT_EQ(plain(explain(a, t, Indicator::kGap)),
            "46,15 % des ETP − 60 % des habitants = −13,85 pts : le territoire a moins d'ETP que "
            "son poids dans la population.");
  EXPECT_EQ(plain(explain(a, t, Indicator::kFundingPerFte)),
            "36 345,67 € ÷ 1,5 ETP financés = 24 230,45 € par ETP.");
  EXPECT_EQ(plain(explain(a, t, Indicator::kFtePerStructure)),
            "1,5 ETP financés ÷ 4 structures = 0,38 ETP par structure.");
  EXPECT_EQ(plain(explain(a, t, Indicator::kStructures)),
            "4 structures ouvertes (EAJE : 3, RPE : 1).");
  const auto& b = row(indicators, "200000002");
  EXPECT_EQ(plain(explain(b, t, Indicator::kFtePerStructure)),
            "Aucune structure enregistrée : indicateur non défini.");
  EXPECT_EQ(plain(explain(row(indicators, "200000003"), t, Indicator::kFundingPerFte)),
            "Aucun ETP financé : pas de montant moyen.");
  EXPECT_EQ(plain(explain(row(indicators, "200000004"), t, Indicator::kGap)),
            "30,77 % des ETP − 0 % des habitants = +30,77 pts : le territoire a plus d'ETP que "
            "son poids dans la population.");
  EXPECT_EQ(plain(messages::explain_typology(indicators.typology.management, t)),
            "2 postes sur 6 (33,33 %) et 1,5 ETP sur 3,7 ETP (40,54 %).");
}

TEST_F(IndicatorFixture, EveryIndicatorCitesItsSource) {
  for (const Indicator indicator :
       {Indicator::kFundingPerFte, Indicator::kFteShare, Indicator::kFtePerStructure,
        Indicator::kGap, Indicator::kSpecifics, Indicator::kArea}) {
    const Source source = indicator_source(indicator);
    EXPECT_EQ(source.file, "001_10d59468317a00ab.txt");
    EXPECT_EQ(source.section, "LES INDICATEURS DE RÉGULATION");
    EXPECT_FALSE(source.quote.empty());
    EXPECT_EQ(parse_indicator(code_of(indicator)), indicator);
  }
  EXPECT_EQ(indicator_source(Indicator::kFte).file, "004_5379960f3bbf2085.txt");
  EXPECT_FALSE(parse_indicator("inconnu"));
}

TEST_F(IndicatorFixture, AllOfFranceTakesEveryEpci) {
  const auto indicators = compute("");
  EXPECT_EQ(indicators.territories.size(), 5u);
  EXPECT_EQ(indicators.totals.population, 105000);
  EXPECT_EQ(row(indicators, "200000098").structures, 1);
}

TEST_F(IndicatorFixture, WhatIfRecomputesSharesFromChangedFte) {
  auto indicators = compute();
  // Move B's 0,75 ETP to C: C 0,75/3,25 = 23,08 %, gap +13,08 pts; B has no FTE left.
  for (auto& r : indicators.territories) {
    if (r.code == "200000002") r.fte = Fte{};
    if (r.code == "200000003") r.fte = Fte::from_hundredths(75);
  }
  derive_indicators(indicators);
  EXPECT_EQ(row(indicators, "200000003").gap_basis_points, 1308);
  EXPECT_EQ(row(indicators, "200000003").fte_per_structure->hundredths(), 75);
  EXPECT_FALSE(row(indicators, "200000002").funding_per_fte);
  EXPECT_EQ(indicators.totals.fte.hundredths(), 325);
  EXPECT_EQ(indicators.totals.unplaced_posts, 1);
}

TEST(Indicators, EmptyDepartementDividesByNothing) {
  const std::vector<Territory> territories;
  const std::vector<Ctg> ctgs;
  const PortfolioIndex index(territories, ctgs);
  const auto indicators =
      compute_indicators(IndicatorFacts{&index, {}, {}, {}, {}}, "99", *parse_date("2026-01-01"));
  EXPECT_TRUE(indicators.territories.empty());
  EXPECT_EQ(indicators.totals.population, 0);
  EXPECT_FALSE(indicators.totals.funding_per_fte);
  EXPECT_FALSE(indicators.totals.fte_per_structure);
  EXPECT_EQ(indicators.typology.management.posts_share.basis_points(), 0);
}

TEST(Indicators, FormatsPoints) {
  EXPECT_EQ(plain(format_points(-434)), "−4,34 pts");
  EXPECT_EQ(plain(format_points(150)), "+1,5 pt");
  EXPECT_EQ(plain(format_points(0)), "0 pt");
  EXPECT_EQ(share_of_long(1, 3).basis_points(), 3333);
  EXPECT_EQ(share_of_long(2, 3).basis_points(), 6667);
  EXPECT_EQ(share_of_long(68000000, 68000000).basis_points(), 10000);
}

}  // namespace
}  // namespace maillage::core
