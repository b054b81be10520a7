#include "app/funding_json.hpp"

namespace maillage::app {

using nlohmann::json;

json to_json(const core::Finding& finding) {
  json out{{"rule", finding.rule_id},
           {"level", core::code_of(finding.level)},
           {"message", finding.message},
           {"source", finding.source}};
  out["deadline"] =
      finding.deadline ? json(core::format_iso_date(*finding.deadline)) : json(nullptr);
  // Absent rather than empty: a client shows the hint only where there is one.
  if (!finding.remedy.empty()) out["remedy"] = finding.remedy;
  return out;
}

json to_json(const core::PostResult& result, const CafFunding& caf) {
  json findings = json::array();
  for (const auto& finding : core::explained_findings(result)) findings.push_back(to_json(finding));
  return {
      {"id", result.post_id},
      {"territory", result.territory_code},
      {"caf", caf.caf.departement},
      {"doctrine", caf.doctrine->id},
      {"eligible_cost_cents", result.eligible_cost.cents()},
      {"funding_cents", result.funding.cents()},
      {"fte_funded", core::format_fte(result.funded_fte)},
      {"verdict", core::code_of(result.verdict)},
      {"deadline", result.deadline ? json(core::format_iso_date(*result.deadline)) : json(nullptr)},
      {"findings", std::move(findings)}};
}

json to_json(const FundingReport& report) {
  json posts = json::array();
  json ctgs = json::array();
  json doctrines = json::array();
  json notes = json::array();
  for (const auto& caf : report.cafs) {
    doctrines.push_back(caf.doctrine->id);
    for (const auto& post : caf.result.posts) posts.push_back(to_json(post, caf));
    for (const auto& ctg : caf.result.ctgs) {
      json findings = json::array();
      for (const auto& finding : ctg.findings) findings.push_back(to_json(finding));
      ctgs.push_back(
          {{"id", ctg.ctg_id}, {"territory", ctg.territory_code}, {"findings", findings}});
    }
    for (const auto& note : caf.result.notes) notes.push_back(note);
  }
  // One Caf (the usual request): its doctrine id; several: the list.
  json doctrine = doctrines.size() == 1 ? doctrines.front() : doctrines;
  return {{"date", core::format_iso_date(report.date)},
          {"doctrine", std::move(doctrine)},
          {"posts", std::move(posts)},
          {"ctgs", std::move(ctgs)},
          {"notes", std::move(notes)},
          {"totals",
           {{"funding_cents", report.totals.funding.cents()},
            {"fte_funded", core::format_fte(report.totals.fte_funded)},
            {"posts", report.totals.posts}}}};
}

}  // namespace maillage::app
