#include "export/steering_note.hpp"

#include <fmt/core.h>

#include <set>
#include <stdexcept>
#include <string>

#include "core/indicator_messages_fr.hpp"
#include "core/text.hpp"
#include "export/steering_note_messages_fr.hpp"
#include "export/steering_note_sections.hpp"

namespace maillage::exports {

namespace note {

namespace msg = note_messages;
using core::Indicator;

namespace {

std::string count(long value) {
  return core::group_thousands(std::to_string(value));
}

std::string text(std::string_view view) {
  return std::string(view);
}

PdfTable indicator_table(const core::DepartementIndicators& indicators, std::string_view caption,
                         const std::vector<Indicator>& columns, bool with_ctg) {
  PdfTable table;
  table.caption = text(caption);
  // Widths for A4 at 8 points: money, areas ("35 466,67 €", "5 973,98 km²") and the
  // "Structures" heading need more room than counts and shares.
  const auto weight = [](Indicator indicator) {
    const bool wide = indicator == Indicator::kFunding || indicator == Indicator::kFundingPerFte ||
                      indicator == Indicator::kArea || indicator == Indicator::kStructures;
    return wide ? 4 : 3;
  };
  table.columns.push_back({text(msg::kTerritory), PdfAlign::kLeft, 5});
  for (const Indicator indicator : columns) {
    table.columns.push_back(
        {text(core::messages::indicator_label(indicator)), PdfAlign::kRight, weight(indicator)});
  }
  if (with_ctg) table.columns.push_back({text(msg::kCtg), PdfAlign::kLeft, 4});
  for (const auto& row : indicators.territories) {
    auto& cells = table.rows.emplace_back();
    cells.push_back(row.name);
    for (const Indicator indicator : columns) {
      cells.push_back(core::messages::indicator_value(row, indicator));
    }
    if (with_ctg) cells.push_back(core::messages::ctg_status(row));
  }
  table.totals.push_back(text(msg::kDepartement));
  for (const Indicator indicator : columns) {
    table.totals.push_back(core::messages::indicator_total(indicators.totals, indicator));
  }
  if (with_ctg) table.totals.push_back(count(indicators.totals.ctgs_in_force));
  return table;
}

}  // namespace

PdfParagraph paragraph(std::string text, bool small) {
  return PdfParagraph{{PdfSpan{std::move(text), false}}, small};
}

void add_key_figures(const core::DepartementIndicators& indicators, PdfDocument& document) {
  const auto& totals = indicators.totals;
  document.blocks.push_back(PdfHeading{text(msg::kKeyFigures), 1});
  document.blocks.push_back(PdfKeyFigures{{
      {core::format_money(totals.funding), text(msg::kFunding)},
      {core::format_fte_unit(totals.fte), text(msg::kFundedFte)},
      {count(totals.posts), text(msg::kPeople)},
      {totals.funding_per_fte ? core::format_money(*totals.funding_per_fte) : text(msg::kUndefined),
       text(msg::kFundingPerFte)},
      {count(totals.population), text(msg::kPopulation)},
      {count(totals.territories), fmt::format(msg::kTerritories, totals.ctgs_in_force)},
      {count(totals.structures), text(msg::kStructures)},
  }});
}

void add_typology(const core::DepartementIndicators& indicators, PdfDocument& document) {
  document.blocks.push_back(PdfHeading{text(msg::kTypology), 2});
  PdfTable table;
  table.caption = text(msg::kTypologyCaption);
  table.columns = {{text(msg::kCategory), PdfAlign::kLeft, 6},
                   {text(msg::kPosts), PdfAlign::kRight, 2},
                   {text(msg::kPostsShare), PdfAlign::kRight, 2},
                   {text(msg::kMissionFte), PdfAlign::kRight, 2},
                   {text(msg::kFteShare), PdfAlign::kRight, 2}};
  const auto row = [&table](std::string_view label, const core::TypologyShare& share) {
    table.rows.push_back({text(label), count(share.posts), core::format_percent(share.posts_share),
                          core::format_fte(share.fte), core::format_percent(share.fte_share)});
  };
  const auto& typology = indicators.typology;
  row(core::messages::typology_label_management(), typology.management);
  row(core::messages::typology_label_administrative(), typology.administrative);
  row(core::messages::typology_label_low_time(), typology.low_time);
  table.totals = {text(msg::kPosts), count(indicators.totals.posts), "",
                  core::format_fte(indicators.totals.mission_fte), ""};
  document.blocks.push_back(std::move(table));
}

void add_indicator_tables(const core::DepartementIndicators& indicators, PdfDocument& document) {
  document.blocks.push_back(PdfHeading{text(msg::kIndicators), 1});
  document.blocks.push_back(
      indicator_table(indicators, msg::kBalanceCaption,
                      {Indicator::kPopulation, Indicator::kPopulationShare, Indicator::kFte,
                       Indicator::kFteShare, Indicator::kGap},
                      false));
  document.blocks.push_back(
      indicator_table(indicators, msg::kMeansCaption,
                      {Indicator::kFunding, Indicator::kFundingPerFte, Indicator::kStructures,
                       Indicator::kFtePerStructure, Indicator::kArea},
                      true));
  document.blocks.push_back(
      paragraph(fmt::format(msg::kMethod, indicators.totals.unplaced_posts), true));
  PdfNotes specifics{text(core::messages::indicator_label(Indicator::kSpecifics)), {}};
  for (const auto& row : indicators.territories) {
    if (!row.specifics.empty()) specifics.items.push_back(row.name + " : " + row.specifics);
  }
  if (!specifics.items.empty()) document.blocks.push_back(std::move(specifics));
}

void add_sources(const SteeringNoteInput& input, PdfDocument& document) {
  document.blocks.push_back(PdfHeading{text(msg::kSources), 1});
  PdfNotes indicators{text(msg::kIndicatorSources), {}};
  std::set<std::string> seen;
  for (const Indicator indicator :
       {Indicator::kFundingPerFte, Indicator::kFteShare, Indicator::kFtePerStructure,
        Indicator::kGap, Indicator::kSpecifics, Indicator::kArea, Indicator::kFte,
        Indicator::kFunding}) {
    const core::Source source = core::indicator_source(indicator);
    if (!seen.insert(source.citation() + source.quote).second) continue;
    indicators.items.push_back(fmt::format("{} : « {} » — {}",
                                           core::messages::indicator_label(indicator), source.quote,
                                           source.citation()));
  }
  const core::Source typology = core::typology_source();
  indicators.items.push_back(
      fmt::format("{} : « {} » — {}", msg::kTypology, typology.quote, typology.citation()));
  document.blocks.push_back(std::move(indicators));
  if (input.doctrine != nullptr) {
    PdfNotes rules{fmt::format(msg::kDoctrineSources, input.doctrine->name), {}};
    for (const auto& rule : input.doctrine->rules) {
      rules.items.push_back(
          fmt::format(msg::kRuleSource, rule.id, rule.statement, rule.source.citation()));
    }
    document.blocks.push_back(std::move(rules));
  }
  PdfNotes data{text(msg::kDataSources), {text(msg::kPopulationSource)}};
  if (input.map && !input.map->source.empty()) data.items.push_back(input.map->source);
  document.blocks.push_back(std::move(data));
}

}  // namespace note

PdfDocument steering_note(const SteeringNoteInput& input) {
  if (input.indicators == nullptr) throw std::invalid_argument("steering_note: no indicators");
  namespace msg = note_messages;
  const auto& indicators = *input.indicators;
  const std::string date = core::format_date(indicators.date);
  PdfDocument document;
  document.organisation = input.caf.name;
  document.title = std::string(msg::kTitle);
  document.subtitle = fmt::format(msg::kSubtitle, input.caf.departement);
  document.date_line = fmt::format(msg::kDateLine, date);
  document.footer = fmt::format(msg::kFooter, input.caf.name);
  document.generated_on = fmt::format(msg::kGeneratedOn, core::format_date(input.generated_on));
  document.created_iso = core::format_iso_date(input.generated_on) + "T00:00:00";
  document.primary = input.primary;
  document.accent = input.accent;

  document.blocks.push_back(note::paragraph(fmt::format(msg::kIntroduction, date)));
  document.blocks.push_back(note::paragraph(
      fmt::format(msg::kAccessible, "/pilotage?date=" + core::format_iso_date(indicators.date)),
      true));
  note::add_key_figures(indicators, document);
  note::add_typology(indicators, document);
  note::add_indicator_tables(indicators, document);
  note::add_chart(indicators, document);
  if (input.map) note::add_map(indicators, *input.map, document);
  if (input.simulation) note::add_simulation(*input.simulation, document);
  note::add_sources(input, document);
  return document;
}

std::string steering_note_filename(const std::string& departement, core::Date date) {
  return fmt::format("note-cas-{}-{}.pdf", departement, core::format_iso_date(date));
}

}  // namespace maillage::exports
