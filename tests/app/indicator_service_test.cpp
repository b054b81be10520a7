#include "app/indicator_service.hpp"

#include <gtest/gtest.h>

#include "app/indicator_json.hpp"
#include "app/portfolio_facts.hpp"
#include "app/request_error.hpp"
#include "app/settings.hpp"
#include "store/doctrine_files.hpp"
#include "web/test_server.hpp"

namespace maillage::app {
namespace {

// The demo portfolio (data/demo) on its reference date, 23/11/2026.
class IndicatorService : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto paths = default_paths();
    paths.data_dir = std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data";
    doctrines_ = new std::vector<core::Doctrine>(store::load_doctrines(paths.doctrines_dir()));
    auto database = store::Database::open(testing::demo_database_template().string());
    snapshot_ = new std::shared_ptr<const PortfolioSnapshot>(std::make_shared<PortfolioSnapshot>(
        load_facts(*database), *doctrines_, *core::parse_date("2026-11-23"), 1));
  }
  static void TearDownTestSuite() {
    delete snapshot_;
    delete doctrines_;
  }
  static const PortfolioSnapshot& snapshot() { return **snapshot_; }

  static std::vector<core::Doctrine>* doctrines_;
  static std::shared_ptr<const PortfolioSnapshot>* snapshot_;
};
std::vector<core::Doctrine>* IndicatorService::doctrines_ = nullptr;
std::shared_ptr<const PortfolioSnapshot>* IndicatorService::snapshot_ = nullptr;

