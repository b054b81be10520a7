// Writes the national-size portfolio of the benchmarks (all of France's territories, one CTG per
// EPCI, 6 000 posts) into a SQLite file, with an administrator of the Caf du Nord, and prints an
// API token for it. Used by bench/web_load.sh.
#include <fmt/core.h>

#include <filesystem>
#include <iostream>

#include "app/account_service.hpp"
#include "app/api_token_service.hpp"
#include "app/settings.hpp"
#include "app/territory_import.hpp"
#include "app/timestamp.hpp"
#include "national_portfolio.hpp"
#include "store/ctg_repository.hpp"
#include "store/migrations.hpp"
#include "store/post_repository.hpp"

int main(int argc, char** argv) {
  using namespace maillage;
  if (argc != 2) {
    std::cerr << "usage : maillage_bench_database FICHIER.db\n";
    return 2;
  }
  const std::filesystem::path path = argv[1];
  std::filesystem::remove(path);
  const auto& portfolio = bench::national_portfolio(6000);
  auto database = store::Database::open(path.string());
  store::migrate(*database);
  const std::filesystem::path source = MAILLAGE_SOURCE_DIR;
  app::import_territories(
      *database, portfolio.doctrines,
      {source / "node_modules" / "@etalab" / "decoupage-administratif" / "data", {}, {}});
  store::in_transaction(*database, [&] {
    store::CtgRepository ctgs(*database);
    for (const auto& ctg : portfolio.ctgs) ctgs.upsert(ctg);
    store::PostRepository posts(*database);
    for (const auto& post : portfolio.posts) posts.upsert(post);
  });
  const auto now = app::now_utc();
  const auto user_id = app::create_user(*database,
                                        {"bench.nord",
                                         "Banc d'essai — Caf du Nord",
                                         "",
                                         core::Role::kAdminCaf,
                                         "59",
                                         {},
                                         "banc-d-essai-maillage"},
                                        now);
  std::cout << app::create_api_token(*database, user_id, "banc d'essai", now) << "\n";
  return 0;
}
