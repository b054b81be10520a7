#include "app/ctg_service.hpp"

#include <fmt/core.h>

#include "app/audit_trail.hpp"
#include "app/ctg_import.hpp"
#include "app/import_messages_fr.hpp"
#include "app/import_perimeter.hpp"
#include "core/access_policy.hpp"
#include "core/text.hpp"
#include "store/ctg_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

namespace msg = import_messages;

constexpr std::size_t kMaxEntries = 30;
constexpr std::size_t kMaxEntryLength = 200;

std::string field_of(const CtgFields& fields, const std::string& name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string{} : it->second;
}

std::string joined_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : "\n") + line;
  return text;
}

// One entry per line of a textarea: trimmed, empty lines dropped; too many or too long refused.
std::vector<std::string> read_lines(const CtgFields& fields, const std::string& field,
                                    std::string_view what, std::vector<ImportError>& errors) {
  std::vector<std::string> entries;
  const std::string text = field_of(fields, field);
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    ++line_number;
    const std::string entry(core::trim(std::string_view(text).substr(start, end - start)));
    start = end + 1;
    if (entry.empty()) continue;
    if (const std::size_t length = core::display_width(entry); length > kMaxEntryLength) {
      errors.push_back({0, field, msg::entry_too_long(line_number, length, kMaxEntryLength)});
    }
    entries.push_back(entry);
  }
  if (entries.size() > kMaxEntries) {
    errors.push_back({0, field, msg::too_many_entries(what, kMaxEntries)});
  }
  return entries;
}

// The fields as a CTG, with every error: those of an import line, the lists, the perimeter.
CtgRecord read_fields(store::Database& database, const core::Actor& actor,
                      const CtgFields& fields) {
  CtgRecord record =
      read_ctg_record(fields, perimeter_check(database, actor, core::Permission::kEditCtg));
  record.ctg.signatories = read_lines(fields, "signataires", "signataires", record.errors);
  record.ctg.themes = read_lines(fields, "thematiques", "thématiques", record.errors);
  return record;
}

// Another CTG of the territory whose period meets this one's (each up to its last day: a closed
// CTG frees the rest of its period).
std::optional<ImportError> overlap_with_stored(store::Database& database, const core::Ctg& ctg) {
  for (const auto& other : store::CtgRepository(database).list_for_territory(ctg.territory_code)) {
    if (other.id == ctg.id) continue;
    if (ctg.start <= other.last_day() && other.start <= ctg.last_day()) {
      return ImportError{
          0, "date_debut",
          msg::overlapping_ctg(ctg.territory_code, core::format_date(other.start),
                               core::format_date(other.last_day()), "déjà enregistrée")};
    }
  }
  return std::nullopt;
}

std::optional<core::Ctg> find_editable(store::Database& database, const core::Actor& actor,
                                       std::int64_t id, SaveStatus& status) {
  auto ctg = store::CtgRepository(database).find(id);
  const auto territory =
      ctg ? store::TerritoryRepository(database).find(ctg->territory_code) : std::nullopt;
  if (!ctg || !territory || !core::covers(actor, *territory)) {
    status = SaveStatus::kNotFound;
    return std::nullopt;
  }
  if (!core::role_allows(actor.role, core::Permission::kEditCtg)) {
    status = SaveStatus::kForbidden;
    return std::nullopt;
  }
  return ctg;
}

// Writes `ctg` over `expected_version` with its audit record, unless it now overlaps another CTG
// (checked inside the transaction, so two saves cannot both take the same period).
SaveResult<core::Ctg> save_over(store::Database& database, const core::Actor& actor,
                                const core::Ctg& current, core::Ctg ctg, int expected_version,
                                const std::string& action, const std::string& summary,
                                Timestamp now) {
  SaveResult<core::Ctg> result;
  std::optional<ImportError> overlap;
  const bool saved = store::in_transaction(database, [&] {
    overlap = overlap_with_stored(database, ctg);
    if (overlap) return false;
    if (!store::CtgRepository(database).update_if_version(ctg, expected_version)) return false;
    ctg.version = expected_version + 1;
    record_audit(database, actor,
                 {"ctg", std::to_string(ctg.id), action, ctg.version, ctg_audit_json(current),
                  ctg_audit_json(ctg), summary},
                 now);
    return true;
  });
  if (overlap) {
    result.status = SaveStatus::kInvalid;
    result.errors.push_back(std::move(*overlap));
    result.record = std::move(ctg);
  } else if (!saved) {  // someone saved between our read and our write
    result.status = SaveStatus::kStale;
    result.record = *store::CtgRepository(database).find(ctg.id);
  } else {
    result.record = std::move(ctg);
  }
  return result;
}

}  // namespace

