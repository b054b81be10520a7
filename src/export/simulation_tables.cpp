#include "export/simulation_tables.hpp"

#include "core/messages_fr.hpp"
#include "core/simulation_messages_fr.hpp"

namespace maillage::exports {

namespace {

namespace msg = core::change_messages;

std::string verdict_label(core::Verdict verdict) {
  return std::string(core::messages::label_of(verdict));
}

Cell date_cell(const std::optional<core::Date>& date) {
  return date ? Cell{*date} : Cell{};
}

// Every finding one side has and not the other, one per line.
std::string findings_text(const core::PostChange& post) {
  std::string text;
  for (const auto& finding : post.findings_removed) {
    text += (text.empty() ? "" : "\n") + msg::finding_lifted(finding);
  }
  for (const auto& finding : post.findings_added) {
    text += (text.empty() ? "" : "\n") + msg::finding_new(finding);
  }
  return text;
}

std::string change_text(const core::AppliedChange& change) {
  return change.before + " → " + change.after + " à partir du " + core::format_date(change.from);
}

std::vector<std::string> notes_of(const SimulationHeading& heading,
                                  const core::SimulationComparison& comparison) {
  std::vector<std::string> notes{
      msg::simulation_note(comparison.date, heading.caf_name, heading.doctrine_name)};
  notes.insert(notes.end(), comparison.notes.begin(), comparison.notes.end());
  return notes;
}

Table changes_table(const std::vector<core::AppliedChange>& changes) {
  Table table;
  table.title = "Changements";
  table.columns = {{"parametre", "Paramètre ou règle", ColumnType::kText},
                   {"libelle", "Libellé", ColumnType::kText},
                   {"en_vigueur", "En vigueur", ColumnType::kText},
                   {"simule", "Simulé", ColumnType::kText},
                   {"a_partir_du", "À partir du", ColumnType::kDate},
                   {"source", "Source", ColumnType::kText}};
  for (const auto& change : changes) {
    table.rows.push_back({change.id, change.label, change.before, change.after, change.from,
                          change.source.citation()});
  }
  return table;
}

Table territories_table(const SimulationHeading& heading,
                        const core::SimulationComparison& comparison) {
  Table table;
  table.title = "Territoires";
  table.columns = {
      {"code", "Code", ColumnType::kText},
      {"territoire", "Territoire", ColumnType::kText},
      {"postes", "Postes", ColumnType::kInteger},
      {"financement_en_vigueur", "Financement en vigueur (€)", ColumnType::kMoneyCents},
      {"financement_simule", "Financement simulé (€)", ColumnType::kMoneyCents},
      {"ecart", "Écart (€)", ColumnType::kMoneyCents},
      {"etp_en_vigueur", "ETP financés en vigueur", ColumnType::kFteHundredths},
      {"etp_simules", "ETP financés simulés", ColumnType::kFteHundredths}};
  for (const auto& territory : comparison.territories) {
    table.rows.push_back({territory.code, territory.name, std::int64_t{territory.posts},
                          territory.funding_before, territory.funding_after, territory.difference(),
                          territory.fte_before, territory.fte_after});
  }
  const auto& budget = comparison.budget;
  table.totals = {Cell{},
                  "Total " + heading.caf_name,
                  std::int64_t{budget.before.posts},
                  budget.before.funding,
                  budget.after.funding,
                  budget.difference(),
                  budget.before.fte_funded,
                  budget.after.fte_funded};
  table.notes = notes_of(heading, comparison);
  return table;
}

Table posts_table(const core::SimulationComparison& comparison) {
  Table table;
  table.title = "Postes modifiés";
  table.columns = {
      {"identifiant", "Poste", ColumnType::kText},
      {"code_territoire", "Code territoire", ColumnType::kText},
      {"territoire", "Territoire", ColumnType::kText},
      {"verdict_en_vigueur", "Verdict en vigueur", ColumnType::kText},
      {"verdict_simule", "Verdict simulé", ColumnType::kText},
      {"financement_en_vigueur", "Financement en vigueur (€)", ColumnType::kMoneyCents},
      {"financement_simule", "Financement simulé (€)", ColumnType::kMoneyCents},
      {"ecart", "Écart (€)", ColumnType::kMoneyCents},
      {"echeance_en_vigueur", "Échéance en vigueur", ColumnType::kDate},
      {"echeance_simulee", "Échéance simulée", ColumnType::kDate},
      {"constats", "Constats qui changent", ColumnType::kText}};
  for (const auto& post : comparison.changed_posts) {
    table.rows.push_back({post.post_id, post.territory_code, post.territory_name,
                          verdict_label(post.verdict_before), verdict_label(post.verdict_after),
                          post.funding_before, post.funding_after, post.difference(),
                          date_cell(post.deadline_before), date_cell(post.deadline_after),
                          findings_text(post)});
  }
  return table;
}

}  // namespace

std::vector<Table> simulation_tables(const SimulationHeading& heading,
                                     const std::vector<core::AppliedChange>& changes,
                                     const core::SimulationComparison& comparison) {
  return {changes_table(changes), territories_table(heading, comparison), posts_table(comparison)};
}

Table simulation_csv_table(const SimulationHeading& heading,
                           const std::vector<core::AppliedChange>& changes,
                           const core::SimulationComparison& comparison) {
  Table table;
  table.title = "Simulation";
  table.columns = {
      {"niveau", "Niveau", ColumnType::kText},
      {"code", "Code", ColumnType::kText},
      {"libelle", "Libellé", ColumnType::kText},
      {"code_territoire", "Code territoire", ColumnType::kText},
      {"postes", "Postes", ColumnType::kInteger},
      {"verdict_en_vigueur", "Verdict en vigueur", ColumnType::kText},
      {"verdict_simule", "Verdict simulé", ColumnType::kText},
      {"financement_en_vigueur", "Financement en vigueur (€)", ColumnType::kMoneyCents},
      {"financement_simule", "Financement simulé (€)", ColumnType::kMoneyCents},
      {"ecart", "Écart (€)", ColumnType::kMoneyCents},
      {"etp_en_vigueur", "ETP financés en vigueur", ColumnType::kFteHundredths},
      {"etp_simules", "ETP financés simulés", ColumnType::kFteHundredths},
      {"detail", "Détail", ColumnType::kText}};
  for (const auto& change : changes) {
    table.rows.push_back({"changement", change.id, change.label, Cell{}, Cell{}, Cell{}, Cell{},
                          Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, change_text(change)});
  }
  const auto& budget = comparison.budget;
  table.rows.push_back(
      {"caf", Cell{}, heading.caf_name, Cell{}, std::int64_t{budget.before.posts}, Cell{}, Cell{},
       budget.before.funding, budget.after.funding, budget.difference(), budget.before.fte_funded,
       budget.after.fte_funded,
       msg::simulation_note(comparison.date, heading.caf_name, heading.doctrine_name)});
  for (const auto& territory : comparison.territories) {
    table.rows.push_back({"territoire", territory.code, territory.name, territory.code,
                          std::int64_t{territory.posts}, Cell{}, Cell{}, territory.funding_before,
                          territory.funding_after, territory.difference(), territory.fte_before,
                          territory.fte_after, Cell{}});
  }
  for (const auto& post : comparison.changed_posts) {
    table.rows.push_back({"poste", post.post_id, post.territory_name, post.epci_code, Cell{},
                          verdict_label(post.verdict_before), verdict_label(post.verdict_after),
                          post.funding_before, post.funding_after, post.difference(), Cell{},
                          Cell{}, findings_text(post)});
  }
  return table;
}

}  // namespace maillage::exports
