#include "core/meeting_checklist.hpp"

namespace maillage::core {

std::vector<ChecklistItem> meeting_checklist(const WorkspaceRecord& m) {
  const auto has = [&](std::string_view field) { return !m.value(field).empty(); };
  const bool five_questions = has("quoi") && has("pourquoi") && has("qui") && has("pour_qui") &&
                              has("ou") && has("quand") && has("comment");
  using enum MeetingPhase;
  return {
      {kBefore, "La date, définie en concertation avec la Caf", "date_validee_caf",
       has("date") && m.yes("date_validee_caf")},
      {kBefore, "Le lieu", "lieu", has("lieu")},
      {kBefore, "Les invitations (la Caf, les élus, les partenaires…)", "invites", has("invites")},
      {kBefore, "L'ordre du jour (a minima : bilan + perspectives)", "ordre_du_jour",
       has("ordre_du_jour")},
      {kBefore, "La préparation, en lien avec le chargé de développement de la Caf",
       "preparation_caf", m.yes("preparation_caf")},
      {kBefore, "Les questions : quoi, pourquoi, qui, pour qui, où, quand, comment", "quoi",
       five_questions},
      {kBefore, "Les supports", "supports", has("supports")},
      {kDuring, "L'animation et les interventions", "animation", has("animation")},
      {kDuring, "La prise de notes", "prise_de_notes", has("prise_de_notes")},
      {kDuring, "Les présents", "presents", has("presents")},
      {kAfter, "Le compte rendu", "compte_rendu", has("compte_rendu")},
      {kAfter, "Le compte rendu envoyé à la Caf", "compte_rendu_envoye_le",
       has("compte_rendu_envoye_le")},
      {kAfter, "Les suites du COPIL", "suites", has("suites") || has("decisions")},
  };
}

std::string_view label_of(MeetingPhase phase) {
  switch (phase) {
    case MeetingPhase::kBefore:
      return "Avant la réunion";
    case MeetingPhase::kDuring:
      return "Pendant la réunion";
    case MeetingPhase::kAfter:
      return "Après la réunion";
  }
  return "";
}

}  // namespace maillage::core
