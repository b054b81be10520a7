#pragma once
#include <functional>
#include <memory>
#include <string>

#include "store/database.hpp"

// Which database the tests run on. The test command runs the suites twice: on SQLite, and on the
// throw-away PostgreSQL server it started (scripts/test-postgresql), whose URL is in the file that
// MAILLAGE_TEST_POSTGRESQL_URL_FILE names. Tests ask here for their databases and never name a back
// end.
namespace maillage::testing {

bool on_postgresql();

// A new, empty database for one test (not migrated): ":memory:" on SQLite, a new schema of the
// test server on PostgreSQL.
std::string fresh_database_target();
std::unique_ptr<store::Database> open_fresh_database();

// The SQLite file of a template built once per test process by `build`, in `folder`.
std::string sqlite_template(const std::string& name, const std::string& folder,
                            const std::function<void(store::Database&)>& build);

// A database holding a copy of a template built once per test run by `build` (on SQLite, a copy
// of a file in `folder`; on PostgreSQL, CREATE DATABASE … TEMPLATE). `name` identifies the
// template; `copy_name` must be unique in the run. Returns the target to open.
std::string copy_of_template(const std::string& name, const std::string& folder,
                             const std::function<void(store::Database&)>& build,
                             const std::string& copy_name);
// Removes a copy made by copy_of_template (files or database).
void drop_copy(const std::string& target);

}  // namespace maillage::testing
