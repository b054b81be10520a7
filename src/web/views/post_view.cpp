#include "web/views/post_view.hpp"

#include "app/funding_service.hpp"
#include "core/access_policy.hpp"
#include "core/messages_fr.hpp"
#include "web/http_message.hpp"
#include "web/texts_fr.hpp"
#include "web/views/portfolio_table.hpp"

namespace maillage::web::views {

namespace {

std::string yes_no(bool value) {
  return value ? "oui" : "non";
}

std::string date_or_dash(const std::optional<core::Date>& date) {
  return date ? core::format_date(*date) : "—";
}

// The network condition as the funding reads it: from the Caf's network meetings when they say
// something, else as declared on the post.
std::string network_participation(const app::PortfolioSnapshot& snapshot, const core::Post& post) {
  const core::Territory* territory = snapshot.territory(post.territory_code);
  const auto recorded = territory
                            ? app::recorded_network_attendance(
                                  snapshot.facts(), territory->departement, post, snapshot.date())
                            : std::nullopt;
  if (!recorded) return yes_no(post.takes_part_in_network) + " (déclaré)";
  return *recorded ? "oui, présent à une réunion de réseau de la Caf des 12 derniers mois"
                   : "non, absent des réunions de réseau de la Caf des 12 derniers mois";
}

mstch::array facts_of(const app::PortfolioSnapshot& snapshot, const core::Post& post) {
  const std::vector<std::pair<std::string, std::string>> facts{
      {"Employeur", std::string(core::messages::label_of(post.employer))},
      {"Fonction de l'agent", std::string(core::messages::label_of(post.function))},
      {"Temps de travail de l'agent", core::format_fte_unit(post.holder_fte)},
      {"Temps consacré à la mission", core::format_fte_unit(post.mission_fte)},
      {"Coût annuel", core::format_money(post.annual_cost)},
      {"Niveau de diplôme", "niveau " + std::to_string(post.qualification_level)},
      {"Statut", std::string(core::messages::label_of(post.status))},
      {"Date d'embauche", date_or_dash(post.hiring_date)},
      {"Vacant depuis", date_or_dash(post.vacant_since)},
      {"Caf associée au recrutement", yes_no(post.caf_associated_to_recruitment)},
      {"Participation au réseau", network_participation(snapshot, post)},
      {"Rapport annuel transmis", yes_no(post.annual_report_sent)},
  };
  mstch::array list;
  for (const auto& [label, value] : facts)
    list.push_back(mstch::map{{"label", label}, {"value", value}});
  return list;
}

}  // namespace

mstch::map finding_view(const core::Finding& finding) {
  mstch::map view{{"level", std::string(core::messages::label_of(finding.level))},
                  {"css", std::string(texts::level_css(finding.level))},
                  {"message", finding.message},
                  {"source", finding.source},
                  {"rule", finding.rule_id},
                  {"remedy", finding.remedy}};
  if (finding.deadline) view["deadline"] = core::format_date(*finding.deadline);
  return view;
}

mstch::map post_view(const app::PortfolioSnapshot& snapshot, const core::Post& post,
                     const core::Actor& actor) {
  const core::Territory* territory = snapshot.territory(post.territory_code);
  mstch::map data{{"id", post.id},
                  {"href", "/postes/" + url_encode(post.id)},
                  {"facts", facts_of(snapshot, post)},
                  {"version", std::to_string(post.version)},
                  {"date", core::format_date(snapshot.date())},
                  {"territory", territory ? territory->name : post.territory_code},
                  {"territory_href", "/territoires/" + post.territory_code}};
  if (post.closed_on) data["closed_on"] = core::format_date(*post.closed_on);
  const bool editable = territory && core::may(actor, core::Permission::kEditPost, *territory);
  data["can_edit"] = editable;
  data["can_close"] = editable && !post.closed_on;
  if (const auto* caf = territory ? snapshot.caf_funding(territory->departement) : nullptr) {
    data["caf"] = caf->caf.name;
    data["doctrine"] = caf->doctrine ? caf->doctrine->name : caf->caf.doctrine_id;
    mstch::array notes;
    for (const auto& note : caf->result.notes) notes.push_back(note);
    data["notes"] = notes;
  }
  const core::PostResult* result = snapshot.result_of(post.id);
  if (result == nullptr) {
    data["not_evaluated"] = true;
    return data;
  }
  data["verdict"] = verdict_badge(result->verdict);
  data["funding"] = core::format_money(result->funding);
  data["funded_fte"] = core::format_fte_unit(result->funded_fte);
  data["eligible_cost"] = core::format_money(result->eligible_cost);
  if (result->deadline) data["deadline"] = core::format_date(*result->deadline);
  mstch::array findings;
  for (const auto& finding : core::explained_findings(*result))
    findings.push_back(finding_view(finding));
  data["findings"] = findings;
  if (result->ctg_id) {
    if (const core::Ctg* ctg = snapshot.ctg(*result->ctg_id)) {
      data["ctg"] = mstch::map{
          {"href", "/ctg/" + std::to_string(ctg->id)},
          {"period", core::format_date(ctg->start) + " – " + core::format_date(ctg->last_day())}};
    }
    if (const core::CtgResult* ctg_result = snapshot.ctg_result(*result->ctg_id)) {
      mstch::array ctg_findings;
      for (const auto& finding : ctg_result->findings)
        ctg_findings.push_back(finding_view(finding));
      data["ctg_findings"] = ctg_findings;
    }
  }
  return data;
}

}  // namespace maillage::web::views
