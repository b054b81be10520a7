#include <gtest/gtest.h>

#include <string>

#include "core/meeting_checklist.hpp"
#include "core/workspace_kind.hpp"

namespace maillage::core {
namespace {

// A COPIL whose record holds everything the référentiel's steps ask for.
WorkspaceRecord full_meeting() {
  WorkspaceRecord meeting;
  meeting.kind = "reunion";
  meeting.reference = "REU-001";
  meeting.values = {{"instance", "copil"},
                    {"intitule", "COPIL 2027"},
                    {"date", "2027-03-15"},
                    {"date_validee_caf", "oui"},
                    {"lieu", "Mairie"},
                    {"invites", "PAR-001, PAR-002"},
                    {"ordre_du_jour", "Bilan + perspectives"},
                    {"preparation_caf", "oui"},
                    {"quoi", "Le bilan annuel"},
                    {"pourquoi", "Rendre compte"},
                    {"qui", "La Caf, les élus"},
                    {"pour_qui", "Les familles"},
                    {"ou", "Mairie"},
                    {"quand", "Le 15 mars"},
                    {"comment", "En séance plénière"},
                    {"supports", "Diaporama"},
                    {"animation", "Le chargé de coopération"},
                    {"prise_de_notes", "La secrétaire de mairie"},
                    {"presents", "PAR-001"},
                    {"compte_rendu", "Compte rendu"},
                    {"compte_rendu_envoye_le", "2027-03-20"},
                    {"suites", "Groupe de travail en juin"}};
  return meeting;
}

const ChecklistItem& item(const std::vector<ChecklistItem>& items, std::string_view field) {
  for (const auto& entry : items) {
    if (entry.field == field) return entry;
  }
  throw std::logic_error("aucune étape pour " + std::string(field));
}

TEST(MeetingChecklist, AnEmptyMeetingHasNothingDone) {
  const auto items = meeting_checklist(WorkspaceRecord{});
  ASSERT_FALSE(items.empty());
  for (const auto& entry : items) EXPECT_FALSE(entry.done) << entry.label;
}

TEST(MeetingChecklist, AFullMeetingHasEverythingDone) {
  for (const auto& entry : meeting_checklist(full_meeting())) {
    EXPECT_TRUE(entry.done) << entry.label;
  }
}

TEST(MeetingChecklist, StepsFollowThePhasesAndLinkToFieldsOfTheMeeting) {
  const auto* meeting = find_kind("reunion");
  ASSERT_NE(meeting, nullptr);
  const auto items = meeting_checklist(full_meeting());
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_FALSE(items[i].label.empty());
    EXPECT_NE(meeting->field(items[i].field), nullptr) << items[i].field;
    if (i > 0) {
      EXPECT_LE(items[i - 1].phase, items[i].phase) << items[i].label;
    }
  }
  EXPECT_EQ(items.front().phase, MeetingPhase::kBefore);
  EXPECT_EQ(items.back().phase, MeetingPhase::kAfter);
}

TEST(MeetingChecklist, TheDateAgreedWithTheCafNeedsBothTheDateAndOui) {
  auto meeting = full_meeting();
  EXPECT_TRUE(item(meeting_checklist(meeting), "date_validee_caf").done);

  meeting.values["date_validee_caf"] = "non";
  EXPECT_FALSE(item(meeting_checklist(meeting), "date_validee_caf").done);

  meeting.values.erase("date_validee_caf");
  EXPECT_FALSE(item(meeting_checklist(meeting), "date_validee_caf").done);

  meeting.values["date_validee_caf"] = "oui";
  meeting.values.erase("date");
  EXPECT_FALSE(item(meeting_checklist(meeting), "date_validee_caf").done);
}

TEST(MeetingChecklist, YesNoStepsNeedOui) {
  auto meeting = full_meeting();
  meeting.values["preparation_caf"] = "non";
  EXPECT_FALSE(item(meeting_checklist(meeting), "preparation_caf").done);
}

TEST(MeetingChecklist, TheQuestionsNeedAllSevenAnswers) {
  for (const char* question : {"quoi", "pourquoi", "qui", "pour_qui", "ou", "quand", "comment"}) {
    auto meeting = full_meeting();
    meeting.values.erase(question);
    EXPECT_FALSE(item(meeting_checklist(meeting), "quoi").done) << question;
  }
}

TEST(MeetingChecklist, DecisionsCountAsFollowUp) {
  auto meeting = full_meeting();
  meeting.values.erase("suites");
  EXPECT_FALSE(item(meeting_checklist(meeting), "suites").done);
  meeting.values["decisions"] = "Lancer l'action ACT-004";
  EXPECT_TRUE(item(meeting_checklist(meeting), "suites").done);
}

TEST(MeetingChecklist, PhasesHaveFrenchLabels) {
  EXPECT_EQ(label_of(MeetingPhase::kBefore), "Avant la réunion");
  EXPECT_EQ(label_of(MeetingPhase::kDuring), "Pendant la réunion");
  EXPECT_EQ(label_of(MeetingPhase::kAfter), "Après la réunion");
}

}  // namespace
}  // namespace maillage::core
