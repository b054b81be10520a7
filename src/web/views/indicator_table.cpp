#include "web/views/indicator_table.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "core/indicator_messages_fr.hpp"
#include "core/text.hpp"

namespace maillage::web::views {

namespace {

namespace msg = core::messages;
using core::Indicator;

// The table's columns after the EPCI's name, in order.
constexpr Indicator kColumns[] = {Indicator::kPopulation,
                                  Indicator::kPosts,
                                  Indicator::kFte,
                                  Indicator::kFteShare,
                                  Indicator::kPopulationShare,
                                  Indicator::kGap,
                                  Indicator::kFunding,
                                  Indicator::kFundingPerFte,
                                  Indicator::kStructures,
                                  Indicator::kFtePerStructure,
                                  Indicator::kArea};

// Every explained value, the table's columns and the specifics.
constexpr Indicator kExplained[] = {Indicator::kPopulation,
                                    Indicator::kPosts,
                                    Indicator::kFte,
                                    Indicator::kFteShare,
                                    Indicator::kPopulationShare,
                                    Indicator::kGap,
                                    Indicator::kFunding,
                                    Indicator::kFundingPerFte,
                                    Indicator::kStructures,
                                    Indicator::kFtePerStructure,
                                    Indicator::kArea,
                                    Indicator::kSpecifics};

std::string join_query(const std::string& base, const std::string& rest) {
  return base.empty() ? rest : base + "&" + rest;
}

mstch::array headers(const IndicatorSort& sort, const std::string& base_query) {
  mstch::array out;
  const auto add = [&](const std::string& key, const std::string& label, bool numeric) {
    const bool current = sort.key == key;
    const bool next_descending = current ? !sort.descending : numeric;  // numbers: largest first
    out.push_back(mstch::map{
        {"label", label},
        {"href", "/pilotage?" +
                     join_query(base_query, "tri=" + key + (next_descending ? "&ordre=desc" : "")) +
                     "#indicateurs"},
        {"aria_sort",
         current ? std::string(sort.descending ? "descending" : "ascending") : std::string("none")},
        {"current", current},
        {"descending", current && sort.descending},
        {"numeric", numeric},
    });
  };
  add("name", "EPCI", false);
  for (const Indicator indicator : kColumns) {
    add(std::string(core::code_of(indicator)), std::string(msg::indicator_label(indicator)), true);
  }
  add("ctg", "CTG en vigueur", false);
  return out;
}

mstch::array explanations(const core::TerritoryIndicators& row,
                          const core::IndicatorTotals& totals) {
  mstch::array out;
  for (const Indicator indicator : kExplained) {
    out.push_back(mstch::map{{"label", std::string(msg::indicator_label(indicator))},
                             {"sentence", msg::explain(row, totals, indicator)},
                             {"source", core::indicator_source(indicator).citation()}});
  }
  out.push_back(mstch::map{{"label", std::string("CTG")},
                           {"sentence", msg::ctg_status(row)},
                           {"source", std::string()}});
  return out;
}

mstch::array total_explanations(const core::IndicatorTotals& totals) {
  mstch::array out;
  for (const Indicator indicator : kExplained) {
    std::string sentence = msg::explain_total(totals, indicator);
    if (sentence.empty()) continue;
    out.push_back(mstch::map{{"label", std::string(msg::indicator_label(indicator))},
                             {"sentence", std::move(sentence)},
                             {"source", core::indicator_source(indicator).citation()}});
  }
  return out;
}

mstch::map figure(const std::string& label, const std::string& value, const std::string& note) {
  return mstch::map{{"label", label}, {"value", value}, {"note", note}};
}

}  // namespace

IndicatorSort parse_indicator_sort(const std::string& key, const std::string& order) {
  IndicatorSort sort;
  const auto indicator = core::parse_indicator(key);
  if (key == "ctg" || (indicator && *indicator != Indicator::kSpecifics)) sort.key = key;
  sort.descending = order == "desc";
  return sort;
}

std::optional<std::int64_t> indicator_number(const core::TerritoryIndicators& row,
                                             Indicator indicator) {
  switch (indicator) {
    case Indicator::kPopulation:
      return row.population;
    case Indicator::kPosts:
      return row.posts;
    case Indicator::kFte:
      return row.fte.hundredths();
    case Indicator::kFteShare:
      return row.fte_share.basis_points();
    case Indicator::kPopulationShare:
      return row.population_share.basis_points();
    case Indicator::kGap:
      return row.gap_basis_points;
    case Indicator::kFunding:
      return row.funding.cents();
    case Indicator::kFundingPerFte:
      if (!row.funding_per_fte) return std::nullopt;
      return row.funding_per_fte->cents();
    case Indicator::kStructures:
      return row.structures;
    case Indicator::kFtePerStructure:
      if (!row.fte_per_structure) return std::nullopt;
      return row.fte_per_structure->hundredths();
    case Indicator::kArea:
      return row.area_hectares;
    case Indicator::kSpecifics:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string format_indicator_number(Indicator indicator, std::int64_t value) {
  switch (indicator) {
    case Indicator::kPopulation:
    case Indicator::kPosts:
    case Indicator::kStructures:
      return value < 0 ? std::to_string(value) : core::group_thousands(std::to_string(value));
    case Indicator::kFte:
    case Indicator::kFtePerStructure:
      return core::format_fte(core::Fte::from_hundredths(static_cast<int>(value)));
    case Indicator::kFteShare:
    case Indicator::kPopulationShare:
      return core::format_percent(core::Percent::from_basis_points(static_cast<int>(value)));
    case Indicator::kGap:
      return core::format_points(static_cast<int>(value));
    case Indicator::kFunding:
    case Indicator::kFundingPerFte:
      return core::format_money(core::Money::from_cents(value));
    case Indicator::kArea:
      return core::format_area_km2(value);
    case Indicator::kSpecifics:
      return "";
  }
  return "";
}

std::vector<const core::TerritoryIndicators*> sorted_rows(
    const core::DepartementIndicators& indicators, const IndicatorSort& sort) {
  std::vector<const core::TerritoryIndicators*> rows;
  rows.reserve(indicators.territories.size());
  for (const auto& row : indicators.territories) rows.push_back(&row);
  const auto indicator = core::parse_indicator(sort.key);
  const auto key_of = [&](const core::TerritoryIndicators& row) -> std::optional<std::int64_t> {
    if (sort.key == "ctg") {
      return row.ctg_end ? std::optional<std::int64_t>(row.ctg_end->days_since_epoch())
                         : std::nullopt;
    }
    return indicator ? indicator_number(row, *indicator) : std::nullopt;
  };
  const bool by_name = sort.key == "name" || (!indicator && sort.key != "ctg");
  std::stable_sort(rows.begin(), rows.end(), [&](const auto* left, const auto* right) {
    if (!by_name) {
      const auto a = key_of(*left);
      const auto b = key_of(*right);
      if (a.has_value() != b.has_value()) return a.has_value();  // undefined last
      if (a && *a != *b) return sort.descending ? *a > *b : *a < *b;
      return left->name < right->name;
    }
    return sort.descending ? left->name > right->name : left->name < right->name;
  });
  return rows;
}

mstch::map indicator_table(const core::DepartementIndicators& indicators,
                           const std::string& caf_name, const IndicatorSort& sort,
                           const std::string& base_query) {
  mstch::array rows;
  mstch::array details;
  for (const auto* row : sorted_rows(indicators, sort)) {
    mstch::array cells;
    for (const Indicator indicator : kColumns) {
      const bool undefined = !indicator_number(*row, indicator).has_value();
      cells.push_back(
          mstch::map{{"value", msg::indicator_value(*row, indicator)}, {"undefined", undefined}});
    }
    rows.push_back(mstch::map{{"code", row->code},
                              {"name", row->name},
                              {"href", "/territoires/" + row->code},
                              {"cells", cells},
                              {"ctg", msg::ctg_status(*row)}});
    details.push_back(mstch::map{{"code", row->code},
                                 {"name", row->name},
                                 {"explanations", explanations(*row, indicators.totals)}});
  }
  mstch::array totals;
  for (const Indicator indicator : kColumns) {
    totals.push_back(mstch::map{{"value", msg::indicator_total(indicators.totals, indicator)}});
  }
  return mstch::map{
      {"caption", fmt::format("Indicateurs de régulation par EPCI — {}, au {}", caf_name,
                              core::format_date(indicators.date))},
      {"headers", headers(sort, base_query)},
      {"rows", rows},
      {"empty", rows.empty()},
      {"totals", totals},
      {"totals_ctg",
       fmt::format("{} sur {}", indicators.totals.ctgs_in_force, indicators.totals.territories)},
      {"details", details},
      {"total_explanations", total_explanations(indicators.totals)},
      {"unplaced_posts", indicators.totals.unplaced_posts},
      {"has_unplaced", indicators.totals.unplaced_posts > 0},
      {"source", core::indicator_source(Indicator::kGap).citation()},
  };
}

mstch::array key_figures(const core::DepartementIndicators& indicators) {
  const auto& t = indicators.totals;
  return mstch::array{
      figure("Financement Caf", core::format_money(t.funding),
             "versé aux postes à la date, selon la doctrine de la Caf"),
      figure("Personnes", std::to_string(t.posts), "postes ouverts, financés ou non"),
      figure("ETP financés", core::format_fte_unit(t.fte),
             "sur " + core::format_fte_unit(t.mission_fte) + " de mission"),
      figure("Montant moyen par ETP financé", msg::indicator_total(t, Indicator::kFundingPerFte),
             msg::explain_total(t, Indicator::kFundingPerFte)),
      figure("Population", core::group_thousands(std::to_string(t.population)),
             fmt::format("{} EPCI", t.territories)),
      figure("CTG en vigueur", fmt::format("{} sur {}", t.ctgs_in_force, t.territories),
             "EPCI couverts par une CTG à la date"),
  };
}

mstch::map typology_view(const core::DepartementIndicators& indicators) {
  const auto& typology = indicators.typology;
  const auto row = [&](std::string_view label, const core::TypologyShare& share) {
    return mstch::map{{"label", std::string(label)},
                      {"posts", std::to_string(share.posts)},
                      {"posts_share", core::format_percent(share.posts_share)},
                      {"fte", core::format_fte_unit(share.fte)},
                      {"fte_share", core::format_percent(share.fte_share)},
                      {"explanation", msg::explain_typology(share, indicators.totals)}};
  };
  return mstch::map{
      {"rows", mstch::array{row(msg::typology_label_management(), typology.management),
                            row(msg::typology_label_administrative(), typology.administrative),
                            row(msg::typology_label_low_time(), typology.low_time)}},
      {"people", std::to_string(indicators.totals.posts)},
      {"fte", core::format_fte_unit(indicators.totals.mission_fte)},
      {"source", core::typology_source().citation()},
  };
}

}  // namespace maillage::web::views
