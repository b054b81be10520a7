#include "app/structure_import.hpp"

#include <array>
#include <stdexcept>

#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "app/row_reader.hpp"
#include "app/structure_messages_fr.hpp"
#include "app/structure_service.hpp"
#include "core/text.hpp"
#include "store/structure_repository.hpp"

namespace maillage::app {

namespace msg = import_messages;
namespace smsg = structure_messages;

const std::vector<std::string>& structure_columns() {
  static const std::vector<std::string> kColumns{"reference", "code_territoire", "type", "nom",
                                                 "date_fermeture"};
  return kColumns;
}

namespace {

constexpr std::size_t kMaxReference = 60;
constexpr std::size_t kMaxName = 200;

// Lower case (É too), hyphens, underscores and curly apostrophes read as their plain twin,
// spaces collapsed: "Centre-Social" and "centre_social" read alike.
std::string folded(std::string_view text) {
  std::string lower = core::to_lower_ascii(core::trim(text));
  std::string out;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 2, "\xC3\x89") == 0) {  // É
      out += "\xC3\xA9";
      ++i;
    } else if (lower.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      out += '\'';
      i += 2;
    } else if (lower[i] == '-' || lower[i] == '_' || lower[i] == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += lower[i];
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool same_content(const core::Structure& a, const core::Structure& b) {
  return a.territory_code == b.territory_code && a.kind == b.kind && a.name == b.name &&
         a.reference == b.reference && a.closed_on == b.closed_on;
}

// Reads one line; the structure is complete only when no error was added.
core::Structure read_structure(RowReader& reader, const CsvRow& row,
                               const TerritoryCheck& check_territory, bool reference_required) {
  core::Structure structure;
  const std::string reference = reader.text(row, "reference", reference_required);
  if (!reference.empty()) {
    structure.reference = reference;
    if (const auto length = core::display_width(reference); length > kMaxReference) {
      reader.error(row, "reference", smsg::too_long(length, kMaxReference));
    }
  }
  structure.territory_code = reader.text(row, "code_territoire");
  if (!structure.territory_code.empty()) {
    if (auto refusal = check_territory(structure.territory_code)) {
      reader.error(row, "code_territoire", std::move(*refusal));
    }
  }
  const std::string type = reader.text(row, "type");
  if (!type.empty()) {
    if (const auto kind = read_structure_kind(type)) {
      structure.kind = *kind;
    } else {
      reader.error(row, "type", smsg::bad_kind(type));
    }
  }
  structure.name = reader.text(row, "nom");
  if (const auto length = core::display_width(structure.name); length > kMaxName) {
    reader.error(row, "nom", smsg::too_long(length, kMaxName));
  }
  structure.closed_on = reader.date(row, "date_fermeture", false);
  return structure;
}

// A line as it will be stored, and the stored structure it replaces, if any.
struct Change {
  core::Structure structure;
  std::optional<core::Structure> before;
  bool unchanged() const { return before && same_content(*before, structure); }
};

std::vector<Change> plan(store::Database& database, const StructureFile& file) {
  store::StructureRepository stored(database);
  std::vector<Change> changes;
  for (const auto& structure : file.structures) {
    Change change{structure, std::nullopt};
    if (structure.id != 0) {
      change.before = stored.find(structure.id);
      if (!change.structure.closed_on) change.structure.closed_on = change.before->closed_on;
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace

std::optional<core::StructureKind> read_structure_kind(std::string_view text) {
  static const std::array<std::pair<const char*, core::StructureKind>, 10> kOtherNames{{
      {"relais petite enfance", core::StructureKind::kRpe},
      {"établissement d'accueil du jeune enfant", core::StructureKind::kEaje},
      {"etablissement d'accueil du jeune enfant", core::StructureKind::kEaje},
      {"accueil de loisirs sans hébergement", core::StructureKind::kAlsh},
      {"accueil de loisirs sans hebergement", core::StructureKind::kAlsh},
      {"accueil de loisirs", core::StructureKind::kAlsh},
      {"espace de vie sociale", core::StructureKind::kEvs},
      {"centre social", core::StructureKind::kCentreSocial},
      {"autre", core::StructureKind::kAutre},
      {"etablissement d'accueil du jeune enfant (eaje)", core::StructureKind::kEaje},
  }};
  const std::string wanted = folded(text);
  if (wanted.empty()) return std::nullopt;
  for (const auto kind : {core::StructureKind::kEaje, core::StructureKind::kRpe,
                          core::StructureKind::kAlsh, core::StructureKind::kCentreSocial,
                          core::StructureKind::kEvs, core::StructureKind::kAutre}) {
    if (wanted == folded(core::code_of(kind)) || wanted == folded(core::label_of(kind))) {
      return kind;
    }
  }
  for (const auto& [name, kind] : kOtherNames) {
    if (wanted == folded(name)) return kind;
  }
  return std::nullopt;
}

StructureFile read_structure_file(store::Database& database, std::string_view csv_text,
                                  const core::Actor& author) {
  StructureFile file;
  auto parsed = parse_csv(csv_text);
  if (parsed.error) {
    file.errors.push_back({parsed.error->line, "", parsed.error->message});
    return file;
  }
  const CsvTable& table = *parsed.table;
  RowReader reader(table, file.errors);
  if (!reader.check_header(structure_columns())) return file;
  if (table.rows.empty()) file.errors.push_back({0, "", msg::no_rows()});

  const TerritoryCheck check_territory =
      import_territory_check(database, author, core::Permission::kImportStructures);
  store::StructureRepository stored(database);
  std::map<std::string, int> first_line_of;
  for (const auto& row : table.rows) {
    if (!reader.check_width(row)) continue;
    const std::size_t errors_before = file.errors.size();
    core::Structure structure = read_structure(reader, row, check_territory, true);
    if (structure.reference) {
      const std::string& reference = *structure.reference;
      const auto [it, first_time] = first_line_of.emplace(reference, row.line);
      if (!first_time) {
        reader.error(row, "reference", smsg::duplicate_reference(reference, it->second));
      } else if (const auto existing = stored.find_by_reference(reference)) {
        if (!is_command_line(author) && check_territory(existing->territory_code)) {
          reader.error(row, "reference", smsg::reference_taken(reference));
        } else {
          structure.id = existing->id;
        }
      }
    }
    if (file.errors.size() == errors_before) file.structures.push_back(std::move(structure));
  }
  if (!file.errors.empty()) file.structures.clear();
  return file;
}

StructureRecord read_structure_record(const std::map<std::string, std::string>& fields,
                                      const TerritoryCheck& check_territory) {
  CsvTable table;
  table.header = structure_columns();
  CsvRow row{1, {}};
  for (const auto& column : structure_columns()) {
    const auto it = fields.find(column);
    row.cells.emplace_back(it == fields.end() ? std::string_view{} : core::trim(it->second));
  }
  table.rows.push_back(row);
  StructureRecord record;
  RowReader reader(table, record.errors);
  record.structure = read_structure(reader, table.rows.front(), check_territory, false);
  for (auto& error : record.errors) error.line = 0;  // a form has no lines
  return record;
}

ImportReport preview_structures(store::Database& database, std::string_view csv_text,
                                const core::Actor& author) {
  StructureFile file = read_structure_file(database, csv_text, author);
  ImportReport report;
  report.errors = std::move(file.errors);
  if (!report.errors.empty()) return report;
  for (const auto& change : plan(database, file)) {
    if (!change.before) {
      ++report.created;
    } else if (!change.unchanged()) {
      ++report.updated;
    }
  }
  report.rows = static_cast<int>(file.structures.size());
  return report;
}

ImportReport import_structures(store::Database& database, std::string_view csv_text,
                               const core::Actor& author, Timestamp now) {
  ImportReport report;
  store::StructureRepository structures(database);
  // Checked inside the transaction, so that what was checked is what gets written.
  store::in_transaction(database, [&] {
    StructureFile file = read_structure_file(database, csv_text, author);
    report.errors = std::move(file.errors);
    if (!report.errors.empty()) return;
    for (auto& change : plan(database, file)) {
      if (change.unchanged()) continue;
      core::Structure& structure = change.structure;
      if (change.before) {
        if (!structures.update_if_version(structure, change.before->version)) {
          throw std::runtime_error("structure modifiée pendant l'import : " + *structure.reference);
        }
        structure.version = change.before->version + 1;
        ++report.updated;
      } else {
        structure.id = structures.insert(structure);
        structure.version = 1;
        ++report.created;
      }
      record_audit(
          database, author,
          {"structure", std::to_string(structure.id), "import", structure.version,
           change.before ? std::optional(structure_audit_json(*change.before)) : std::nullopt,
           structure_audit_json(structure),
           change.before ? "Mise à jour de la structure par import"
                         : "Création de la structure par import"},
          now);
    }
    report.rows = static_cast<int>(file.structures.size());
    report.applied = true;
  });
  return report;
}

}  // namespace maillage::app
