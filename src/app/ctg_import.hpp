#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/import_perimeter.hpp"
#include "app/import_report.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/convention.hpp"
#include "store/database.hpp"

namespace maillage::app {

const std::vector<std::string>& ctg_columns();

struct CtgFile {
  std::vector<core::Ctg> ctgs;
  std::vector<ImportError> errors;
};

// Reads and checks a conventions CSV sent by `author` against the CTGs already stored (a closed
// CTG occupies its period up to its closing day only), writing nothing. Unless the author is the
// command line, each line's territory must be in their perimeter with the import permission.
CtgFile read_ctg_file(store::Database& database, std::string_view csv_text,
                      const core::Actor& author);

// One CTG typed in a form: the same checks and messages as a line of the file (field names are
// the file's column names), errors without a line number. Says nothing of overlaps: those depend
// on what is stored.
struct CtgRecord {
  core::Ctg ctg;
  std::vector<ImportError> errors;
};
CtgRecord read_ctg_record(const std::map<std::string, std::string>& fields,
                          const TerritoryCheck& check_territory);

// What import_ctgs would do — rows, created, updated — or every error. Writes nothing.
ImportReport preview_ctgs(store::Database& database, std::string_view csv_text,
                          const core::Actor& author);

// All-or-nothing: every CTG of the file is written with its audit record ("import", before and
// after) in one transaction, or none.
ImportReport import_ctgs(store::Database& database, std::string_view csv_text,
                         const core::Actor& author, Timestamp now);

}  // namespace maillage::app
