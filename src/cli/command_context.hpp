#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/settings.hpp"
#include "core/date.hpp"
#include "core/doctrine.hpp"
#include "store/database.hpp"

namespace CLI {
class App;
}

namespace maillage::cli {

// Options every command shares, and what they open.
struct CommandContext {
  std::string db_path = "maillage.db";
  app::Paths paths = app::default_paths();

  // Opens the database and brings its schema up to date.
  std::unique_ptr<store::Database> open_database() const;
  std::vector<core::Doctrine> doctrines() const;
};

// Adds `--db PATH` (default: $MAILLAGE_DB or maillage.db) to a command.
void add_db_option(CLI::App& command, CommandContext& context);

// Today's date, read from the system clock: only adapters may read it.
core::Date today();
// Parses a --date value or fails with a French message.
core::Date parse_date_option(const std::string& text);

// Thrown by commands for a failure the user can act on; main prints it and exits with `code`.
struct CommandFailure {
  std::string message;
  int code = 1;
};

void add_init_command(CLI::App& app, CommandContext& context);
void add_territories_command(CLI::App& app, CommandContext& context);
void add_conventions_command(CLI::App& app, CommandContext& context);
void add_posts_command(CLI::App& app, CommandContext& context);
void add_funding_command(CLI::App& app, CommandContext& context);
void add_explain_command(CLI::App& app, CommandContext& context);
void add_indicators_command(CLI::App& app, CommandContext& context);
void add_simulate_command(CLI::App& app, CommandContext& context);
void add_structures_command(CLI::App& app, CommandContext& context);
void add_users_command(CLI::App& app, CommandContext& context);
void add_db_command(CLI::App& app, CommandContext& context);
void add_alerts_command(CLI::App& app, CommandContext& context);
void add_serve_command(CLI::App& app, CommandContext& context);

}  // namespace maillage::cli
