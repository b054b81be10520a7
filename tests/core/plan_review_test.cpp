// "Bilan + perspectives" drawn from a workspace: counts by theme and status, realised actions,
// indicators against their targets, meetings and participation of the year, what comes next.
#include "core/plan_review.hpp"

#include <gtest/gtest.h>

namespace maillage::core {
namespace {

WorkspaceRecord record(std::string kind, std::string reference,
                       std::map<std::string, std::string> values) {
  WorkspaceRecord r;
  r.kind = std::move(kind);
  r.reference = std::move(reference);
  r.values = std::move(values);
  return r;
}

bool any_contains(const std::vector<std::string>& lines, const std::string& part) {
  for (const auto& line : lines) {
    if (line.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(PlanReview, SumsThePlanByThemeAndSaysWhatWasDoneAndWhatComes) {
  const std::vector<WorkspaceRecord> records{
      record("objectif", "OBJ-1", {{"thematique", "petite_enfance"}, {"intitule", "Accueil"}}),
      record("objectif", "OBJ-2", {{"thematique", "jeunesse"}, {"intitule", "Jeunes"}}),
      record("action", "ACT-1",
             {{"objectif", "OBJ-1"},
              {"intitule", "Crèche"},
              {"statut", "en_cours"},
              {"avancement", "40"},
              {"budget", "18000000"},
              {"date_fin", "2027-09-30"}}),
      record("action", "ACT-2",
             {{"objectif", "OBJ-1"},
              {"intitule", "Relais"},
              {"statut", "realisee"},
              {"avancement", "100"},
              {"budget", "3500000"},
              {"date_fin", "2026-06-30"}}),
      record("action", "ACT-3",
             {{"objectif", "OBJ-2"}, {"intitule", "Conseil"}, {"statut", "a_lancer"}}),
      record("indicateur", "IND-1",
             {{"intitule", "Places"},
              {"unite", "places"},
              {"cible", "1200"},
              {"valeur", "750"},
              {"date_valeur", "2026-10-31"}}),
      record("reunion", "REU-1", {{"instance", "copil"}, {"date", "2026-03-19"}}),
      record("reunion", "REU-2", {{"instance", "comite_technique"}, {"date", "2026-06-11"}}),
      record("reunion", "REU-3", {{"instance", "copil"}, {"date", "2026-12-15"}}),  // not yet held
      record("reunion", "REU-0", {{"instance", "copil"}, {"date", "2025-11-02"}}),  // last year
      record("participation", "PTC-1", {{"date", "2026-02-15"}, {"participants", "412"}}),
      record("participation", "PTC-2", {{"date", "2026-05-23"}, {"participants", "18"}}),
      record("diagnostic", "DIA-1", {{"intitule", "ABS"}, {"prochaine_mise_a_jour", "2026-06-01"}}),
      record("diagnostic", "DIA-2",
             {{"intitule", "PEDT"}, {"prochaine_mise_a_jour", "2029-09-01"}}),
  };
  const auto review = review_plan(records, *Date::from_ymd(2026, 12, 6));
  EXPECT_EQ(review.year, 2026);
  ASSERT_EQ(review.themes.size(), 2u);
  const auto& early =
      review.themes[1].theme == "Petite enfance" ? review.themes[1] : review.themes[0];
  EXPECT_EQ(early.theme, "Petite enfance");
  EXPECT_EQ(early.objectives, 1);
  EXPECT_EQ(early.actions, 2);
  EXPECT_EQ(early.average_progress, 70);
  EXPECT_EQ(early.budget, Money::from_cents(21500000));
  EXPECT_EQ(early.actions_by_status.at("En cours"), 1);
  EXPECT_EQ(early.actions_by_status.at("Réalisée"), 1);
  EXPECT_EQ(review.meetings_held, 2);
  EXPECT_EQ(review.copils_held, 1);
  EXPECT_EQ(review.participations, 2);
  EXPECT_EQ(review.participants, 430);
  EXPECT_EQ(review.done_this_year, std::vector<std::string>{"Relais (ACT-2)"});
  EXPECT_EQ(review.upcoming.size(), 2u);
  EXPECT_EQ(review.to_update,
            std::vector<std::string>{"ABS (DIA-1), à actualiser depuis le 01/06/2026"});
  ASSERT_EQ(review.indicators.size(), 1u);
  EXPECT_EQ(review.indicators[0], "Places : 7,5 places / cible 12 places (31/10/2026)");
  EXPECT_TRUE(any_contains(review.paragraphs, "Bilan 2026 : le plan d'actions compte 3 actions"));
  EXPECT_TRUE(any_contains(review.paragraphs, "Perspectives : "));
  EXPECT_TRUE(any_contains(review.paragraphs, "Diagnostics à actualiser"));
}

TEST(PlanReview, AnEmptyWorkspaceStillSaysSomething) {
  const auto review = review_plan({}, *Date::from_ymd(2026, 12, 6));
  EXPECT_TRUE(review.themes.empty());
  ASSERT_FALSE(review.paragraphs.empty());
  EXPECT_EQ(review.paragraphs.front(),
            "Bilan 2026 : le plan d'actions compte 0 action sur 0 thématique.");
}

}  // namespace
}  // namespace maillage::core
