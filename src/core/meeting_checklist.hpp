#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/workspace_record.hpp"

namespace maillage::core {

// The référentiel's steps for a COPIL ("Avant le COPIL", "Pendant le COPIL", "Après le COPIL",
// 000_f7f48a8774440105.txt, "Organisation d'un Comité de pilotage CTG annuel"), each ticked from
// what the meeting's record holds, so the checklist is never a second thing to keep up to date.
enum class MeetingPhase { kBefore, kDuring, kAfter };

struct ChecklistItem {
  MeetingPhase phase;
  std::string_view label;  // "La date, définie en concertation avec la Caf"
  std::string_view field;  // the field that completes it, for a link to the form
  bool done = false;
};

std::vector<ChecklistItem> meeting_checklist(const WorkspaceRecord& meeting);
std::string_view label_of(MeetingPhase phase);  // "Avant", "Pendant", "Après"

}  // namespace maillage::core
