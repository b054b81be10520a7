#include "cli/simulation_output.hpp"

#include <fmt/ostream.h>

#include "cli/text_table.hpp"
#include "core/messages_fr.hpp"
#include "core/simulation_messages_fr.hpp"
#include "export/csv_writer.hpp"
#include "export/simulation_tables.hpp"

namespace maillage::cli {

namespace {

using nlohmann::json;
namespace msg = core::change_messages;

std::string signed_money(core::Money amount) {
  return (amount.cents() > 0 ? "+" : "") + core::format_money(amount);
}

std::string verdict(core::Verdict value) {
  return std::string(core::messages::label_of(value));
}

exports::SimulationHeading heading_of(const app::Simulation& simulation) {
  return {simulation.caf.name, simulation.doctrine.name};
}

json date_json(const std::optional<core::Date>& date) {
  return date ? json(core::format_iso_date(*date)) : json(nullptr);
}

json findings_json(const std::vector<core::Finding>& findings) {
  json list = json::array();
  for (const auto& finding : findings) {
    list.push_back({{"rule", finding.rule_id},
                    {"level", core::code_of(finding.level)},
                    {"message", finding.message},
                    {"deadline", date_json(finding.deadline)}});
  }
  return list;
}

json side_json(const core::PortfolioTotals& totals, const core::VerdictCounts& verdicts) {
  return {{"funding_cents", totals.funding.cents()},
          {"fte_funded_hundredths", totals.fte_funded.hundredths()},
          {"posts", totals.posts},
          {"eligible", verdicts.eligible},
          {"to_fix", verdicts.to_fix},
          {"excluded", verdicts.excluded}};
}

}  // namespace

void print_simulation_table(std::ostream& out, const app::Simulation& simulation) {
  const auto& comparison = simulation.comparison;
  const auto& budget = comparison.budget;
  fmt::print(out, "Simulation au {} — {} — doctrine {}\n", core::format_date(comparison.date),
             simulation.caf.name, simulation.doctrine.id);
  fmt::print(out, "Aucune donnée enregistrée n'est modifiée.\n\nChangements :\n");
  for (const auto& change : simulation.simulated.applied) {
    fmt::print(out, "  {} ({}) : {} → {} à partir du {}\n", change.id, change.label, change.before,
               change.after, core::format_date(change.from));
  }
  fmt::print(out, "\nBudget : {} en vigueur, {} simulé, écart {}.\n",
             core::format_money(budget.before.funding), core::format_money(budget.after.funding),
             signed_money(budget.difference()));
  fmt::print(out, "ETP financés : {} en vigueur, {} simulés.\n",
             core::format_fte_unit(budget.before.fte_funded),
             core::format_fte_unit(budget.after.fte_funded));
  fmt::print(out,
             "Postes : {} éligibles, {} à mettre en conformité, {} exclus en vigueur ; {}, {}, {} "
             "simulés.\n",
             budget.verdicts_before.eligible, budget.verdicts_before.to_fix,
             budget.verdicts_before.excluded, budget.verdicts_after.eligible,
             budget.verdicts_after.to_fix, budget.verdicts_after.excluded);

  fmt::print(out, "\nPar territoire\n");
  TextTable territories;
  territories.add_column("Code", TextTable::Align::kLeft);
  territories.add_column("Territoire", TextTable::Align::kLeft);
  territories.add_column("Postes", TextTable::Align::kRight);
  territories.add_column("En vigueur", TextTable::Align::kRight);
  territories.add_column("Simulé", TextTable::Align::kRight);
  territories.add_column("Écart", TextTable::Align::kRight);
  for (const auto& territory : comparison.territories) {
    territories.add_row({territory.code, territory.name, std::to_string(territory.posts),
                         core::format_money(territory.funding_before),
                         core::format_money(territory.funding_after),
                         signed_money(territory.difference())});
  }
  territories.print(out);

  fmt::print(out, "\nPostes modifiés : {} (dont {} changent de verdict)\n",
             comparison.changed_posts.size(), comparison.verdict_changes());
  if (!comparison.changed_posts.empty()) {
    TextTable posts;
    for (const char* title : {"Poste", "Territoire", "Verdict en vigueur", "Verdict simulé"}) {
      posts.add_column(title, TextTable::Align::kLeft);
    }
    for (const char* title : {"En vigueur", "Simulé", "Écart"}) {
      posts.add_column(title, TextTable::Align::kRight);
    }
    for (const auto& post : comparison.changed_posts) {
      posts.add_row({post.post_id, post.territory_name, verdict(post.verdict_before),
                     verdict(post.verdict_after), core::format_money(post.funding_before),
                     core::format_money(post.funding_after), signed_money(post.difference())});
      for (const auto& finding : post.findings_removed) {
        posts.add_note("• " + msg::finding_lifted(finding));
      }
      for (const auto& finding : post.findings_added) {
        posts.add_note("• " + msg::finding_new(finding));
      }
    }
    posts.print(out);
  }
  for (const auto& ctg : comparison.changed_ctgs) {
    for (const auto& finding : ctg.findings_removed) {
      fmt::print(out, "CTG {} : {}\n", ctg.territory_name, msg::finding_lifted(finding));
    }
    for (const auto& finding : ctg.findings_added) {
      fmt::print(out, "CTG {} : {}\n", ctg.territory_name, msg::finding_new(finding));
    }
  }
  for (const auto& note : comparison.notes) fmt::print(out, "Remarque : {}\n", note);
}

void print_simulation_csv(std::ostream& out, const app::Simulation& simulation) {
  out << exports::write_csv(exports::simulation_csv_table(
      heading_of(simulation), simulation.simulated.applied, simulation.comparison));
}

json simulation_json(const app::Simulation& simulation) {
  const auto& comparison = simulation.comparison;
  const auto& budget = comparison.budget;
  json changes = json::array();
  for (const auto& change : simulation.simulated.applied) {
    changes.push_back({{"id", change.id},
                       {"label", change.label},
                       {"rule", change.is_rule},
                       {"before", change.before},
                       {"after", change.after},
                       {"from", core::format_iso_date(change.from)},
                       {"source", change.source.citation()}});
  }
  json territories = json::array();
  for (const auto& territory : comparison.territories) {
    territories.push_back({{"code", territory.code},
                           {"name", territory.name},
                           {"posts", territory.posts},
                           {"funding_before_cents", territory.funding_before.cents()},
                           {"funding_after_cents", territory.funding_after.cents()},
                           {"difference_cents", territory.difference().cents()},
                           {"fte_before_hundredths", territory.fte_before.hundredths()},
                           {"fte_after_hundredths", territory.fte_after.hundredths()}});
  }
  json posts = json::array();
  for (const auto& post : comparison.changed_posts) {
    posts.push_back({{"id", post.post_id},
                     {"territory_code", post.territory_code},
                     {"territory", post.territory_name},
                     {"epci_code", post.epci_code},
                     {"verdict_before", core::code_of(post.verdict_before)},
                     {"verdict_after", core::code_of(post.verdict_after)},
                     {"funding_before_cents", post.funding_before.cents()},
                     {"funding_after_cents", post.funding_after.cents()},
                     {"difference_cents", post.difference().cents()},
                     {"deadline_before", date_json(post.deadline_before)},
                     {"deadline_after", date_json(post.deadline_after)},
                     {"findings_removed", findings_json(post.findings_removed)},
                     {"findings_added", findings_json(post.findings_added)}});
  }
  json ctgs = json::array();
  for (const auto& ctg : comparison.changed_ctgs) {
    ctgs.push_back({{"ctg_id", ctg.ctg_id},
                    {"territory_code", ctg.territory_code},
                    {"findings_removed", findings_json(ctg.findings_removed)},
                    {"findings_added", findings_json(ctg.findings_added)}});
  }
  return {{"date", core::format_iso_date(comparison.date)},
          {"caf", simulation.caf.departement},
          {"doctrine", simulation.doctrine.id},
          {"changes", std::move(changes)},
          {"budget",
           {{"before", side_json(budget.before, budget.verdicts_before)},
            {"after", side_json(budget.after, budget.verdicts_after)},
            {"difference_cents", budget.difference().cents()}}},
          {"territories", std::move(territories)},
          {"changed_posts", std::move(posts)},
          {"changed_ctgs", std::move(ctgs)},
          {"notes", comparison.notes}};
}

}  // namespace maillage::cli
