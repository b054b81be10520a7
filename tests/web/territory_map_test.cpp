// The département choropleth: one keyboard-reachable link per territory, legend classes in French
// formats, the territories without an outline listed, nothing the page's CSP would block.
#include "web/views/territory_map.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "core/fte.hpp"
#include "store/database.hpp"
#include "store/territory_profile_repository.hpp"
#include "web/templates.hpp"
#include "web/test_server.hpp"

namespace maillage::web::views {
namespace {

const std::filesystem::path kSource = MAILLAGE_SOURCE_DIR;

const app::Boundaries& boundaries() {
  static const app::Boundaries loaded = app::load_boundaries(kSource / "data" / "geo");
  return loaded;
}

const TemplateSet& templates() {
  static const TemplateSet loaded = TemplateSet::load(kSource / "templates");
  return loaded;
}

// "3 %" with the no-break space of French formats.
std::string percent(std::int64_t basis_points) {
  return core::format_percent(core::Percent::from_basis_points(static_cast<int>(basis_points)));
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t found = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++found;
  }
  return found;
}

// The Charente's nine EPCIs with a share in basis points, one without data, and one EPCI that
// has no outline in data/geo.
MapSpec charente_spec() {
  MapSpec spec;
  spec.id = "carte-etp";
  spec.caption = "Part des ETP de la Charente par EPCI";
  spec.legend_title = "Part des ETP";
  spec.format_value = percent;
  const std::vector<std::pair<std::string, std::string>> epcis{
      {"200071827", "CA du Grand Angoulême"},
      {"200070514", "CA du Grand Cognac"},
      {"200072049", "CC de Charente Limousine"},
      {"200029734", "CC des 4B Sud Charente"},
      {"200070282", "CC Lavalette Tude Dronne"},
      {"200043016", "CC Val de Charente"},
      {"241600303", "CC du Rouillacais"},
      {"200072023", "CC Coeur de Charente"},
      {"200068914", "CC La Rochefoucauld Porte du Périgord"}};
  std::int64_t value = 300;
  for (const auto& [code, name] : epcis) {
    MapArea area{code,
                 name,
                 value,
                 percent(value),
                 {"CTG en vigueur jusqu'au 31/12/2027", "2 postes, 1,50 ETP"},
                 "/territoires/" + code};
    value += 450;
    spec.areas.push_back(area);
  }
  spec.areas[3].value.reset();
  spec.areas[3].value_label.clear();
  spec.areas.push_back(
      {"200099999", "CC Sans Contour", 1000, "10 %", {}, "/territoires/200099999"});
  return spec;
}

TEST(TerritoryMap, DrawsOneLabelledLinkPerTerritoryWithALegend) {
  const auto spec = charente_spec();
  const std::string html =
      templates().render("components/territory_map", territory_map(&boundaries(), spec));

  EXPECT_EQ(count(html, "<a class=\"territory-map-area\""), 9u);
  EXPECT_EQ(count(html, "<path id=\"carte-etp-"), 9u);
  EXPECT_NE(html.find("href=\"/territoires/200071827\" aria-label=\"CA du Grand Angoulême : " +
                      percent(300) + "\""),
            std::string::npos);
  EXPECT_NE(html.find("<title>CC Val de Charente : " + percent(2550) + "</title>"),
            std::string::npos);
  // Details for the panel, one line each.
  EXPECT_NE(
      html.find("data-details=\"CTG en vigueur jusqu&#39;au 31/12/2027\n2 postes, 1,50 ETP\""),
      std::string::npos);
  // No value: hatched, said so.
  EXPECT_NE(html.find("aria-label=\"CC des 4B Sud Charente : non renseigné\""), std::string::npos);
  EXPECT_EQ(count(html, "fill=\"url(#carte-etp-hachures)\""), 2u);  // the area and its legend
  EXPECT_NE(html.find("Pas de donnée"), std::string::npos);
  // Legend: five quantile classes of Blues, bounds in French formats.
  EXPECT_EQ(count(html, "<li><svg width=\"20\""), 6u);
  EXPECT_NE(html.find("fill=\"#08519c\""), std::string::npos);
  EXPECT_NE(html.find("de " + percent(300) + " à "), std::string::npos);
  EXPECT_NE(html.find(" à " + percent(3900) + "</li>"), std::string::npos);
  // Listed under the map.
  EXPECT_NE(html.find("Contours non disponibles : CC Sans Contour."), std::string::npos);
  EXPECT_NE(html.find("viewBox=\"0 0 640 "), std::string::npos);
  EXPECT_NE(html.find("role=\"group\" aria-labelledby=\"carte-etp-titre\""), std::string::npos);

  // What the page's CSP would block or strip: inline styles and scripts, event attributes.
  EXPECT_EQ(html.find("style="), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_FALSE(std::regex_search(html, std::regex(" on[a-z]+=")));
  // Small enough to ship in a page.
  EXPECT_LT(html.size(), 60'000u);
}

TEST(TerritoryMap, DivergingScaleIsCentredOnZero) {
  auto spec = charente_spec();
  spec.scale = core::ColourScale::kDiverging;
  spec.format_value = [](std::int64_t value) { return std::to_string(value); };
  for (std::size_t i = 0; i < spec.areas.size(); ++i) {
    if (spec.areas[i].value) spec.areas[i].value = static_cast<std::int64_t>(i) * 100 - 400;
  }
  const std::string html =
      templates().render("components/territory_map", territory_map(&boundaries(), spec));
  EXPECT_NE(html.find("de -100 à 100</li>"), std::string::npos);
  EXPECT_NE(html.find("fill=\"#ca0020\""), std::string::npos);
  EXPECT_NE(html.find("fill=\"#f7f7f7\""), std::string::npos);
}

TEST(TerritoryMap, WithoutBoundaryFilesListsEveryTerritory) {
  const auto spec = charente_spec();
  const std::string html =
      templates().render("components/territory_map", territory_map(nullptr, spec));
  EXPECT_EQ(html.find("<svg class=\"territory-map-svg\""), std::string::npos);
  EXPECT_NE(html.find("Les fichiers de contours sont absents"), std::string::npos);
  EXPECT_NE(html.find("Contours non disponibles : CA du Grand Angoulême, CA du Grand Cognac"),
            std::string::npos);
}

TEST(TerritoryMap, LayoutForThePdfKeepsTheAreasOrderInAUnitWidthBox) {
  const auto spec = charente_spec();
  const auto layout = territory_layout(boundaries(), spec.areas);
  ASSERT_EQ(layout.shapes.size(), 9u);
  EXPECT_EQ(layout.shapes.front().code, "200071827");
  // The Charente is about 110 km wide and 120 km high.
  EXPECT_GT(layout.height, 0.9);
  EXPECT_LT(layout.height, 1.4);
  for (const auto& shape : layout.shapes) {
    for (const auto& ring : shape.rings) {
      for (const auto& point : ring) {
        EXPECT_GE(point.x, -1e-9);
        EXPECT_LE(point.x, 1 + 1e-9);
        EXPECT_LE(point.y, layout.height + 1e-9);
      }
    }
  }
}

TEST(TerritoryMap, TheDemoDatabaseHasAreasFromTheBoundaries) {
  auto database = store::Database::open(testing::demo_database_template().string());
  int from_boundaries = 0;
  for (const auto& profile : store::TerritoryProfileRepository(*database).list_all()) {
    if (profile.area_source == core::AreaSource::kBoundaries) ++from_boundaries;
  }
  // The EPCIs of the four départements that data/geo draws (54, some partially).
  EXPECT_GE(from_boundaries, 50);
  const auto angouleme = store::TerritoryProfileRepository(*database).find("200071827");
  ASSERT_TRUE(angouleme.has_value());
  EXPECT_NEAR(static_cast<double>(*angouleme->area_hectares), 64'400.0, 3'000.0);
}

}  // namespace
}  // namespace maillage::web::views
