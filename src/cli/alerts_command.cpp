#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/account_service.hpp"
#include "app/workspace_alert_service.hpp"
#include "cli/command_context.hpp"
#include "store/user_repository.hpp"

namespace maillage::cli {

// `maillage alerts`: the to-do digest of the CTG workspaces, as a user sees it on their home
// page — the text a scheduled job would e-mail (notifications are for later).
void add_alerts_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand(
      "alerts",
      "Récapitulatif des alertes des espaces CTG (COPIL, comptes rendus, diagnostics, actions, "
      "indicateurs) tel qu'un compte le voit");
  add_db_option(*command, context);
  struct Options {
    std::string login;
    std::string date;
  };
  auto options = std::make_shared<Options>();
  command->add_option("--compte", options->login, "Identifiant du compte (ex. charge.nimes)")
      ->required();
  command->add_option("--date", options->date,
                      "Date du récapitulatif (31/01/2026 ou 2026-01-31 ; défaut : aujourd'hui)");
  command->callback([&context, options] {
    const core::Date date = options->date.empty() ? today() : parse_date_option(options->date);
    auto database = context.open_database();
    const auto user = store::UserRepository(*database).find_by_login(options->login);
    const auto actor = user ? app::actor_for_user(*database, user->id) : std::nullopt;
    if (!actor) {
      throw CommandFailure{fmt::format("Aucun compte actif « {} ».", options->login), 2};
    }
    std::cout << app::alert_digest(
        app::alerts_for(*database, *actor, app::shipped_alert_rules(), date), date);
  });
}

}  // namespace maillage::cli
