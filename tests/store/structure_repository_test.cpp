// Structures and territory profiles as stored: round trips and version-checked saves.
#include <gtest/gtest.h>

#include "app/portfolio_facts.hpp"
#include "app/test_database.hpp"
#include "store/structure_repository.hpp"
#include "store/territory_profile_repository.hpp"

namespace maillage::store {
namespace {

core::Structure creche() {
  core::Structure structure;
  structure.territory_code = "30189";
  structure.kind = core::StructureKind::kEaje;
  structure.name = "Multi-accueil Les Petits Pas";
  structure.reference = "EAJE-30-001";
  return structure;
}

TEST(StructureRepository, RoundTripsEveryField) {
  auto database = testing::gard_database();
  StructureRepository structures(*database);
  core::Structure structure = creche();
  structure.closed_on = core::Date::from_ymd(2026, 8, 31);
  const auto id = structures.insert(structure);
  ASSERT_GT(id, 0);

  const auto stored = structures.find(id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->id, id);
  EXPECT_EQ(stored->territory_code, "30189");
  EXPECT_EQ(stored->kind, core::StructureKind::kEaje);
  EXPECT_EQ(stored->name, "Multi-accueil Les Petits Pas");
  EXPECT_EQ(stored->reference, "EAJE-30-001");
  EXPECT_EQ(stored->closed_on, core::Date::from_ymd(2026, 8, 31));
  EXPECT_EQ(stored->version, 1);
  EXPECT_TRUE(stored->open_on(*core::Date::from_ymd(2026, 8, 31)));
  EXPECT_FALSE(stored->open_on(*core::Date::from_ymd(2026, 9, 1)));

  EXPECT_EQ(structures.find_by_reference("EAJE-30-001")->id, id);
  EXPECT_FALSE(structures.find_by_reference("EAJE-30-002"));
  EXPECT_FALSE(structures.find_by_reference(""));
  EXPECT_FALSE(structures.find(id + 1));
  EXPECT_EQ(structures.list_for_territory("30189").size(), 1u);
  EXPECT_TRUE(structures.list_for_territory("243000643").empty());
}

TEST(StructureRepository, StructuresWithoutReferenceDoNotClashButReferencesAreUnique) {
  auto database = testing::gard_database();
  StructureRepository structures(*database);
  core::Structure first = creche();
  first.reference.reset();
  core::Structure second = creche();
  second.reference = "";  // an empty reference is no reference
  structures.insert(first);
  structures.insert(second);
  const auto all = structures.list_all();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_FALSE(all[0].reference);
  EXPECT_FALSE(all[1].reference);

  structures.insert(creche());
  EXPECT_THROW(structures.insert(creche()), soci::soci_error);
}

TEST(StructureRepository, FreshSaveAcceptedStaleSaveRefused) {
  auto database = testing::gard_database();
  StructureRepository structures(*database);
  core::Structure structure = creche();
  structure.id = structures.insert(structure);

  structure.kind = core::StructureKind::kRpe;
  structure.name = "Relais petite enfance de Nîmes";
  EXPECT_TRUE(structures.update_if_version(structure, 1));
  EXPECT_EQ(structures.find(structure.id)->version, 2);
  EXPECT_EQ(structures.find(structure.id)->kind, core::StructureKind::kRpe);

  // A second editor who loaded version 1 loses: nothing is written.
  structure.name = "Autre nom";
  EXPECT_FALSE(structures.update_if_version(structure, 1));
  EXPECT_EQ(structures.find(structure.id)->name, "Relais petite enfance de Nîmes");
  EXPECT_EQ(structures.find(structure.id)->version, 2);
}

TEST(TerritoryProfileRepository, RoundTripsAndRefusesStaleSaves) {
  auto database = testing::gard_database();
  TerritoryProfileRepository profiles(*database);
  EXPECT_FALSE(profiles.find("243000643"));
  profiles.insert({"243000643", 16'212, core::AreaSource::kBoundaries, "", 1});
  profiles.insert({"200034379", std::nullopt, core::AreaSource::kNone, "Compétence jeunesse", 1});

  auto nimes = profiles.find("243000643");
  ASSERT_TRUE(nimes);
  EXPECT_EQ(nimes->area_hectares, 16'212);
  EXPECT_EQ(nimes->area_source, core::AreaSource::kBoundaries);
  EXPECT_EQ(nimes->version, 1);
  EXPECT_FALSE(profiles.find("200034379")->area_hectares);
  EXPECT_EQ(profiles.find("200034379")->specifics, "Compétence jeunesse");

  nimes->area_hectares = 16'300;
  nimes->area_source = core::AreaSource::kEntered;
  nimes->specifics = "Quartiers prioritaires\nCompétence petite enfance";
  EXPECT_TRUE(profiles.update_if_version(*nimes, 1));
  EXPECT_FALSE(profiles.update_if_version(*nimes, 1));
  const auto stored = profiles.find("243000643");
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->area_hectares, 16'300);
  EXPECT_EQ(stored->area_source, core::AreaSource::kEntered);
  EXPECT_EQ(stored->specifics, "Quartiers prioritaires\nCompétence petite enfance");

  const auto all = profiles.list_all();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].territory_code, "200034379");  // by code
}

TEST(TerritoryProfileRepository, PortfolioFactsCarryStructuresAndProfiles) {
  auto database = testing::gard_database();
  StructureRepository(*database).insert(creche());
  TerritoryProfileRepository(*database).insert(
      {"243000643", 16'212, core::AreaSource::kEntered, "Texte", 1});
  const auto facts = app::load_facts(*database);
  ASSERT_EQ(facts.structures.size(), 1u);
  EXPECT_EQ(facts.structures[0].name, "Multi-accueil Les Petits Pas");
  ASSERT_EQ(facts.profiles.size(), 1u);
  EXPECT_EQ(facts.profiles[0].area_hectares, 16'212);
}

}  // namespace
}  // namespace maillage::store
