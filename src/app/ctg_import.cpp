#include "app/ctg_import.hpp"

#include <algorithm>
#include <map>

#include "app/import_messages_fr.hpp"
#include "app/row_reader.hpp"
#include "store/ctg_repository.hpp"
#include "store/territory_repository.hpp"

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

}  // namespace

CtgFile read_ctg_file(store::Database& database, std::string_view csv_text) {
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

  store::TerritoryRepository territories(database);
  store::CtgRepository stored(database);
  // Periods per territory: those stored (minus the ones this file replaces) and this file's.
  std::map<std::string, std::vector<Period>> periods;
  std::map<std::string, bool> known;
  for (const auto& row : table.rows) {
    if (!reader.check_width(row)) continue;
    const std::size_t errors_before = file.errors.size();
    core::Ctg ctg;
    ctg.territory_code = reader.text(row, "code_territoire");
    if (!ctg.territory_code.empty()) {
      auto [it, inserted] = known.emplace(ctg.territory_code, false);
      if (inserted) {
        it->second = territories.find(ctg.territory_code).has_value();
        if (it->second) {
          for (const auto& existing : stored.list_for_territory(ctg.territory_code)) {
            periods[ctg.territory_code].push_back(
                {existing.start, existing.end, true, "déjà enregistrée"});
          }
        }
      }
      if (!it->second) {
        reader.error(row, "code_territoire", msg::unknown_territory(ctg.territory_code));
      }
    }
    const auto start = reader.date(row, "date_debut", true);
    const auto end = reader.date(row, "date_fin", true);
    const auto renewal = reader.yes_no(row, "renouvellement");
    if (start && end && *end < *start) {
      reader.error(row, "date_fin",
                   msg::end_before_start(core::format_date(*start), core::format_date(*end)));
    }
    if (file.errors.size() != errors_before || !start || !end || !renewal) continue;
    ctg.start = *start;
    ctg.end = *end;
    ctg.renewal = *renewal;
    auto& territory_periods = periods[ctg.territory_code];
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

ImportReport import_ctgs(store::Database& database, std::string_view csv_text) {
  CtgFile file = read_ctg_file(database, csv_text);
  ImportReport report;
  report.errors = std::move(file.errors);
  if (!report.errors.empty()) return report;
  store::CtgRepository ctgs(database);
  store::in_transaction(database, [&] {
    for (const auto& ctg : file.ctgs) {
      if (ctgs.upsert(ctg).created) {
        ++report.created;
      } else {
        ++report.updated;
      }
    }
  });
  report.rows = static_cast<int>(file.ctgs.size());
  report.applied = true;
  return report;
}

}  // namespace maillage::app
