#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/workspace_record.hpp"

namespace maillage::core {

// "Bilan + perspectives", the minimum agenda of a COPIL (000_f7f48a8774440105.txt, "Organisation
// d'un Comité de pilotage CTG annuel"), drawn from what the workspace records on `today`.
struct ThemeReview {
  std::string theme;  // label, "Petite enfance"
  int objectives = 0;
  int actions = 0;
  std::map<std::string, int> actions_by_status;  // status label → count
  Money budget;
  int average_progress = 0;  // % over its actions
};

struct PlanReview {
  int year = 0;
  std::vector<ThemeReview> themes;
  std::vector<std::string> done_this_year;  // actions realised, ended this year
  std::vector<std::string> indicators;      // "Places créées : 12 / cible 20 places (31/10/2026)"
  int meetings_held = 0;
  int copils_held = 0;
  int participations = 0;
  long long participants = 0;
  std::vector<std::string> upcoming;    // actions to start or running: the perspectives
  std::vector<std::string> to_update;   // diagnostics due within the next year or late
  std::vector<std::string> paragraphs;  // the whole as French sentences
};

PlanReview review_plan(const std::vector<WorkspaceRecord>& records, Date today);

}  // namespace maillage::core
