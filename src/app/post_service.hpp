#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "app/record_save.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/post.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Fields as in a posts file ("identifiant", "etp_mission"…), values as typed.
using PostFields = std::map<std::string, std::string>;

// Creates a post: same checks as an import line, the territory must be in the actor's
// perimeter, the id free. Written with its audit record in one transaction.
SaveResult<core::Post> create_post(store::Database& database, const core::Actor& actor,
                                   const PostFields& fields, Timestamp now);

// Saves a post over `expected_version`; refused as stale if someone saved since. The id and
// territory may not change here (a post moves by closing it and creating another).
SaveResult<core::Post> update_post(store::Database& database, const core::Actor& actor,
                                   const std::string& id, const PostFields& fields,
                                   int expected_version, Timestamp now);

// Ends a post on `closed_on` (its last day), with the reason kept in the history.
SaveResult<core::Post> close_post(store::Database& database, const core::Actor& actor,
                                  const std::string& id, const std::string& closed_on_text,
                                  const std::string& reason, int expected_version, Timestamp now);

// The post as recorded in the history: its file fields, plus when it was closed.
nlohmann::json post_audit_json(const core::Post& post);

}  // namespace maillage::app
