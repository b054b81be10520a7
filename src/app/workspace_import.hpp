#pragma once
#include <string>
#include <vector>

#include "app/csv_table.hpp"
#include "app/import_report.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/workspace_record.hpp"
#include "store/database.hpp"

namespace maillage::app {

// One line of a workspace file and what importing it does.
struct WorkspaceImportLine {
  int line = 0;
  std::string reference;
  enum class Effect { kCreate, kUpdate, kUnchanged } effect = Effect::kUnchanged;
};

struct WorkspaceImport {
  ImportReport report;  // applied, counts, every error by line and column
  std::vector<WorkspaceImportLine> lines;
};

// Imports a file of one kind in the format its export writes (columns named by field code or
// label, in any order, every field present; "version" optional): a line whose reference exists
// updates that record — refused if the record changed since the exported version —, a new or
// empty reference creates one. Lines may refer to each other. Every line is checked first;
// with any error nothing is written; `apply` false only previews. One transaction, one audit
// record per changed record; unchanged lines are left alone.
WorkspaceImport import_workspace_file(store::Database& database, const core::Actor& actor,
                                      const core::WorkspaceScope& scope, const std::string& kind,
                                      const CsvTable& table, bool apply, Timestamp now);

// The kind's records as the rows of that file: field codes then "version", values as editable
// text (what re-imports unchanged).
struct WorkspaceSheet {
  std::vector<std::string> columns;  // codes
  std::vector<std::string> titles;   // French labels, same order
  std::vector<std::vector<std::string>> rows;
};
WorkspaceSheet workspace_sheet(const std::string& kind,
                               const std::vector<core::WorkspaceRecord>& records);

}  // namespace maillage::app
