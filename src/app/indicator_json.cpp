#include "app/indicator_json.hpp"

namespace maillage::app {

namespace {

using nlohmann::json;

// Hundredths to a JSON number: the shortest decimal that reads back as the same double is the
// exact two-decimal value (16.95, not 16.949999…).
json hundredths(std::int64_t value) {
  if (value % 100 == 0) return value / 100;
  return static_cast<double>(value) / 100.0;
}

json optional_cents(const std::optional<core::Money>& amount) {
  return amount ? json(amount->cents()) : json(nullptr);
}

json optional_fte(const std::optional<core::Fte>& fte) {
  return fte ? hundredths(fte->hundredths()) : json(nullptr);
}

json optional_area(const std::optional<std::int64_t>& hectares) {
  return hectares ? hundredths(*hectares) : json(nullptr);
}

json share(const core::TypologyShare& share) {
  return {{"posts", share.posts},
          {"posts_share_pct", hundredths(share.posts_share.basis_points())},
          {"fte", hundredths(share.fte.hundredths())},
          {"fte_share_pct", hundredths(share.fte_share.basis_points())}};
}

}  // namespace

json to_json(const CafIndicators& caf_indicators) {
  const auto& indicators = caf_indicators.indicators;
  json territories = json::array();
  for (const auto& row : indicators.territories) {
    territories.push_back({
        {"code", row.code},
        {"name", row.name},
        {"population", row.population},
        {"fte", hundredths(row.fte.hundredths())},
        {"fte_share_pct", hundredths(row.fte_share.basis_points())},
        {"population_share_pct", hundredths(row.population_share.basis_points())},
        {"gap_pts", hundredths(row.gap_basis_points)},
        {"funding_cents", row.funding.cents()},
        {"funding_per_fte_cents", optional_cents(row.funding_per_fte)},
        {"structures", row.structures},
        {"fte_per_structure", optional_fte(row.fte_per_structure)},
        {"area_km2", optional_area(row.area_hectares)},
        {"posts", row.posts},
        {"mission_fte", hundredths(row.mission_fte.hundredths())},
        {"ctg_in_force", row.ctg_in_force},
        {"ctg_end", row.ctg_end ? json(core::format_iso_date(*row.ctg_end)) : json(nullptr)},
        {"specifics", row.specifics},
    });
  }
  const auto& totals = indicators.totals;
  const bool any = totals.territories > 0;
  json out{
      {"caf", {{"departement", caf_indicators.caf.departement}, {"name", caf_indicators.caf.name}}},
      {"date", core::format_iso_date(indicators.date)},
      {"territories", std::move(territories)},
      {"totals",
       {{"territories", totals.territories},
        {"population", totals.population},
        {"fte", hundredths(totals.fte.hundredths())},
        {"fte_share_pct", any ? json(100) : json(0)},
        {"population_share_pct", any ? json(100) : json(0)},
        {"funding_cents", totals.funding.cents()},
        {"funding_per_fte_cents", optional_cents(totals.funding_per_fte)},
        {"structures", totals.structures},
        {"fte_per_structure", optional_fte(totals.fte_per_structure)},
        {"area_km2", hundredths(totals.area_hectares)},
        {"territories_without_area", totals.territories_without_area},
        {"posts", totals.posts},
        {"mission_fte", hundredths(totals.mission_fte.hundredths())},
        {"ctgs_in_force", totals.ctgs_in_force},
        {"unplaced_posts", totals.unplaced_posts}}},
      {"typology",
       {{"management", share(indicators.typology.management)},
        {"administrative", share(indicators.typology.administrative)},
        {"low_time", share(indicators.typology.low_time)}}},
  };
  return out;
}

}  // namespace maillage::app
