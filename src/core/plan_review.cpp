#include "core/plan_review.hpp"

#include <fmt/core.h>

#include "core/workspace_kind.hpp"
#include "core/workspace_values.hpp"

namespace maillage::core {

namespace {

std::string label(std::string_view kind, std::string_view field, const std::string& value) {
  const auto* spec = find_kind(kind);
  const auto* field_spec = spec ? spec->field(field) : nullptr;
  return field_spec ? display_text(*field_spec, value) : value;
}

std::string named(const WorkspaceRecord& record) {
  return fmt::format("{} ({})", record.value("intitule"), record.reference);
}

std::string plural(long long count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count > 1 ? many : one);
}

}  // namespace

PlanReview review_plan(const std::vector<WorkspaceRecord>& records, Date today) {
  PlanReview review;
  review.year = today.year();
  std::map<std::string, std::string> theme_of_objective;
  std::map<std::string, ThemeReview> themes;
  std::map<std::string, int> progress_sum;
  for (const auto& record : records) {
    if (record.kind != "objectif") continue;
    const std::string theme = label("objectif", "thematique", record.value("thematique"));
    theme_of_objective[record.reference] = theme;
    themes[theme].theme = theme;
    ++themes[theme].objectives;
  }
  for (const auto& record : records) {
    const auto date = record.date("date");
    const bool this_year_so_far = date && date->year() == today.year() && *date <= today;
    if (record.kind == "action") {
      const auto found = theme_of_objective.find(record.value("objectif"));
      const std::string theme = found == theme_of_objective.end() ? "Autre" : found->second;
      auto& entry = themes[theme];
      entry.theme = theme;
      ++entry.actions;
      ++entry.actions_by_status[label("action", "statut", record.value("statut"))];
      if (const auto cents = record.integer("budget")) {
        entry.budget = entry.budget + Money::from_cents(*cents);
      }
      progress_sum[theme] += static_cast<int>(record.integer("avancement").value_or(0));
      const auto end = record.date("date_fin");
      const auto& status = record.value("statut");
      if (status == "realisee" && (!end || end->year() == today.year())) {
        review.done_this_year.push_back(named(record));
      } else if (status == "a_lancer" || status == "en_cours") {
        review.upcoming.push_back(
            end ? fmt::format("{}, fin prévue le {}", named(record), format_date(*end))
                : named(record));
      }
    } else if (record.kind == "indicateur") {
      const auto value = record.decimal("valeur");
      const auto target = record.decimal("cible");
      const auto& unit = record.value("unite");
      std::string line = fmt::format(
          "{} : {}", record.value("intitule"),
          value ? format_decimal(*value) + (unit.empty() ? "" : " " + unit) : "pas de valeur");
      if (target)
        line +=
            fmt::format(" / cible {}{}", format_decimal(*target), unit.empty() ? "" : " " + unit);
      if (const auto measured = record.date("date_valeur")) {
        line += fmt::format(" ({})", format_date(*measured));
      }
      review.indicators.push_back(std::move(line));
    } else if (record.kind == "reunion" && this_year_so_far) {
      ++review.meetings_held;
      if (record.value("instance") == "copil") ++review.copils_held;
    } else if (record.kind == "participation" && this_year_so_far) {
      ++review.participations;
      review.participants += record.integer("participants").value_or(0);
    } else if (record.kind == "diagnostic") {
      const auto due = record.date("prochaine_mise_a_jour");
      if (due && *due <= today.plus_months(12)) {
        review.to_update.push_back(fmt::format("{}, à actualiser {} le {}", named(record),
                                               *due < today ? "depuis" : "avant",
                                               format_date(*due)));
      }
    }
  }
  for (auto& [theme, entry] : themes) {
    if (entry.actions > 0) entry.average_progress = progress_sum[theme] / entry.actions;
    review.themes.push_back(entry);
  }

  auto& text = review.paragraphs;
  int actions = 0;
  for (const auto& theme : review.themes) actions += theme.actions;
  text.push_back(fmt::format(
      "Bilan {} : le plan d'actions compte {} sur {}.", review.year,
      plural(actions, "action", "actions"),
      plural(static_cast<long long>(review.themes.size()), "thématique", "thématiques")));
  for (const auto& theme : review.themes) {
    std::string statuses;
    for (const auto& [status, count] : theme.actions_by_status) {
      statuses += fmt::format("{}{} {}", statuses.empty() ? "" : ", ", count, status);
    }
    text.push_back(fmt::format("{} : {}, {}{} ; avancement moyen {} %, budget {}.", theme.theme,
                               plural(theme.objectives, "objectif", "objectifs"),
                               plural(theme.actions, "action", "actions"),
                               statuses.empty() ? "" : " (" + statuses + ")",
                               theme.average_progress, format_money(theme.budget)));
  }
  text.push_back(
      fmt::format("{} tenue{} cette année, dont {} ; {} de participation des habitants ({}).",
                  plural(review.meetings_held, "réunion", "réunions"),
                  review.meetings_held > 1 ? "s" : "", plural(review.copils_held, "COPIL", "COPIL"),
                  plural(review.participations, "action", "actions"),
                  plural(review.participants, "participant", "participants")));
  if (!review.done_this_year.empty()) {
    std::string list;
    for (const auto& done : review.done_this_year) list += (list.empty() ? "" : " ; ") + done;
    text.push_back("Réalisé cette année : " + list + ".");
  }
  if (!review.upcoming.empty()) {
    std::string list;
    for (const auto& next : review.upcoming) list += (list.empty() ? "" : " ; ") + next;
    text.push_back("Perspectives : " + list + ".");
  }
  if (!review.to_update.empty()) {
    std::string list;
    for (const auto& due : review.to_update) list += (list.empty() ? "" : " ; ") + due;
    text.push_back("Diagnostics à actualiser : " + list + ".");
  }
  return review;
}

}  // namespace maillage::core
