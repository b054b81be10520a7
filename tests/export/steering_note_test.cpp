// The note for the Commission d'Action Sociale: composed from hand-made indicators, then from the
// demo Charente (indicators, simulator at a 50 000 € ceiling, boundaries), rendered and read back
// with pdftotext.
#include "export/steering_note.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "app/boundaries.hpp"
#include "app/indicator_service.hpp"
#include "app/portfolio_facts.hpp"
#include "app/portfolio_snapshot.hpp"
#include "app/simulation_service.hpp"
#include "export/pdf_text.hpp"
#include "store/doctrine_files.hpp"
#include "support/test_backend.hpp"
#include "web/test_server.hpp"
#include "web/views/territory_map.hpp"

namespace maillage::exports {
namespace {

using core::Date;
using core::Fte;
using core::Money;
using testing::pdf_flat_text;

const Date kDate = *Date::from_ymd(2026, 11, 23);

core::TerritoryIndicators territory(std::string code, std::string name, long population,
                                    int fte_hundredths, std::int64_t funding_euros,
                                    int structures) {
  core::TerritoryIndicators row;
  row.code = std::move(code);
  row.name = std::move(name);
  row.population = population;
  row.posts = fte_hundredths > 0 ? 1 : 0;
  row.fte = Fte::from_hundredths(fte_hundredths);
  row.mission_fte = row.fte;
  row.funding = Money::from_euros(funding_euros);
  row.structures = structures;
  return row;
}

// Three EPCIs: 60/30/10 % of the people, 2 + 1 + 0 FTE.
core::DepartementIndicators hand_made_indicators() {
  core::DepartementIndicators indicators;
  indicators.departement = "99";
  indicators.date = kDate;
  indicators.territories = {territory("200000001", "CA Rivière <Nord> & Co", 60000, 200, 48000, 4),
                            territory("200000002", "CC Plateau", 30000, 100, 19200, 0),
                            territory("200000003", "CC Sans Poste", 10000, 0, 0, 2)};
  indicators.territories[1].specifics = "Territoire rural, compétence enfance transférée.";
  core::derive_indicators(indicators);
  return indicators;
}

core::Doctrine hand_made_doctrine() {
  core::Doctrine doctrine;
  doctrine.id = "test-2026";
  doctrine.name = "Caf de Test — doctrine d'essai";
  core::Rule rule;
  rule.id = "TEST-25PCT";
  rule.statement = "Au moins 25 % du temps du salarié sur la mission";
  rule.source = {"001_10d59468317a00ab.txt", "LA DOCTRINE DE MISE EN CONFORMITÉ", "25 %"};
  doctrine.rules.push_back(rule);
  return doctrine;
}

// Two unit squares side by side; the third territory has no outline.
NoteMap hand_made_map() {
  NoteMap map;
  map.layout.height = 0.5;
  map.layout.shapes = {{"200000001", {{{0, 0}, {0.5, 0}, {0.5, 0.5}, {0, 0.5}}}},
                       {"200000002", {{{0.5, 0}, {1, 0}, {1, 0.5}, {0.5, 0.5}}}}};
  map.source = "Contours d'essai.";
  return map;
}

TEST(SteeringNote, HandMadeIndicatorsReadBack) {
  const auto indicators = hand_made_indicators();
  const auto doctrine = hand_made_doctrine();
  SteeringNoteInput input;
  input.caf = {"99", "Caf de Test", "test-2026"};
  input.doctrine = &doctrine;
  input.indicators = &indicators;
  input.map = hand_made_map();
  input.generated_on = *Date::from_ymd(2026, 11, 24);
  const PdfDocument document = steering_note(input);
  EXPECT_EQ(document.organisation, "Caf de Test");
  EXPECT_EQ(document.title, "Note à la Commission d'Action Sociale");

  const std::string pdf = render_pdf(document);
  const std::string text = pdf_flat_text(pdf);
  for (const char* expected :
       {"Note à la Commission d'Action Sociale", "Caf de Test", "Situation au 23/11/2026",
        "Générée le 24/11/2026", "CA Rivière <Nord> & Co", "CC Plateau", "CC Sans Poste",
        // Key figures: 3 ETP funded, 67 200 € in all, 22 400 € per FTE.
        "3 ETP", "67 200 €", "22 400 €",
        // Shares and gaps: 2/3 of the FTE = 66,67 % against 60 % of the people.
        "66,67 %", "60 %", "+6,67 pts",
        "\xE2\x88\x92"
        "10 pts",
        "Spécificités", "CC Plateau : Territoire rural, compétence enfance transférée.",
        "Part des ETP financés et part de la population",
        "Contours non disponibles : CC Sans Poste.", "Sources des règles et des données",
        "« LES INDICATEURS DE RÉGULATION »",
        "TEST-25PCT — Au moins 25 % du temps du salarié sur la mission",
        "Doctrine appliquée : Caf de Test — doctrine d'essai", "Contours d'essai."}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("Simulation de la doctrine"), std::string::npos)
      << "no simulator section without simulator changes";
}

TEST(SteeringNote, WithoutMapOrDoctrineTheOtherSectionsRemain) {
  const auto indicators = hand_made_indicators();
  SteeringNoteInput input;
  input.caf = {"99", "Caf de Test", "test-2026"};
  input.indicators = &indicators;
  input.generated_on = kDate;
  const std::string text = pdf_flat_text(render_pdf(steering_note(input)));
  EXPECT_EQ(text.find("Carte de l'écart"), std::string::npos);
  EXPECT_NE(text.find("Indicateurs par territoire"), std::string::npos);
  EXPECT_NE(text.find("« LES INDICATEURS DE RÉGULATION »"), std::string::npos);
}

TEST(SteeringNote, RefusesMissingIndicators) {
  EXPECT_THROW(steering_note(SteeringNoteInput{}), std::invalid_argument);
}

TEST(SteeringNote, FileNameCarriesDepartementAndDate) {
  EXPECT_EQ(steering_note_filename("16", kDate), "note-cas-16-2026-11-23.pdf");
  EXPECT_EQ(steering_note_filename("2A", *Date::from_ymd(2027, 1, 5)),
            "note-cas-2A-2027-01-05.pdf");
}

// The demo Charente, as the route composes it: seed 004's nine EPCIs and 14,75 funded FTE, the
// map from data/geo, and the simulator's 50 000 € ceiling (CHAR-007 from 19 200 € to 20 000 €).
class DemoCharenteNote : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    target_ = new std::string(maillage::testing::demo_database_copy());
  }
  static void TearDownTestSuite() {
    maillage::testing::drop_copy(*target_);
    delete target_;
  }
  static std::string* target_;
};
std::string* DemoCharenteNote::target_ = nullptr;

