// The note's figures: the FTE/population chart, the map of the gap and the simulator's
// comparison.
#include <fmt/core.h>

#include <map>
#include <string>

#include "core/choropleth.hpp"
#include "core/indicator_messages_fr.hpp"
#include "core/messages_fr.hpp"
#include "export/steering_note_messages_fr.hpp"
#include "export/steering_note_sections.hpp"

namespace maillage::exports::note {

namespace msg = note_messages;

namespace {

// The Okabe-Ito orange: told apart from the blues by every colour vision.
constexpr Rgb kPopulationColour{0xe6, 0x9f, 0x00};

std::string signed_money(core::Money amount) {
  return (amount.cents() > 0 ? "+" : "") + core::format_money(amount);
}

std::string signed_fte(core::Fte fte) {
  return (fte.hundredths() > 0 ? "+" : "") + core::format_fte_unit(fte);
}

}  // namespace

void add_chart(const core::DepartementIndicators& indicators, PdfDocument& document) {
  PdfBarChart chart;
  chart.title = std::string(msg::kChart);
  chart.series = {{std::string(msg::kChartFte), document.primary},
                  {std::string(msg::kChartPopulation), kPopulationColour}};
  for (const auto& row : indicators.territories) {
    chart.groups.push_back(
        {row.name,
         {{row.fte_share.basis_points(), core::format_percent(row.fte_share)},
          {row.population_share.basis_points(), core::format_percent(row.population_share)}}});
  }
  chart.note = std::string(msg::kChartNote);
  document.blocks.push_back(std::move(chart));
}

void add_map(const core::DepartementIndicators& indicators, const NoteMap& map,
             PdfDocument& document) {
  std::map<std::string, const core::PlanarShape*> shapes;
  for (const auto& shape : map.layout.shapes) shapes.emplace(shape.code, &shape);
  std::vector<std::int64_t> values;
  for (const auto& row : indicators.territories) values.push_back(row.gap_basis_points);
  const core::ClassBreaks breaks = core::classify(values, core::ColourScale::kDiverging);

  PdfMap pdf_map;
  pdf_map.title = std::string(msg::kMap);
  pdf_map.legend_title = std::string(msg::kMapLegend);
  pdf_map.no_data_label = std::string(msg::kNoData);
  for (const auto& range : breaks.classes) {
    pdf_map.legend.push_back(
        {parse_rgb(range.colour).value_or(Rgb{0x80, 0x80, 0x80}),
         fmt::format(msg::kClassRange, core::format_points(static_cast<int>(range.lower)),
                     core::format_points(static_cast<int>(range.upper)))});
  }
  std::string missing;
  for (const auto& row : indicators.territories) {
    const auto found = shapes.find(row.code);
    if (found == shapes.end()) {
      missing += (missing.empty() ? "" : ", ") + row.name;
      continue;
    }
    PdfMapArea area;
    area.name = row.name;
    for (const auto& ring : found->second->rings) {
      auto& points = area.rings.emplace_back();
      for (const auto& point : ring) points.push_back({point.x, point.y});
    }
    const int index = breaks.class_of(row.gap_basis_points);
    if (index >= 0) area.class_index = static_cast<std::size_t>(index);
    area.value_label = core::format_points(row.gap_basis_points);
    pdf_map.areas.push_back(std::move(area));
  }
  if (!missing.empty()) pdf_map.note = fmt::format(msg::kMissingOutlines, missing);
  if (!map.source.empty()) pdf_map.note += (pdf_map.note.empty() ? "" : " ") + map.source;
  document.blocks.push_back(std::move(pdf_map));
}

void add_simulation(const NoteSimulation& simulation, PdfDocument& document) {
  const auto& comparison = simulation.comparison;
  const auto& budget = comparison.budget;
  document.blocks.push_back(PdfPageBreak{});
  document.blocks.push_back(PdfHeading{std::string(msg::kSimulation), 1});
  document.blocks.push_back(
      paragraph(fmt::format(msg::kSimulationIntro, core::format_date(comparison.date))));
  PdfNotes changes{"", {}};
  for (const auto& change : simulation.changes) {
    changes.items.push_back(fmt::format(msg::kChange, change.label, change.before, change.after,
                                        core::format_date(change.from)));
  }
  if (!changes.items.empty()) document.blocks.push_back(std::move(changes));
  document.blocks.push_back(PdfKeyFigures{{
      {core::format_money(budget.before.funding), std::string(msg::kBudgetBefore)},
      {core::format_money(budget.after.funding), std::string(msg::kBudgetAfter)},
      {signed_money(budget.difference()), std::string(msg::kBudgetDifference)},
      {core::format_fte_unit(budget.before.fte_funded), std::string(msg::kFteBefore)},
      {core::format_fte_unit(budget.after.fte_funded), std::string(msg::kFteAfter)},
      {std::to_string(comparison.verdict_changes()), std::string(msg::kVerdictChanges)},
  }});

  PdfTable territories;
  territories.caption = std::string(msg::kTerritoriesCaption);
  territories.columns = {{std::string(msg::kTerritory), PdfAlign::kLeft, 5},
                         {std::string(msg::kFundingBefore), PdfAlign::kRight, 3},
                         {std::string(msg::kFundingAfter), PdfAlign::kRight, 3},
                         {std::string(msg::kDifference), PdfAlign::kRight, 3},
                         {std::string(msg::kDifference) + " ETP", PdfAlign::kRight, 2}};
  for (const auto& territory : comparison.territories) {
    territories.rows.push_back({territory.name, core::format_money(territory.funding_before),
                                core::format_money(territory.funding_after),
                                signed_money(territory.difference()),
                                signed_fte(territory.fte_after - territory.fte_before)});
  }
  territories.totals = {std::string(msg::kDepartement), core::format_money(budget.before.funding),
                        core::format_money(budget.after.funding), signed_money(budget.difference()),
                        signed_fte(budget.fte_difference())};
  document.blocks.push_back(std::move(territories));

  if (comparison.changed_posts.empty()) {
    document.blocks.push_back(paragraph(std::string(msg::kNoPostChange)));
    return;
  }
  PdfTable posts;
  posts.caption = std::string(msg::kPostsCaption);
  posts.columns = {{std::string(msg::kPost), PdfAlign::kLeft, 3},
                   {std::string(msg::kTerritory), PdfAlign::kLeft, 4},
                   {std::string(msg::kVerdictBefore), PdfAlign::kLeft, 3},
                   {std::string(msg::kVerdictAfter), PdfAlign::kLeft, 3},
                   {std::string(msg::kFundingBefore), PdfAlign::kRight, 3},
                   {std::string(msg::kFundingAfter), PdfAlign::kRight, 3}};
  for (const auto& post : comparison.changed_posts) {
    posts.rows.push_back({post.post_id, post.territory_name,
                          std::string(core::messages::label_of(post.verdict_before)),
                          std::string(core::messages::label_of(post.verdict_after)),
                          core::format_money(post.funding_before),
                          core::format_money(post.funding_after)});
  }
  document.blocks.push_back(std::move(posts));
}

}  // namespace maillage::exports::note
