#include <fmt/core.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

#include "app/boundary_areas.hpp"
#include "app/territory_import.hpp"
#include "cli/command_context.hpp"
#include "core/text.hpp"

namespace maillage::cli {

namespace {

std::vector<std::string> split_codes(const std::string& list) {
  std::vector<std::string> codes;
  std::string current;
  for (const char c : list + ",") {
    if (c == ',' || c == ' ' || c == ';') {
      if (!current.empty()) codes.push_back(current);
      current.clear();
    } else {
      current.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  return codes;
}

// On a terminal the progress line rewrites itself; in a log each step is a line.
std::function<void(std::string_view, long, long)> progress_printer(bool terminal) {
  return [terminal](std::string_view step, long done, long total) {
    fmt::print(stderr, "{}{} : {} / {}{}", terminal ? "\r\033[K" : "", step,
               core::group_thousands(std::to_string(done)),
               core::group_thousands(std::to_string(total)), terminal ? "" : "\n");
  };
}

// What the user typed after `territories import`.
struct ImportArguments {
  std::string departements;
  std::string source;
};

void import_territories(const CommandContext& context, const ImportArguments& arguments) {
  auto database = context.open_database();
  app::TerritoryImportOptions options;
  options.source_dir = arguments.source.empty() ? context.paths.territory_source
                                                : std::filesystem::path(arguments.source);
  options.departements = split_codes(arguments.departements);
  const bool terminal = isatty(fileno(stderr)) != 0;
  options.progress = progress_printer(terminal);
  const auto started = std::chrono::steady_clock::now();
  const auto result = app::import_territories(*database, context.doctrines(), options);
  if (terminal) fmt::print(stderr, "\n");
  if (!result.errors.empty()) {
    std::string message = "Import des territoires refusé, rien n'a été enregistré :";
    for (const auto& error : result.errors) message += "\n  - " + error;
    throw CommandFailure{message};
  }
  const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  fmt::print("{} communes et {} EPCI importés en {:.1f} s ; {} Caf ajoutée{}.\n",
             core::group_thousands(std::to_string(result.communes)),
             core::group_thousands(std::to_string(result.epcis)), elapsed.count(),
             result.cafs_added, result.cafs_added > 1 ? "s" : "");
}

// `territories areas`: (re)computes every area from data/geo and says which EPCIs have no outline.
void compute_areas(const CommandContext& context, const std::string& geo_folder) {
  const auto folder =
      geo_folder.empty() ? app::boundary_folder(context.paths) : std::filesystem::path(geo_folder);
  app::Boundaries boundaries;
  try {
    boundaries = app::load_boundaries(folder);
  } catch (const app::BoundaryError& error) {
    throw CommandFailure{error.what(), 2};
  }
  if (boundaries.size() == 0) {
    throw CommandFailure{
        fmt::format("Aucun fichier de contours (*.geojson) dans {}.", folder.string()), 2};
  }
  auto database = context.open_database();
  const auto report = app::fill_areas_from_boundaries(*database, boundaries);
  fmt::print("{} contours lus ; {} territoires avec contour, {} superficie{} écrite{}.\n",
             boundaries.size(), report.computed, report.written, report.written > 1 ? "s" : "",
             report.written > 1 ? "s" : "");
  if (!report.kept_entered.empty()) {
    fmt::print("Superficie saisie par la Caf, conservée ({}) :\n", report.kept_entered.size());
    for (const auto& territory : report.kept_entered) {
      fmt::print("  {} {}\n", territory.code, territory.name);
    }
  }
  if (report.without_boundary.empty()) {
    fmt::print("Tous les EPCI de la base ont un contour.\n");
    return;
  }
  fmt::print("EPCI sans contour, superficie à saisir ({}) :\n", report.without_boundary.size());
  for (const auto& territory : report.without_boundary) {
    fmt::print("  {} {} (département {})\n", territory.code, territory.name, territory.departement);
  }
}

}  // namespace

void add_territories_command(CLI::App& app, CommandContext& context) {
  auto* territories = app.add_subcommand("territories", "Territoires (communes et EPCI)");
  territories->require_subcommand(1);
  auto* import_command = territories->add_subcommand(
      "import",
      "Importe communes et EPCI avec leur population depuis @etalab/decoupage-administratif");
  add_db_option(*import_command, context);
  auto options_given = std::make_shared<ImportArguments>();
  import_command->add_option(
      "--departements", options_given->departements,
      "Départements à importer, séparés par des virgules (ex. 30,16,81,03) ; "
      "par défaut toute la France");
  import_command->add_option("--source", options_given->source,
                             "Dossier data/ du paquet npm @etalab/decoupage-administratif");
  import_command->callback(
      [&context, options_given] { import_territories(context, *options_given); });

  auto* areas_command = territories->add_subcommand(
      "areas", "Calcule la superficie des territoires depuis les contours (data/geo)");
  add_db_option(*areas_command, context);
  auto geo_folder = std::make_shared<std::string>();
  areas_command->add_option("--geo", *geo_folder,
                            "Dossier des fichiers de contours GeoJSON (défaut : data/geo)");
  areas_command->callback([&context, geo_folder] { compute_areas(context, *geo_folder); });
}

}  // namespace maillage::cli
