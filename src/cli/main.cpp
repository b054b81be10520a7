#include <fmt/core.h>
#include <soci/soci.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/funding_service.hpp"
#include "cli/command_context.hpp"
#include "cli/french_help.hpp"

int main(int argc, char** argv) {
  using namespace maillage::cli;
  CLI::App app{
      "Maillage — CTG et postes de chargé de coopération : financement Caf et "
      "conformité, règle par règle.",
      "maillage"};
  use_french_help(app);
  app.require_subcommand(1);
  CommandContext context;
  add_init_command(app, context);
  add_territories_command(app, context);
  add_conventions_command(app, context);
  add_posts_command(app, context);
  add_funding_command(app, context);
  add_explain_command(app, context);
  add_indicators_command(app, context);
  add_simulate_command(app, context);
  add_structures_command(app, context);
  add_users_command(app, context);
  add_db_command(app, context);
  add_alerts_command(app, context);
#ifdef MAILLAGE_WITH_WEB
  add_serve_command(app, context);
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    std::cerr << french_parse_error(error) << "\n";
    return 2;
  } catch (const CommandFailure& failure) {
    if (!failure.message.empty()) std::cerr << failure.message << "\n";
    return failure.code;
  } catch (const maillage::app::RequestError& error) {
    std::cerr << error.what() << "\n";
    return 1;
  } catch (const soci::soci_error& error) {
    std::cerr << "Erreur de base de données : " << error.what() << "\n";
    return 3;
  } catch (const std::exception& error) {
    std::cerr << "Erreur : " << error.what() << "\n";
    return 3;
  }
  return 0;
}
