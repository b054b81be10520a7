#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/import_perimeter.hpp"
#include "app/import_report.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/structure.hpp"
#include "store/database.hpp"

namespace maillage::app {

// The columns of a structures file, in the documented order:
// reference;code_territoire;type;nom;date_fermeture.
const std::vector<std::string>& structure_columns();

// A structure type as typed: its code (eaje, centre_social…) or its French name ("Centre
// social", "Relais petite enfance (RPE)", "EAJE"…), case, spaces, hyphens and underscores aside.
std::optional<core::StructureKind> read_structure_kind(std::string_view text);

struct StructureFile {
  std::vector<core::Structure> structures;  // each with the stored id when its reference exists
  std::vector<ImportError> errors;
};

// Reads and checks a structures CSV sent by `author`, writing nothing. Every line needs a
// reference (the key a re-import updates by). Unless the author is the command line, each line's
// territory must be in their perimeter with the import permission, and a reference already used
// outside it is refused as taken, without saying where.
StructureFile read_structure_file(store::Database& database, std::string_view csv_text,
                                  const core::Actor& author);

// One structure typed in a form: the same checks and messages as a line of the file (field
// names are the file's column names), errors without a line number. The reference is optional.
struct StructureRecord {
  core::Structure structure;
  std::vector<ImportError> errors;
};
StructureRecord read_structure_record(const std::map<std::string, std::string>& fields,
                                      const TerritoryCheck& check_territory);

// What import_structures would do — rows, created, updated (a line identical to the stored
// structure counts in rows only) — or every error. Writes nothing.
ImportReport preview_structures(store::Database& database, std::string_view csv_text,
                                const core::Actor& author);

// All-or-nothing: every new or changed structure of the file is written with its audit record
// ("import", before and after) in one transaction, or none. A line's empty closing date keeps a
// closing date recorded in Maillage (reopen a structure through its form).
ImportReport import_structures(store::Database& database, std::string_view csv_text,
                               const core::Actor& author, Timestamp now);

}  // namespace maillage::app
