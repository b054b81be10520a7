// `maillage users add|list|disable|enable|token`: accounts for the web server.
#include <fmt/core.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "app/account_service.hpp"
#include "app/api_token_service.hpp"
#include "cli/command_context.hpp"
#include "cli/text_table.hpp"

namespace maillage::cli {

namespace {

struct AddArguments {
  std::string login;
  std::string role;
  std::string caf;
  std::vector<std::string> territories;
  std::string name;
  std::string email;
};

// From MAILLAGE_PASSWORD, else one line of standard input (so it stays out of the shell's
// history and of `ps`).
std::string read_password() {
  if (const char* from_env = std::getenv("MAILLAGE_PASSWORD"); from_env && *from_env) {
    return from_env;
  }
  if (isatty(fileno(stdin)) != 0) fmt::print(stderr, "Mot de passe (12 caractères au moins) : ");
  std::string line;
  if (!std::getline(std::cin, line) || line.empty()) {
    throw CommandFailure{
        "Mot de passe manquant : donnez-le dans la variable MAILLAGE_PASSWORD ou sur l'entrée "
        "standard (une ligne).",
        2};
  }
  if (line.back() == '\r') line.pop_back();
  return line;
}

core::Role parse_role_option(const std::string& code) {
  if (const auto role = core::parse_role(code)) return *role;
  throw CommandFailure{fmt::format("Rôle inconnu « {} » : admin_caf, agent_caf, employeur, "
                                   "charge_cooperation ou elu.",
                                   code),
                       2};
}

void add_user(const CommandContext& context, const AddArguments& arguments) {
  const core::Role role = parse_role_option(arguments.role);
  const std::string password = read_password();
  auto database = context.open_database();
  app::create_user(*database,
                   {arguments.login, arguments.name, arguments.email, role, arguments.caf,
                    arguments.territories, password},
                   app::now_utc());
  fmt::print("Compte « {} » créé ({}, Caf {}).\n", arguments.login, app::role_label(role),
             arguments.caf);
}

void list_users(const CommandContext& context) {
  auto database = context.open_database();
  const auto users = app::list_users(*database);
  if (users.empty()) {
    fmt::print(
        "Aucun compte. Créez-en un : maillage users add IDENTIFIANT --role admin_caf "
        "--caf 30 --name \"Prénom Nom\"\n");
    return;
  }
  TextTable table;
  for (const char* title : {"identifiant", "nom", "rôle", "Caf", "territoires", "état"}) {
    table.add_column(title, TextTable::Align::kLeft);
  }
  for (const auto& user : users) {
    const auto role = core::parse_role(user.role);
    std::string territories;
    for (const auto& code : user.territory_codes) {
      territories += (territories.empty() ? "" : ", ") + code;
    }
    if (territories.empty()) territories = "tout le département";
    table.add_row({user.login, user.display_name,
                   role ? std::string(app::role_label(*role)) : user.role, user.caf_departement,
                   territories, user.disabled ? "désactivé" : "actif"});
  }
  table.print(std::cout);
}

void set_disabled(const CommandContext& context, const std::string& login, bool disabled) {
  auto database = context.open_database();
  app::set_user_disabled(*database, login, disabled, app::now_utc());
  if (disabled) {
    fmt::print(
        "Compte « {} » désactivé : il ne peut plus se connecter, ses sessions sont "
        "fermées.\n",
        login);
  } else {
    fmt::print("Compte « {} » réactivé.\n", login);
  }
}

void create_token(const CommandContext& context, const std::string& login,
                  const std::string& label) {
  auto database = context.open_database();
  const auto user = app::find_user(*database, login);
  if (!user) throw app::RequestError(fmt::format("Compte « {} » introuvable.", login));
  const std::string token = app::create_api_token(*database, user->id, label, app::now_utc());
  // The token alone on standard output, so that a script can capture it.
  fmt::print(stderr,
             "Jeton d'accès à l'API pour « {} » (« {} ») : copiez-le maintenant, il ne sera "
             "plus affiché.\n",
             user->login, label);
  fmt::print("{}\n", token);
}

void add_add_command(CLI::App& users, CommandContext& context) {
  auto* command = users.add_subcommand(
      "add",
      "Crée un compte ; le mot de passe (12 caractères au moins) est lu dans MAILLAGE_PASSWORD "
      "ou sur l'entrée standard");
  add_db_option(*command, context);
  auto arguments = std::make_shared<AddArguments>();
  command
      ->add_option("IDENTIFIANT", arguments->login,
                   "Identifiant de connexion : 3 à 64 caractères a-z 0-9 . _ -")
      ->required();
  command
      ->add_option("--role", arguments->role,
                   "admin_caf, agent_caf, employeur, charge_cooperation ou elu")
      ->required();
  command->add_option("--caf", arguments->caf, "Département de la Caf (ex. 30)")->required();
  command
      ->add_option("--territory", arguments->territories,
                   "Code d'un territoire du compte (EPCI ou commune) ; à répéter, ou séparés par "
                   "des virgules ; aucun pour admin_caf")
      ->allow_extra_args(false)
      ->delimiter(',');
  command->add_option("--name", arguments->name, "Nom affiché (ex. « Camille Martin »)")
      ->required();
  command->add_option("--email", arguments->email, "Adresse électronique");
  command->callback([&context, arguments] { add_user(context, *arguments); });
}

void add_state_command(CLI::App& users, CommandContext& context, const std::string& name,
                       const std::string& description, bool disabled) {
  auto* command = users.add_subcommand(name, description);
  add_db_option(*command, context);
  auto login = std::make_shared<std::string>();
  command->add_option("IDENTIFIANT", *login, "Identifiant du compte")->required();
  command->callback([&context, login, disabled] { set_disabled(context, *login, disabled); });
}

void add_token_command(CLI::App& users, CommandContext& context) {
  auto* command = users.add_subcommand(
      "token", "Crée un jeton d'accès à l'API pour un compte et l'affiche (une seule fois)");
  add_db_option(*command, context);
  auto login = std::make_shared<std::string>();
  auto label = std::make_shared<std::string>();
  command->add_option("IDENTIFIANT", *login, "Identifiant du compte")->required();
  command->add_option("--label", *label, "Libellé du jeton (ex. « tableau de bord »)")->required();
  command->callback([&context, login, label] { create_token(context, *login, *label); });
}

}  // namespace

void add_users_command(CLI::App& app, CommandContext& context) {
  auto* users = app.add_subcommand("users", "Comptes des utilisateurs du serveur web");
  users->require_subcommand(1);
  add_add_command(*users, context);
  auto* list = users->add_subcommand("list", "Liste les comptes");
  add_db_option(*list, context);
  list->callback([&context] { list_users(context); });
  add_state_command(*users, context, "disable",
                    "Désactive un compte : il ne peut plus se connecter, ses sessions sont fermées",
                    true);
  add_state_command(*users, context, "enable", "Réactive un compte désactivé", false);
  add_token_command(*users, context);
}

}  // namespace maillage::cli
