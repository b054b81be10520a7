#include "app/boundaries.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "app/boundary_areas.hpp"
#include "app/test_database.hpp"
#include "store/generation_repository.hpp"
#include "store/territory_profile_repository.hpp"

namespace maillage::app {
namespace {

const std::filesystem::path kGeo = std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data" / "geo";

const Boundaries& product_boundaries() {
  static const Boundaries boundaries = load_boundaries(kGeo);
  return boundaries;
}

// epci_area_l93_partial.csv: areas in km² computed with mapshaper in Lambert-93 (EPSG:2154).
std::map<std::string, double> reference_areas() {
  std::ifstream file(kGeo / "epci_area_l93_partial.csv");
  std::map<std::string, double> areas;
  std::string line;
  std::getline(file, line);  // header
  while (std::getline(file, line)) {
    const auto first = line.find(',');
    const auto last = line.rfind(',');
    areas[line.substr(0, first)] = std::stod(line.substr(last + 1));
  }
  return areas;
}

std::string error_of(const std::string& text) {
  Boundaries boundaries;
  try {
    boundaries.add_geojson(text, "essai.geojson");
  } catch (const BoundaryError& error) {
    return error.what();
  }
  return "(pas d'erreur)";
}

const std::string kSquare =
    R"({"type":"Polygon","coordinates":[[[0,45],[1,45],[1,46],[0,46],[0,45]]]})";

TEST(Boundaries, EveryEpciAreaMatchesTheLambert93ReferenceWithinHalfAPercent) {
  const auto& boundaries = product_boundaries();
  const auto reference = reference_areas();
  ASSERT_EQ(boundaries.size(), 54u);
  ASSERT_EQ(reference.size(), 54u);
  for (const auto& [code, km2] : reference) {
    const auto* boundary = boundaries.find(code);
    ASSERT_NE(boundary, nullptr) << code;
    EXPECT_FALSE(boundary->name.empty());
    const double hectares = static_cast<double>(core::area_hectares(boundary->shape));
    EXPECT_NEAR(hectares / 100.0, km2, km2 * 0.005) << code << " " << boundary->name;
  }
}

TEST(Boundaries, CharenteEpcisCoverTheDepartement) {
  // The nine EPCIs of the Charente lie wholly inside it: together, its 5 964 km².
  std::int64_t hectares = 0;
  for (const char* code : {"200029734", "200043016", "200068914", "200070282", "200070514",
                           "200071827", "200072023", "200072049", "241600303"}) {
    const auto* boundary = product_boundaries().find(code);
    ASSERT_NE(boundary, nullptr) << code;
    hectares += core::area_hectares(boundary->shape);
  }
  EXPECT_NEAR(static_cast<double>(hectares), 596'400.0, 596'400.0 * 0.005);
}

TEST(Boundaries, ReadsPolygonsAndMultiPolygonsWithCodeAndName) {
  Boundaries boundaries;
  boundaries.add_geojson(
      R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"16015","nom":"Angoulême"},"geometry":)" +
          kSquare + R"(},
        {"type":"Feature","properties":{"epci":"200071827","epci_nom":"CC Exemple"},
         "geometry":{"type":"MultiPolygon","coordinates":[[[[0,45],[1,45],[1,46],[0,45]]],
                     [[[2,45],[3,45],[3,46],[2,45]]]]}}]})",
      "essai.geojson");
  ASSERT_EQ(boundaries.size(), 2u);
  EXPECT_EQ(boundaries.find("16015")->name, "Angoulême");
  EXPECT_EQ(boundaries.find("200071827")->shape.size(), 2u);
  EXPECT_EQ(boundaries.find("00000"), nullptr);
}

