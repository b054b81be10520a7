#include <fmt/core.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "app/boundaries.hpp"
#include "app/demo.hpp"
#include "app/demo_accounts.hpp"
#include "app/server_config.hpp"
#include "app/timestamp.hpp"
#include "app/workspace_alert_service.hpp"
#include "cli/command_context.hpp"
#include "store/connection_pool.hpp"
#include "store/migrations.hpp"
#include "store/territory_repository.hpp"
#include "store/user_repository.hpp"
#include "web/http_server.hpp"
#include "web/web_application.hpp"

namespace maillage::cli {

namespace {

struct ServeOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string config_file;
  int threads = 0;
};

std::filesystem::path folder_from_env(const char* variable, const char* fallback) {
  const char* value = std::getenv(variable);
  return value && *value ? std::filesystem::path(value) : std::filesystem::path(fallback);
}

app::ServerConfig read_config(const ServeOptions& options) {
  std::string file = options.config_file;
  if (file.empty()) {
    const char* from_env = std::getenv("MAILLAGE_CONFIG");
    if (from_env && *from_env) file = from_env;
  }
  if (file.empty()) return {};
  if (!std::filesystem::is_regular_file(file)) {
    throw CommandFailure{fmt::format("Fichier de configuration introuvable : {}", file), 2};
  }
  try {
    return app::load_server_config(file);
  } catch (const std::runtime_error& error) {
    throw CommandFailure{error.what(), 2};
  }
}

// A fresh database gets the demo portfolio and its accounts, so that a first run shows something.
void prepare_database(CommandContext& context, const std::vector<core::Doctrine>& doctrines) {
  auto database = context.open_database();
  const bool empty = store::TerritoryRepository(*database).count(core::TerritoryKind::kEpci) == 0;
  if (empty) {
    fmt::print("Base vide : chargement de la démonstration (Gard, Charente, Tarn, Allier)…\n");
    const auto result = app::load_demo(*database, doctrines, context.paths);
    if (!result.ctgs.errors.empty() || !result.posts.errors.empty()) {
      throw CommandFailure{"La démonstration n'a pas pu être chargée.", 3};
    }
  }
  if (!store::UserRepository(*database).any()) {
    app::create_demo_accounts(*database, app::now_utc());
    fmt::print("Comptes de démonstration (mot de passe : {}) :\n",
               app::demo_accounts().front().password);
    for (const auto& account : app::demo_accounts()) {
      fmt::print("  {:<16} {}\n", account.login, account.description);
    }
  }
}

void serve(CommandContext& context, const ServeOptions& options) {
  // Block the stop signals before any thread starts, so that only sigwait below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  app::ServerConfig config = read_config(options);
  if (options.threads > 0) config.threads = options.threads;
  const auto doctrines = context.doctrines();
  // A broken alert rules file stops the start, as a broken doctrine does, rather than a page.
  app::shipped_alert_rules();
  prepare_database(context, doctrines);

  const auto templates_folder =
      folder_from_env("MAILLAGE_TEMPLATES_DIR", MAILLAGE_DEFAULT_TEMPLATES_DIR);
  const auto assets_folder = folder_from_env("MAILLAGE_ASSETS_DIR", MAILLAGE_DEFAULT_ASSETS_DIR);
  if (!std::filesystem::is_regular_file(assets_folder / "vendor/bootstrap/bootstrap.min.css")) {
    throw CommandFailure{
        fmt::format("Ressources web absentes de {} : reconstruisez (scripts/build).",
                    assets_folder.string()),
        3};
  }
  // Territory outlines for the maps; without them the pages say that outlines are missing.
  app::Boundaries boundaries;
  try {
    boundaries = app::load_boundaries(app::boundary_folder(context.paths));
  } catch (const app::BoundaryError& error) {
    throw CommandFailure{error.what(), 3};
  }
  if (boundaries.size() == 0) {
    spdlog::warn("Aucun contour dans {} : les cartes ne seront pas dessinées.",
                 app::boundary_folder(context.paths).string());
  }
  store::ConnectionPool pool(context.db_path, static_cast<std::size_t>(config.threads));
  web::WebApplication application(config, pool, doctrines, web::TemplateSet::load(templates_folder),
                                  assets_folder, boundaries.size() > 0 ? &boundaries : nullptr);
  web::HttpServer server(application, {.bind = options.bind,
                                       .port = options.port,
                                       .threads = config.threads,
                                       .max_queued = config.max_queued,
                                       .behind_https = config.behind_https});
  try {
    server.start();
  } catch (const std::runtime_error& error) {
    throw CommandFailure{error.what(), 3};
  }
  fmt::print("Maillage est disponible sur http://{}:{}/ (Ctrl+C pour arrêter)\n", options.bind,
             server.port());
  std::fflush(stdout);
  int received = 0;
  sigwait(&stop_signals, &received);
  spdlog::info("Signal {} reçu : arrêt du serveur.", received);
  server.stop();
  fmt::print("Serveur arrêté.\n");
}

}  // namespace

void add_serve_command(CLI::App& app, CommandContext& context) {
  auto* command = app.add_subcommand("serve", "Démarre l'application web");
  add_db_option(*command, context);
  auto options = std::make_shared<ServeOptions>();
  command->add_option("--bind", options->bind, "Adresse d'écoute (défaut : 127.0.0.1)");
  command->add_option("--port", options->port, "Port d'écoute (défaut : 8080 ; 0 : un port libre)")
      ->check(CLI::Range(0, 65535));
  command->add_option("--config", options->config_file,
                      "Fichier maillage.toml : nom, logo et couleurs de la Caf (défaut : "
                      "$MAILLAGE_CONFIG)");
  command->add_option("--threads", options->threads, "Nombre de fils de traitement (défaut : 32)")
      ->check(CLI::Range(2, 512));
  command->callback([&context, options] { serve(context, *options); });
}

}  // namespace maillage::cli