CtgFields ctg_fields(const core::Ctg& ctg) {
  return {{"code_territoire", ctg.territory_code},
          {"date_debut", core::format_date(ctg.start)},
          {"date_fin", core::format_date(ctg.end)},
          {"renouvellement", ctg.renewal ? "oui" : "non"},
          {"signataires", joined_lines(ctg.signatories)},
          {"thematiques", joined_lines(ctg.themes)}};
}

nlohmann::json ctg_audit_json(const core::Ctg& ctg) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [field, value] : ctg_fields(ctg)) json[field] = value;
  json["signataires"] = ctg.signatories;
  json["thematiques"] = ctg.themes;
  json["cloture_le"] = ctg.closed_on ? core::format_date(*ctg.closed_on) : "";
  return json;
}

SaveResult<core::Ctg> create_ctg(store::Database& database, const core::Actor& actor,
                                 const CtgFields& fields, Timestamp now) {
  SaveResult<core::Ctg> result;
  if (!core::role_allows(actor.role, core::Permission::kEditCtg)) {
    result.status = SaveStatus::kForbidden;
    return result;
  }
  CtgRecord record = read_fields(database, actor, fields);
  result.errors = std::move(record.errors);
  result.record = std::move(record.ctg);
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  result.record.version = 1;
  std::optional<ImportError> overlap;
  store::in_transaction(database, [&] {
    overlap = overlap_with_stored(database, result.record);
    if (overlap) return;
    result.record.id = store::CtgRepository(database).insert(result.record);
    record_audit(database, actor,
                 {"ctg", std::to_string(result.record.id), "create", 1, std::nullopt,
                  ctg_audit_json(result.record), "Création de la CTG"},
                 now);
  });
  if (overlap) {
    result.status = SaveStatus::kInvalid;
    result.errors.push_back(std::move(*overlap));
  }
  return result;
}

SaveResult<core::Ctg> update_ctg(store::Database& database, const core::Actor& actor,
                                 std::int64_t id, const CtgFields& fields, int expected_version,
                                 Timestamp now) {
  SaveResult<core::Ctg> result;
  auto current = find_editable(database, actor, id, result.status);
  if (!current) return result;
  CtgFields with_territory = fields;
  with_territory["code_territoire"] = current->territory_code;
  CtgRecord record = read_fields(database, actor, with_territory);
  record.ctg.id = id;
  record.ctg.closed_on = current->closed_on;
  if (record.errors.empty() && current->closed_on &&
      (*current->closed_on < record.ctg.start || record.ctg.end < *current->closed_on)) {
    record.errors.push_back(
        {0, *current->closed_on < record.ctg.start ? "date_debut" : "date_fin",
         msg::closed_outside_new_period(core::format_date(*current->closed_on))});
  }
  if (!record.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    result.errors = std::move(record.errors);
    result.record = std::move(record.ctg);
    return result;
  }
  if (current->version != expected_version) {
    result.status = SaveStatus::kStale;
    result.record = std::move(*current);
    return result;
  }
  return save_over(database, actor, *current, std::move(record.ctg), expected_version, "update",
                   "Modification de la CTG", now);
}

SaveResult<core::Ctg> close_ctg(store::Database& database, const core::Actor& actor,
                                std::int64_t id, const std::string& closed_on_text,
                                const std::string& reason, int expected_version, Timestamp now) {
  SaveResult<core::Ctg> result;
  auto current = find_editable(database, actor, id, result.status);
  if (!current) return result;
  result.record = *current;
  const std::string date_text(core::trim(closed_on_text));
  const std::string why(core::trim(reason));
  const auto closed_on = core::parse_date(date_text);
  if (date_text.empty()) {
    result.errors.push_back({0, "cloture_le", msg::required()});
  } else if (!closed_on) {
    result.errors.push_back({0, "cloture_le", msg::invalid_date(date_text)});
  } else if (*closed_on < current->start || current->end < *closed_on) {
    result.errors.push_back({0, "cloture_le",
                             msg::closing_outside_period(core::format_date(current->start),
                                                         core::format_date(current->end))});
  }
  if (why.empty()) result.errors.push_back({0, "motif", msg::required()});
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  if (current->version != expected_version) {
    result.status = SaveStatus::kStale;
    return result;
  }
  core::Ctg ctg = *current;
  ctg.closed_on = closed_on;
  auto saved =
      save_over(database, actor, *current, std::move(ctg), expected_version, "close",
                fmt::format("Fin de la CTG au {} : {}", core::format_date(*closed_on), why), now);
  if (saved.status == SaveStatus::kInvalid) {
    // Only a later closing day than before can meet another CTG: say it on the date field.
    for (auto& error : saved.errors) error.column = "cloture_le";
  }
  return saved;
}

}  // namespace maillage::app