TEST_F(DemoCharenteNote, ListsEachEpciTheFundedFteAndTheSimulation) {
  const auto database = store::Database::open(*target_);
  const auto doctrines =
      store::load_doctrines(std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data/doctrines");
  const app::PortfolioSnapshot snapshot(app::load_facts(*database), doctrines, kDate, 1);
  const app::CafIndicators indicators = app::compute_caf_indicators(snapshot, "16");
  ASSERT_EQ(indicators.indicators.territories.size(), 9u);
  ASSERT_EQ(indicators.indicators.totals.fte, Fte::from_hundredths(1475));

  const app::Boundaries boundaries =
      app::load_boundaries(std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data/geo");
  std::vector<web::views::MapArea> areas;
  for (const auto& row : indicators.indicators.territories) {
    web::views::MapArea area;
    area.code = row.code;
    area.name = row.name;
    areas.push_back(area);
  }
  core::DoctrineChanges changes;
  changes.parameters.push_back({"ceiling_per_fte", Money::from_euros(50000), std::nullopt});
  auto simulated = app::simulate(snapshot, doctrines, "16", changes);
  ASSERT_TRUE(std::holds_alternative<app::Simulation>(simulated));
  auto& simulation = std::get<app::Simulation>(simulated);

  SteeringNoteInput input;
  input.caf = indicators.caf;
  input.doctrine = &simulation.doctrine;
  input.indicators = &indicators.indicators;
  input.map = NoteMap{web::views::territory_layout(boundaries, areas), "Contours IGN."};
  input.simulation = NoteSimulation{simulation.simulated.applied, simulation.comparison};
  input.generated_on = kDate;
  const std::string pdf = render_pdf(steering_note(input));
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
  const std::string text = pdf_flat_text(pdf);
  EXPECT_NE(text.find("Caf de la Charente"), std::string::npos);
  EXPECT_NE(text.find("14,75 ETP"), std::string::npos) << text;
  for (const auto& row : indicators.indicators.territories) {
    EXPECT_NE(text.find(row.name), std::string::npos) << row.name << "\n" << text;
  }
  EXPECT_NE(text.find("Carte de l'écart"), std::string::npos);
  EXPECT_NE(text.find("Simulation de la doctrine"), std::string::npos);
  EXPECT_NE(text.find("48 000 € → 50 000 €"), std::string::npos) << text;
  EXPECT_NE(text.find("509 600 €"), std::string::npos);
  EXPECT_NE(text.find("510 400 €"), std::string::npos);
  EXPECT_NE(text.find("+800 €"), std::string::npos);
  EXPECT_NE(text.find("CHAR-007"), std::string::npos);
  // The Charente doctrine's rules, each with its cited source.
  for (const auto& rule : simulation.doctrine.rules) {
    EXPECT_NE(text.find(rule.id + " — "), std::string::npos) << rule.id;
  }
}

}  // namespace
}  // namespace maillage::exports
