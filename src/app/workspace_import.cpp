#include "app/workspace_import.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include <fmt/core.h>

#include "app/audit_trail.hpp"
#include "app/workspace_service.hpp"
#include "core/text.hpp"
#include "core/workspace_kind.hpp"
#include "core/workspace_validation.hpp"
#include "store/workspace_repository.hpp"

namespace maillage::app {

namespace {

using Effect = WorkspaceImportLine::Effect;

// Column index by field code; the header may name a field by code or by label.
std::map<std::string, std::size_t> read_header(const core::KindSpec& kind, const CsvTable& table,
                                               std::vector<ImportError>& errors) {
  std::map<std::string, std::size_t> columns;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const std::string name(core::trim(table.header[i]));
    std::string code;
    if (name == core::kVersionField) {
      code = name;
    } else {
      for (const auto& field : kind.fields) {
        if (field.code == name || field.label == name) code = std::string(field.code);
      }
    }
    if (code.empty()) {
      errors.push_back(
          {1, name,
           fmt::format("Colonne inconnue « {} » pour un fichier « {} ».", name, kind.plural)});
    } else if (!columns.emplace(code, i).second) {
      errors.push_back({1, name, fmt::format("La colonne « {} » apparaît deux fois.", name)});
    }
  }
  for (const auto& field : kind.fields) {
    if (!columns.contains(std::string(field.code))) {
      errors.push_back({1, std::string(field.code),
                        fmt::format("Colonne « {} » absente : le fichier doit avoir le format de "
                                    "l'export.",
                                    field.code)});
    }
  }
  return columns;
}

std::string cell(const CsvRow& row, const std::map<std::string, std::size_t>& columns,
                 const std::string& code) {
  const auto found = columns.find(code);
  if (found == columns.end() || found->second >= row.cells.size()) return "";
  return std::string(core::trim(row.cells[found->second]));
}

struct PlannedLine {
  int line = 0;
  core::WorkspaceRecord record;
  std::optional<core::WorkspaceRecord> current;
  Effect effect = Effect::kUnchanged;
};

}  // namespace

WorkspaceSheet workspace_sheet(const std::string& kind_code,
                               const std::vector<core::WorkspaceRecord>& records) {
  WorkspaceSheet sheet;
  const auto* kind = core::find_kind(kind_code);
  if (kind == nullptr) return sheet;
  for (const auto& field : kind->fields) {
    sheet.columns.emplace_back(field.code);
    sheet.titles.emplace_back(field.label);
  }
  sheet.columns.emplace_back(core::kVersionField);
  sheet.titles.emplace_back(core::kVersionField);
  for (const auto& record : records) {
    const auto fields = editable_fields(*kind, record);
    std::vector<std::string> row;
    for (const auto& field : kind->fields) row.push_back(fields.at(std::string(field.code)));
    row.push_back(std::to_string(record.version));
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

WorkspaceImport import_workspace_file(store::Database& database, const core::Actor& actor,
                                      const core::WorkspaceScope& scope,
                                      const std::string& kind_code, const CsvTable& table,
                                      bool apply, Timestamp now) {
  WorkspaceImport result;
  auto& errors = result.report.errors;
  const auto* kind = core::find_kind(kind_code);
  if (kind == nullptr || !kind->importable || !may_write(actor, *kind)) {
    errors.push_back({0, "", "Vous ne pouvez pas importer ce type de fiches dans cet espace."});
    return result;
  }
  const auto columns = read_header(*kind, table, errors);
  if (!errors.empty()) return result;
  result.report.rows = static_cast<int>(table.rows.size());

  store::in_transaction(database, [&] {
    store::WorkspaceRepository repository(database);
    auto index = reference_index(database, scope);
    std::set<std::string> in_file;
    // First pass: the file's own references, so that lines may name each other.
    for (const auto& row : table.rows) {
      const auto reference = cell(row, columns, std::string(core::kReferenceField));
      if (!reference.empty()) index.add(kind->code, reference);
    }
    std::vector<PlannedLine> planned;
    int generated = 0;
    for (const auto& row : table.rows) {
      core::WorkspaceRecord record;
      record.scope = scope;
      record.kind = kind_code;
      std::map<std::string, std::string> typed;
      for (const auto& field : kind->fields) {
        typed[std::string(field.code)] = cell(row, columns, std::string(field.code));
      }
      auto checked = core::check_record(*kind, typed, index);
      for (auto& error : checked.errors) {
        errors.push_back({row.line, error.field, std::move(error.message)});
      }
      record.values = std::move(checked.values);
      record.reference = checked.reference;
      if (!record.reference.empty() && !in_file.insert(record.reference).second) {
        errors.push_back(
            {row.line, std::string(core::kReferenceField),
             fmt::format("La référence « {} » figure sur plusieurs lignes.", record.reference)});
        continue;
      }
      PlannedLine line{row.line, std::move(record), std::nullopt, Effect::kCreate};
      if (!line.record.reference.empty()) {
        line.current = repository.find_by_reference(scope, kind_code, line.record.reference);
      }
      if (line.current) {
        const std::string version = cell(row, columns, std::string(core::kVersionField));
        int exported = 0;
        const auto [end, bad] =
            std::from_chars(version.data(), version.data() + version.size(), exported);
        if (!version.empty() && (bad != std::errc() || end != version.data() + version.size() ||
                                 exported != line.current->version)) {
          errors.push_back({row.line, std::string(core::kVersionField),
                            fmt::format("La fiche « {} » a été modifiée depuis cet export "
                                        "(version {} dans le fichier, {} enregistrée) : "
                                        "exportez-la de nouveau.",
                                        line.record.reference, version, line.current->version)});
          continue;
        }
        line.effect =
            line.current->values == line.record.values ? Effect::kUnchanged : Effect::kUpdate;
      } else if (line.record.reference.empty()) {
        line.record.reference = next_reference(database, scope, *kind, generated++);
        while (in_file.contains(line.record.reference)) {
          line.record.reference = next_reference(database, scope, *kind, generated++);
        }
      }
      planned.push_back(std::move(line));
    }
    for (const auto& line : planned) {
      result.lines.push_back({line.line, line.record.reference, line.effect});
      if (line.effect == Effect::kCreate) ++result.report.created;
      if (line.effect == Effect::kUpdate) ++result.report.updated;
    }
    if (!errors.empty() || !apply) return;  // nothing written; the guard rolls back nothing
    const std::string at = iso_timestamp(now);
    for (auto& line : planned) {
      line.record.updated_at = at;
      line.record.updated_by = actor.display_name;
      if (line.effect == Effect::kCreate) {
        line.record.id = repository.insert(line.record);
        record_audit(database, actor,
                     {"fiche", std::to_string(line.record.id), "create", 1, std::nullopt,
                      record_audit_json(*kind, line.record),
                      fmt::format("Import — {} {}", kind->label, line.record.reference)},
                     now);
      } else if (line.effect == Effect::kUpdate) {
        line.record.id = line.current->id;
        if (!repository.update_if_version(line.record, line.current->version)) {
          throw std::runtime_error("fiche modifiée pendant l'import");
        }
        line.record.version = line.current->version + 1;
        record_audit(
            database, actor,
            {"fiche", std::to_string(line.record.id), "update", line.record.version,
             record_audit_json(*kind, *line.current), record_audit_json(*kind, line.record),
             fmt::format("Import — {} {}", kind->label, line.record.reference)},
            now);
      }
    }
    result.report.applied = true;
  });
  return result;
}

}  // namespace maillage::app
