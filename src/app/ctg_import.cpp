#include "app/ctg_import.hpp"

#include <algorithm>
#include <map>

#include "app/audit_trail.hpp"
#include "app/ctg_service.hpp"
#include "app/import_messages_fr.hpp"
#include "app/row_reader.hpp"
#include "store/ctg_repository.hpp"

namespace maillage::app {

namespace msg = import_messages;

const std::vector<std::string>& ctg_columns() {
  static const std::vector<std::string> kColumns{"code_territoire", "date_debut", "date_fin",
                                                 "renouvellement"};
  return kColumns;
}

namespace {

struct Period {
  core::Date start;
  core::Date end;
  bool stored = false;  // already in the database (else: an earlier line of this file)
  std::string where;    // "ligne 4" or "déjà enregistrée", for the message
};

bool overlaps(const core::Ctg& ctg, const Period& other) {
  return ctg.start <= other.end && other.start <= ctg.end;
}

// Reads one data line; the CTG is complete only when no error was added.
core::Ctg read_ctg(RowReader& reader, const CsvRow& row, const TerritoryCheck& check_territory) {
  core::Ctg ctg;
  ctg.territory_code = reader.text(row, "code_territoire");
  if (!ctg.territory_code.empty()) {
    if (auto refusal = check_territory(ctg.territory_code)) {
      reader.error(row, "code_territoire", std::move(*refusal));
    }
  }
  const auto start = reader.date(row, "date_debut", true);
  const auto end = reader.date(row, "date_fin", true);
  const auto renewal = reader.yes_no(row, "renouvellement");
  if (start) ctg.start = *start;
  if (end) ctg.end = *end;
  if (renewal) ctg.renewal = *renewal;
  if (start && end && *end < *start) {
    reader.error(row, "date_fin",
                 msg::end_before_start(core::format_date(*start), core::format_date(*end)));
  }
  return ctg;
}

// The stored CTG this line updates: same territory, same start.
std::optional<core::Ctg> stored_twin(const store::CtgRepository& stored, const core::Ctg& ctg) {
  for (auto& existing : stored.list_for_territory(ctg.territory_code)) {
    if (existing.start == ctg.start) return existing;
  }
  return std::nullopt;
}

}  // namespace

CtgFile read_ctg_file(store::Database& database, std::string_view csv_text,
                      const core::Actor& author) {
  CtgFile file;
  auto parsed = parse_csv(csv_text);
  if (parsed.error) {
    file.errors.push_back({parsed.error->line, "", parsed.error->message});
    return file;
  }
  const CsvTable& table = *parsed.table;
  RowReader reader(table, file.errors);
  if (!reader.check_header(ctg_columns())) return file;
  if (table.rows.empty()) file.errors.push_back({0, "", msg::no_rows()});

  const TerritoryCheck check_territory =
      import_territory_check(database, author, core::Permission::kImportCtgs);
  store::CtgRepository stored(database);
  // Periods per territory: those stored (minus the ones this file replaces) and this file's.
  std::map<std::string, std::vector<Period>> periods;
  for (const auto& row : table.rows) {
    if (!reader.check_width(row)) continue;
    const std::size_t errors_before = file.errors.size();
    core::Ctg ctg = read_ctg(reader, row, check_territory);
    if (file.errors.size() != errors_before) continue;
    auto [it, first_time] = periods.try_emplace(ctg.territory_code);
    if (first_time) {
      // A closed CTG frees what remained of its period: it occupies it up to its last day.
      for (const auto& existing : stored.list_for_territory(ctg.territory_code)) {
        it->second.push_back({existing.start, existing.last_day(), true, "déjà enregistrée"});
      }
    }
    auto& territory_periods = it->second;
    // Same territory and start date as a stored CTG: this line updates it, so it cannot clash.
    std::erase_if(territory_periods,
                  [&](const Period& period) { return period.stored && period.start == ctg.start; });
    const auto clash = std::find_if(territory_periods.begin(), territory_periods.end(),
                                    [&](const Period& other) { return overlaps(ctg, other); });
    if (clash != territory_periods.end()) {
      reader.error(row, "date_debut",
                   msg::overlapping_ctg(ctg.territory_code, core::format_date(clash->start),
                                        core::format_date(clash->end), clash->where));
      continue;
    }
    territory_periods.push_back({ctg.start, ctg.end, false, "ligne " + std::to_string(row.line)});
    file.ctgs.push_back(std::move(ctg));
  }
  if (!file.errors.empty()) file.ctgs.clear();
  return file;
}

CtgRecord read_ctg_record(const std::map<std::string, std::string>& fields,
                          const TerritoryCheck& check_territory) {
  CsvTable table;
  table.header = ctg_columns();
  CsvRow row{1, {}};
  for (const auto& column : ctg_columns()) {
    const auto it = fields.find(column);
    row.cells.push_back(it == fields.end() ? std::string{} : it->second);
  }
  table.rows.push_back(row);
  CtgRecord record;
  RowReader reader(table, record.errors);
  record.ctg = read_ctg(reader, table.rows.front(), check_territory);
  for (auto& error : record.errors) error.line = 0;  // a form has no lines
  return record;
}

ImportReport preview_ctgs(store::Database& database, std::string_view csv_text,
                          const core::Actor& author) {
  CtgFile file = read_ctg_file(database, csv_text, author);
  ImportReport report;
  report.errors = std::move(file.errors);
  if (!report.errors.empty()) return report;
  const store::CtgRepository stored(database);
  for (const auto& ctg : file.ctgs) {
    if (stored_twin(stored, ctg)) {
      ++report.updated;
    } else {
      ++report.created;
    }
  }
  report.rows = static_cast<int>(file.ctgs.size());
  return report;
}

ImportReport import_ctgs(store::Database& database, std::string_view csv_text,
                         const core::Actor& author, Timestamp now) {
  ImportReport report;
  store::CtgRepository ctgs(database);
  // Checked inside the transaction, so that what was checked is what gets written.
  store::in_transaction(database, [&] {
    CtgFile file = read_ctg_file(database, csv_text, author);
    report.errors = std::move(file.errors);
    if (!report.errors.empty()) return;
    for (const auto& ctg : file.ctgs) {
      const auto before = stored_twin(ctgs, ctg);
      const auto saved = ctgs.upsert(ctg);
      const auto after = ctgs.find(saved.id);
      ++(saved.created ? report.created : report.updated);
      record_audit(
          database, author,
          {"ctg", std::to_string(saved.id), "import", after->version,
           before ? std::optional(ctg_audit_json(*before)) : std::nullopt, ctg_audit_json(*after),
           saved.created ? "Création de la CTG par import" : "Mise à jour de la CTG par import"},
          now);
    }
    report.rows = static_cast<int>(file.ctgs.size());
    report.applied = true;
  });
  return report;
}

}  // namespace maillage::app
