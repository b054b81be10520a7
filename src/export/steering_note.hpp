#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/caf.hpp"
#include "core/date.hpp"
#include "core/doctrine.hpp"
#include "core/doctrine_changes.hpp"
#include "core/geometry.hpp"
#include "core/indicators.hpp"
#include "core/simulation.hpp"
#include "export/pdf_document.hpp"

// The note for the Commission d'Action Sociale: a Caf's regulation indicators on a date, as a PDF
// document (key figures, typology, indicator tables, FTE/population chart, map of the gap, the
// simulator's comparison when asked, and the sources of the rules).
namespace maillage::exports {

// The territories' outlines for the map, fitted in a unit-width box (web::views::territory_layout).
struct NoteMap {
  core::PlanarLayout layout;
  std::string source;  // licence line of the boundary files
};

// A doctrine simulation to compare with the doctrine in force.
struct NoteSimulation {
  std::vector<core::AppliedChange> changes;
  core::SimulationComparison comparison;
};

struct SteeringNoteInput {
  core::Caf caf;                             // name and département
  const core::Doctrine* doctrine = nullptr;  // its rules and their sources; may be null
  const core::DepartementIndicators* indicators = nullptr;  // required
  std::optional<NoteMap> map;  // none: boundaries missing, the map is left out
  std::optional<NoteSimulation> simulation;
  core::Date generated_on;        // the day the note is printed
  Rgb primary{0x1d, 0x5b, 0x79};  // the Caf's theme colours
  Rgb accent{0xa4, 0x45, 0x2c};
};

// The note as a document model (render it with render_pdf). Throws std::invalid_argument when
// `indicators` is null.
PdfDocument steering_note(const SteeringNoteInput& input);

// "note-cas-16-2026-11-23.pdf".
std::string steering_note_filename(const std::string& departement, core::Date date);

}  // namespace maillage::exports
