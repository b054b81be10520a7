#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "app/record_save.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/structure.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Fields as in a structures file ("reference", "code_territoire", "type", "nom",
// "date_fermeture"), values as typed.
using StructureFields = std::map<std::string, std::string>;

// Creates a structure: same checks as an import line (the reference is optional here, but
// unique), the territory must be in the actor's perimeter. Written with its audit record in one
// transaction, which also makes the cached portfolio reload.
SaveResult<core::Structure> create_structure(store::Database& database, const core::Actor& actor,
                                             const StructureFields& fields, Timestamp now);

// Saves a structure over `expected_version`; refused as stale if someone saved since. Its
// territory does not change here (re-import it, or close it and create another). An empty
// closing date reopens it.
SaveResult<core::Structure> update_structure(store::Database& database, const core::Actor& actor,
                                             std::int64_t id, const StructureFields& fields,
                                             int expected_version, Timestamp now);

// Closes a structure on `closed_on_text` (its last open day).
SaveResult<core::Structure> close_structure(store::Database& database, const core::Actor& actor,
                                            std::int64_t id, const std::string& closed_on_text,
                                            int expected_version, Timestamp now);

// The structure as form fields (also the cells of its line in a structures file).
StructureFields structure_fields(const core::Structure& structure);

// The structure as recorded in the history.
nlohmann::json structure_audit_json(const core::Structure& structure);

}  // namespace maillage::app