const core::TerritoryIndicators* row_of(const CafIndicators& caf, const std::string& code) {
  for (const auto& row : caf.indicators.territories) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

// 004_5379960f3bbf2085.txt, "LA FONCTION DE COORDINATION EN CHARENTE": "ETP contractualisé CTG".
TEST_F(IndicatorService, CharenteFteAreThoseOfSeed004) {
  const CafIndicators charente = compute_caf_indicators(snapshot(), "16");
  EXPECT_EQ(charente.caf.departement, "16");
  const std::vector<std::pair<std::string, int>> expected{
      {"200071827", 250},  // Grand Angoulême
      {"200068914", 150},  // La Rochefoucauld Porte du Périgord
      {"200070282", 150},  // Lavalette Tude Dronne
      {"200029734", 100},  // 4 B Sud Charente
      {"200043016", 100},  // Val de Charente
      {"200072023", 100},  // Cœur de Charente
      {"241600303", 75},   // Rouillacais
      {"200070514", 400},  // Grand Cognac (one post on a commune: counted for its EPCI)
      {"200072049", 150},  // Charente Limousine
  };
  for (const auto& [code, hundredths] : expected) {
    const auto* row = row_of(charente, code);
    ASSERT_NE(row, nullptr) << code;
    EXPECT_EQ(row->mission_fte.hundredths(), hundredths) << row->name;
    EXPECT_EQ(row->fte.hundredths(), hundredths) << row->name;
  }
  const auto& totals = charente.indicators.totals;
  EXPECT_EQ(totals.fte.hundredths(), 1475);
  EXPECT_EQ(totals.posts, 19);
  EXPECT_EQ(totals.unplaced_posts, 0);
  // Grand Angoulême: 2,5 / 14,75 = 16,949… % → 16,95 %.
  EXPECT_EQ(row_of(charente, "200071827")->fte_share.basis_points(), 1695);
  // Every EPCI of the Charente is a row, with or without posts; shares of population add up
  // to about 100 % (each rounded).
  int population_share = 0;
  for (const auto& row : charente.indicators.territories) {
    EXPECT_EQ(row.gap_basis_points,
              row.fte_share.basis_points() - row.population_share.basis_points());
    population_share += row.population_share.basis_points();
  }
  EXPECT_NEAR(population_share, 10000, static_cast<int>(charente.indicators.territories.size()));
  // The funding is the engine's: the same total as the Caf's portfolio.
  EXPECT_EQ(totals.funding, snapshot().caf_funding("16")->result.totals.funding);
}

TEST_F(IndicatorService, CharenteTypology) {
  const auto typology = compute_caf_indicators(snapshot(), "16").indicators.typology;
  // CHAR-003, 007, 010, 019 (direction or responsable d'équipement, 0,5 ETP each): 4 / 19.
  EXPECT_EQ(typology.management.posts, 4);
  EXPECT_EQ(typology.management.fte.hundredths(), 200);
  EXPECT_EQ(typology.management.posts_share.basis_points(), 2105);
  EXPECT_EQ(typology.management.fte_share.basis_points(), 1356);
  EXPECT_EQ(typology.administrative.posts, 1);  // CHAR-016
  EXPECT_EQ(typology.low_time.posts, 0);
}

TEST_F(IndicatorService, UnknownCafIsRefusedInFrench) {
  try {
    compute_caf_indicators(snapshot(), "99");
    FAIL() << "no error";
  } catch (const RequestError& error) {
    EXPECT_STREQ(error.what(), "Aucune Caf pour le département « 99 ».");
  }
}

TEST_F(IndicatorService, AllOfFranceAddsEveryCaf) {
  const CafIndicators france = compute_caf_indicators(snapshot(), "");
  core::Fte fte;
  for (const auto& departement : {"30", "16", "81", "03"}) {
    fte += compute_caf_indicators(snapshot(), departement).indicators.totals.fte;
  }
  EXPECT_EQ(france.indicators.totals.fte, fte);
  EXPECT_EQ(france.caf.name, "France entière");
}

TEST_F(IndicatorService, CacheComputesOncePerSnapshotAndDepartement) {
  IndicatorCache cache;
  const auto first = cache.get(*snapshot_, "16");
  EXPECT_EQ(cache.get(*snapshot_, "16"), first);
  EXPECT_NE(cache.get(*snapshot_, "30"), first);
  // A new snapshot (the data moved) gets its own entry, even on the same date.
  auto database = store::Database::open(testing::demo_database_template().string());
  auto other = std::make_shared<const PortfolioSnapshot>(load_facts(*database), *doctrines_,
                                                         *core::parse_date("2026-11-23"), 2);
  const auto second = cache.get(other, "16");
  EXPECT_NE(second, first);
  EXPECT_EQ(second->indicators.totals.fte, first->indicators.totals.fte);
}

TEST_F(IndicatorService, JsonWritesNumbersFromTheIntegers) {
  const auto json = to_json(compute_caf_indicators(snapshot(), "16"));
  EXPECT_EQ(json["caf"]["departement"], "16");
  EXPECT_EQ(json["totals"]["fte"].dump(), "14.75");
  for (const auto& row : json["territories"]) {
    if (row["code"] == "200071827") {
      EXPECT_EQ(row["fte"].dump(), "2.5");
      EXPECT_EQ(row["fte_share_pct"].dump(), "16.95");
    }
    for (const char* key :
         {"code", "name", "population", "fte", "fte_share_pct", "population_share_pct", "gap_pts",
          "funding_cents", "funding_per_fte_cents", "structures", "fte_per_structure",
          "area_km2"}) {
      EXPECT_TRUE(row.contains(key)) << key;
    }
    if (row["fte"] == 0) {
      EXPECT_TRUE(row["funding_per_fte_cents"].is_null());
    }
  }
}

TEST_F(IndicatorService, ContactsAreTheAssignedAgents) {
  auto database = store::Database::open(testing::demo_database_template().string());
  const auto contacts = caf_contacts(*database, snapshot(), "30");
  ASSERT_FALSE(contacts.empty());  // agent.gard is assigned territories of the Gard
  for (const auto& [code, people] : contacts) {
    const core::Territory* territory = snapshot().territory(code);
    ASSERT_NE(territory, nullptr);
    EXPECT_EQ(territory->kind, core::TerritoryKind::kEpci);
    EXPECT_FALSE(people.empty());
  }
  EXPECT_TRUE(caf_contacts(*database, snapshot(), "81").empty());
}

}  // namespace
}  // namespace maillage::app
