#pragma once
#include <string>

#include "export/pdf_document.hpp"
#include "export/steering_note.hpp"

// The sections of the note for the Commission d'Action Sociale, one function each, appended to
// the document in reading order by steering_note() (steering_note.cpp).
namespace maillage::exports::note {

void add_key_figures(const core::DepartementIndicators& indicators, PdfDocument& document);
void add_typology(const core::DepartementIndicators& indicators, PdfDocument& document);
void add_indicator_tables(const core::DepartementIndicators& indicators, PdfDocument& document);
// Bars in the document's primary colour (FTE) and a colour-blind-safe orange (population).
void add_chart(const core::DepartementIndicators& indicators, PdfDocument& document);
void add_map(const core::DepartementIndicators& indicators, const NoteMap& map,
             PdfDocument& document);
void add_simulation(const NoteSimulation& simulation, PdfDocument& document);
void add_sources(const SteeringNoteInput& input, PdfDocument& document);

// A paragraph of one plain span.
PdfParagraph paragraph(std::string text, bool small = false);

}  // namespace maillage::exports::note
