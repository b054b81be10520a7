#include "cli/french_help.hpp"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

namespace maillage::cli {

void use_french_help(CLI::App& app) {
  auto formatter = app.get_formatter();
  formatter->label("Usage", "Utilisation");
  formatter->label("OPTIONS", "OPTIONS");
  formatter->label("SUBCOMMAND", "COMMANDE");
  formatter->label("SUBCOMMANDS", "COMMANDES");
  formatter->label("Positionals", "Arguments");
  formatter->label("REQUIRED", "OBLIGATOIRE");
  formatter->label("TEXT", "TEXTE");
  formatter->label("Options", "Options");
  formatter->label("Subcommands", "Commandes");
  app.set_help_flag("-h,--help", "Affiche cette aide");
  app.footer("Aide d'une commande : maillage COMMANDE --help");
  // Subcommands inherit the parent's help flag and formatter when they are created after this.
  app.option_defaults()->always_capture_default(false);
}

std::string french_parse_error(const CLI::ParseError& error) {
  const std::string detail = error.what();
  std::string reason;
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    reason = "une option ou un argument obligatoire manque";
  } else if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    reason = "argument inattendu";
  } else if (dynamic_cast<const CLI::ValidationError*>(&error) ||
             dynamic_cast<const CLI::ConversionError*>(&error)) {
    reason = "valeur invalide";
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    reason = "nombre d'arguments incorrect";
  } else {
    reason = "commande incorrecte";
  }
  return fmt::format("Erreur : {} ({}).\nVoir : maillage --help", reason, detail);
}

}  // namespace maillage::cli