TEST(Boundaries, BadFilesAreRefusedWithAFrenchMessageNamingFileAndFeature) {
  EXPECT_EQ(error_of("{pas du json"),
            "Fichier de contours essai.geojson : ce n'est pas du JSON valide (octet 2).");
  EXPECT_EQ(error_of(R"({"type":"Feature"})"),
            "Fichier de contours essai.geojson : une FeatureCollection GeoJSON avec une liste "
            "« features » est attendue.");
  EXPECT_EQ(error_of(R"({"type":"FeatureCollection","features":[]})"),
            "Fichier de contours essai.geojson : aucune entité (« features » est vide).");
  EXPECT_EQ(
      error_of(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"16015"},"geometry":)" +
               kSquare + R"(},
        {"type":"Feature","properties":{"code":"16102"},
         "geometry":{"type":"LineString","coordinates":[[0,45],[1,46]]}}]})"),
      "Fichier de contours essai.geojson, entité n° 2 (code 16102) : géométrie « LineString » "
      "non prise en charge (Polygon ou MultiPolygon attendu).");
  EXPECT_EQ(error_of(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"nom":"Sans code"},"geometry":)" +
                     kSquare + "}]}"),
            "Fichier de contours essai.geojson, entité n° 1 : propriété « code » (ou « epci ») "
            "absente.");
  EXPECT_EQ(error_of(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"16015"},
         "geometry":{"type":"Polygon","coordinates":[[[0,45],[1,95],[1,46],[0,45]]]}}]})"),
            "Fichier de contours essai.geojson, entité n° 1 (code 16015) : la position [1, 95] "
            "sort des longitudes et latitudes WGS84.");
}

TEST(Boundaries, ABadFileAddsNothing) {
  Boundaries boundaries;
  EXPECT_THROW(boundaries.add_geojson(
                   R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"16015"},"geometry":)" +
                       kSquare + R"(},
        {"type":"Feature","properties":{"code":"16015"},"geometry":)" +
                       kSquare + "}]}",
                   "double.geojson"),
               BoundaryError);
  EXPECT_EQ(boundaries.size(), 0u);
  EXPECT_EQ(load_boundaries(kGeo / "absent").size(), 0u);
}

TEST(BoundaryAreas, FillsComputedAreasButKeepsTheOnesTheCafEntered) {
  auto database = testing::gard_database();
  core::Territory elsewhere{
      "200000000", core::TerritoryKind::kEpci, "CC Sans Contour", "30", "CC", std::nullopt, 1000,
      {}};
  store::in_transaction(*database,
                        [&] { store::TerritoryRepository(*database).upsert({elsewhere}); });
  store::TerritoryProfileRepository profiles(*database);
  store::in_transaction(*database, [&] {
    profiles.insert({"200034379", 25'000, core::AreaSource::kEntered, "Pays d'Uzès", 1});
  });
  const auto generation = store::GenerationRepository(*database).current();

  const auto report = fill_areas_from_boundaries(*database, product_boundaries());
  EXPECT_EQ(report.computed, 2);  // Nîmes Métropole and Pays d'Uzès; the commune has none
  EXPECT_EQ(report.written, 1);
  ASSERT_EQ(report.kept_entered.size(), 1u);
  EXPECT_EQ(report.kept_entered[0].code, "200034379");
  ASSERT_EQ(report.without_boundary.size(), 1u);
  EXPECT_EQ(report.without_boundary[0].name, "CC Sans Contour");
  EXPECT_GT(store::GenerationRepository(*database).current(), generation);

  const auto nimes = profiles.find("243000643");
  ASSERT_TRUE(nimes.has_value());
  EXPECT_EQ(nimes->area_source, core::AreaSource::kBoundaries);
  EXPECT_EQ(nimes->area_hectares,
            core::area_hectares(product_boundaries().find("243000643")->shape));
  EXPECT_EQ(profiles.find("200034379")->area_hectares, 25'000);

  // Run again: nothing to write, the caches need not reload.
  const auto again = store::GenerationRepository(*database).current();
  EXPECT_EQ(fill_areas_from_boundaries(*database, product_boundaries()).written, 0);
  EXPECT_EQ(store::GenerationRepository(*database).current(), again);
}

}  // namespace
}  // namespace maillage::app
