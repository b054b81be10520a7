#include "core/workspace_alerts.hpp"

#include <algorithm>

#include <fmt/core.h>

namespace maillage::core {

namespace {

std::string title_of(const WorkspaceRecord& record) {
  const auto& title = record.value("intitule");
  return title.empty() ? record.reference : fmt::format("{} ({})", title, record.reference);
}

Alert alert_on(const AlertRule& rule, const WorkspaceRecord& record, std::string message,
               Date since) {
  return {rule.id, std::move(message), record.kind, record.id, since, rule.source};
}

void no_copil(const AlertRule& rule, const std::vector<WorkspaceRecord>& records, Date today,
              std::vector<Alert>& alerts) {
  std::optional<Date> planned;
  for (const auto& record : records) {
    if (record.kind != "reunion" || record.value("instance") != "copil") continue;
    const auto date = record.date("date");
    if (!date || date->year() != today.year()) continue;
    if (*date <= today) return;  // held this year
    if (!planned || *date < *planned) planned = date;
  }
  const Date new_year = *Date::from_ymd(today.year(), 1, 1);
  alerts.push_back(
      {rule.id,
       planned ? fmt::format("Aucun COPIL tenu en {} ; le prochain est prévu le {}.", today.year(),
                             format_date(*planned))
               : fmt::format("Aucun COPIL tenu ni prévu en {} : le référentiel en demande un "
                             "par an au minimum.",
                             today.year()),
       "", 0, new_year, rule.source});
}

void minutes_not_sent(const AlertRule& rule, const WorkspaceRecord& record, Date today,
                      std::vector<Alert>& alerts) {
  if (record.kind != "reunion" || !record.value("compte_rendu_envoye_le").empty()) return;
  const auto held = record.date("date");
  if (!held) return;
  const Date due = held->plus_days(rule.days);
  if (today <= due) return;
  alerts.push_back(alert_on(rule, record,
                            fmt::format("Compte rendu de « {} » du {} non envoyé à la Caf ({} "
                                        "jours après la réunion).",
                                        title_of(record), format_date(*held),
                                        today.days_since_epoch() - held->days_since_epoch()),
                            due));
}

void diagnostic_past_due(const AlertRule& rule, const WorkspaceRecord& record, Date today,
                         std::vector<Alert>& alerts) {
  if (record.kind != "diagnostic") return;
  const auto due = record.date("prochaine_mise_a_jour");
  if (!due || today <= *due) return;
  alerts.push_back(alert_on(rule, record,
                            fmt::format("Diagnostic « {} » à actualiser depuis le {}.",
                                        title_of(record), format_date(*due)),
                            *due));
}

void action_overdue(const AlertRule& rule, const WorkspaceRecord& record, Date today,
                    std::vector<Alert>& alerts) {
  if (record.kind != "action") return;
  const auto& status = record.value("statut");
  if (status == "realisee" || status == "abandonnee") return;
  const auto end = record.date("date_fin");
  if (!end || today <= *end) return;
  alerts.push_back(
      alert_on(rule, record,
               fmt::format("Action « {} » en retard : fin prévue le {}, avancement "
                           "{} %.",
                           title_of(record), format_date(*end),
                           record.value("avancement").empty() ? "0" : record.value("avancement")),
               *end));
}

void indicator_without_value(const AlertRule& rule, const WorkspaceRecord& record, Date today,
                             std::vector<Alert>& alerts) {
  if (record.kind != "indicateur") return;
  const auto measured = record.date("date_valeur");
  if (measured && measured->year() == today.year()) return;
  alerts.push_back(
      alert_on(rule, record,
               measured ? fmt::format("Indicateur « {} » sans valeur en {} (dernière le {}).",
                                      title_of(record), today.year(), format_date(*measured))
                        : fmt::format("Indicateur « {} » sans aucune valeur.", title_of(record)),
               *Date::from_ymd(today.year(), std::clamp(rule.from_month, 1, 12), 1)));
}

}  // namespace

std::optional<AlertKind> parse_alert_kind(std::string_view code) {
  if (code == "copil_absent") return AlertKind::kNoCopilThisYear;
  if (code == "compte_rendu_non_envoye") return AlertKind::kMinutesNotSent;
  if (code == "diagnostic_a_actualiser") return AlertKind::kDiagnosticPastDue;
  if (code == "action_en_retard") return AlertKind::kActionOverdue;
  if (code == "indicateur_sans_valeur") return AlertKind::kIndicatorWithoutValue;
  return std::nullopt;
}

std::vector<Alert> workspace_alerts(const std::vector<AlertRule>& rules,
                                    const std::vector<WorkspaceRecord>& records, Date today) {
  std::vector<Alert> alerts;
  for (const auto& rule : rules) {
    if (today.month() < rule.from_month) continue;
    if (rule.kind == AlertKind::kNoCopilThisYear) {
      no_copil(rule, records, today, alerts);
      continue;
    }
    for (const auto& record : records) {
      switch (rule.kind) {
        case AlertKind::kMinutesNotSent:
          minutes_not_sent(rule, record, today, alerts);
          break;
        case AlertKind::kDiagnosticPastDue:
          diagnostic_past_due(rule, record, today, alerts);
          break;
        case AlertKind::kActionOverdue:
          action_overdue(rule, record, today, alerts);
          break;
        case AlertKind::kIndicatorWithoutValue:
          indicator_without_value(rule, record, today, alerts);
          break;
        case AlertKind::kNoCopilThisYear:
          break;
      }
    }
  }
  std::stable_sort(alerts.begin(), alerts.end(),
                   [](const Alert& a, const Alert& b) { return a.since < b.since; });
  return alerts;
}

}  // namespace maillage::core
