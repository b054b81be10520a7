#include "app/territory_import.hpp"

#include <gtest/gtest.h>

#include "support/test_backend.hpp"

#include "store/caf_repository.hpp"
#include "store/doctrine_files.hpp"
#include "store/migrations.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {
namespace {

const std::filesystem::path kSource = MAILLAGE_SOURCE_DIR;

TerritoryImportOptions gard_only() {
  return {kSource / "node_modules" / "@etalab" / "decoupage-administratif" / "data", {"30"}, {}};
}

TEST(TerritoryImport, LoadsTheGardWithItsEpcisAndItsCaf) {
  auto database = testing::open_fresh_database();
  store::migrate(*database);
  const auto doctrines = store::load_doctrines(kSource / "data" / "doctrines");
  long steps = 0;
  auto options = gard_only();
  options.progress = [&](std::string_view, long, long) { ++steps; };
  const auto result = import_territories(*database, doctrines, options);
  ASSERT_TRUE(result.errors.empty()) << result.errors.front();
  EXPECT_EQ(result.communes, 350);
  EXPECT_EQ(result.epcis, 17);  // including EPCIs reaching into the Gard from a neighbour
  EXPECT_GT(steps, 3);

  store::TerritoryRepository territories(*database);
  const auto nimes_metropole = territories.find("243000643");
  ASSERT_TRUE(nimes_metropole);
  EXPECT_EQ(nimes_metropole->name, "CA de Nîmes Métropole");
  EXPECT_EQ(nimes_metropole->population, 261624);
  EXPECT_EQ(territories.find("30189")->epci_code, std::optional<std::string>("243000643"));
  // Grand Avignon has most of its people in the Vaucluse: not an EPCI of the Caf du Gard.
  EXPECT_EQ(territories.find("248400251")->departement, "84");

  const auto caf = store::CafRepository(*database).find("30");
  ASSERT_TRUE(caf);
  EXPECT_EQ(caf->name, "Caf du Gard");
  EXPECT_EQ(caf->doctrine_id, "gard-2024");
  EXPECT_FALSE(store::CafRepository(*database).find("16").has_value());
}

TEST(TerritoryImport, RefusesAnUnknownDepartementAndWritesNothing) {
  auto database = testing::open_fresh_database();
  store::migrate(*database);
  auto options = gard_only();
  options.departements = {"30", "99"};
  const auto result = import_territories(*database, {}, options);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_NE(result.errors.front().find("« 99 »"), std::string::npos);
  EXPECT_EQ(store::TerritoryRepository(*database).count(core::TerritoryKind::kCommune), 0);
}

TEST(TerritoryImport, NamesCafsWithTheRightArticle) {
  EXPECT_EQ(caf_name("Allier", 5), "Caf de l'Allier");
  EXPECT_EQ(caf_name("Charente", 3), "Caf de la Charente");
  EXPECT_EQ(caf_name("Gard", 2), "Caf du Gard");
  EXPECT_EQ(caf_name("Bouches-du-Rhône", 4), "Caf des Bouches-du-Rhône");
}

}  // namespace
}  // namespace maillage::app
