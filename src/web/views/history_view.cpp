#include "web/views/history_view.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "app/audit_trail.hpp"
#include "app/timestamp.hpp"

namespace maillage::web::views {

namespace {

nlohmann::json parsed_or_null(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return nlohmann::json::parse(*text, nullptr, false);  // a damaged entry shows no fields
}

}  // namespace

std::string action_label(const std::string& action) {
  if (action == "create") return "Création";
  if (action == "update") return "Modification";
  if (action == "close") return "Fin";
  if (action == "import") return "Import";
  if (action == "delete") return "Suppression";
  return action;
}

std::string event_date(const store::AuditRecord& event) {
  const auto at = app::parse_timestamp(event.at);
  return at ? app::french_timestamp(*at) : event.at;
}

mstch::map event_view(const store::AuditRecord& event, const FieldWording& wording) {
  const auto before = parsed_or_null(event.before_json);
  const auto after = parsed_or_null(event.after_json);
  auto fields = app::changed_fields(before, after);
  const auto rank = [&](const app::FieldChange& change) {
    return std::find(wording.order.begin(), wording.order.end(), change.field) -
           wording.order.begin();
  };
  std::stable_sort(fields.begin(), fields.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  mstch::array changes;
  for (const auto& change : fields) {
    if (change.before == change.after) continue;  // absent and empty read the same
    changes.push_back(mstch::map{{"label", wording.label(change.field)},
                                 {"before", wording.value(change.field, change.before)},
                                 {"after", wording.value(change.field, change.after)}});
  }
  const bool created = !event.before_json;
  return mstch::map{{"date", event_date(event)},
                    {"author", event.user_login},
                    {"action", action_label(event.action)},
                    {"version", std::to_string(event.version)},
                    {"summary", event.summary},
                    {"changes", changes},
                    {"created", created},
                    {"changes_caption", std::string(created ? "Valeurs à la création"
                                                            : "Champs modifiés : avant → après")}};
}

}  // namespace maillage::web::views
