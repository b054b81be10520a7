#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "app/record_save.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/convention.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Fields as in a conventions file ("code_territoire", "date_debut", "date_fin",
// "renouvellement" oui/non) plus "signataires" and "thematiques" (one per line), values as typed.
using CtgFields = std::map<std::string, std::string>;

// Creates a CTG: same checks as an import line, the territory must be in the actor's perimeter,
// its period must not overlap another CTG of the territory. Written with its audit record in one
// transaction.
SaveResult<core::Ctg> create_ctg(store::Database& database, const core::Actor& actor,
                                 const CtgFields& fields, Timestamp now);

// Saves a CTG over `expected_version`; refused as stale if someone saved since. The territory
// cannot change (a CTG with another territory is another CTG).
SaveResult<core::Ctg> update_ctg(store::Database& database, const core::Actor& actor,
                                 std::int64_t id, const CtgFields& fields, int expected_version,
                                 Timestamp now);

// Ends a CTG early on `closed_on` (its last day, between its start and its end), with the reason
// kept in the history. The rest of its period is then free for another CTG.
SaveResult<core::Ctg> close_ctg(store::Database& database, const core::Actor& actor,
                                std::int64_t id, const std::string& closed_on_text,
                                const std::string& reason, int expected_version, Timestamp now);

// The CTG as form fields (also what the history records).
CtgFields ctg_fields(const core::Ctg& ctg);

// The CTG as recorded in the history: its fields, plus when it was closed.
nlohmann::json ctg_audit_json(const core::Ctg& ctg);

}  // namespace maillage::app
