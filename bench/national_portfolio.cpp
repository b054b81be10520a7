#include "national_portfolio.hpp"

#include <map>

#include "app/settings.hpp"
#include "app/territory_import.hpp"
#include "store/doctrine_files.hpp"
#include "store/migrations.hpp"
#include "store/territory_repository.hpp"

namespace maillage::bench {

namespace {

NationalPortfolio build(int post_count) {
  NationalPortfolio portfolio;
  const std::filesystem::path source = MAILLAGE_SOURCE_DIR;
  portfolio.doctrines = store::load_doctrines(source / "data" / "doctrines");
  auto database = store::Database::open(":memory:");
  store::migrate(*database);
  app::TerritoryImportOptions options{
      source / "node_modules" / "@etalab" / "decoupage-administratif" / "data", {}, {}};
  app::import_territories(*database, portfolio.doctrines, options);
  portfolio.territories = store::TerritoryRepository(*database).list_all();

  std::vector<const core::Territory*> epcis;
  for (const auto& territory : portfolio.territories) {
    if (territory.kind == core::TerritoryKind::kEpci) epcis.push_back(&territory);
  }
  std::int64_t id = 1;
  for (const auto* epci : epcis) {
    // Half the CTGs renewed on 1/1/2026 (phase 2 applies), half signed in 2023.
    const bool renewed = id % 2 == 0;
    core::Ctg ctg;
    ctg.id = id++;
    ctg.territory_code = epci->code;
    ctg.start = *core::Date::from_ymd(renewed ? 2026 : 2023, 1, 1);
    ctg.end = *core::Date::from_ymd(renewed ? 2029 : 2027, 12, 31);
    ctg.renewal = renewed;
    portfolio.ctgs.push_back(std::move(ctg));
  }
  const core::PostFunction functions[] = {
      core::PostFunction::kCooperation, core::PostFunction::kCooperation,
      core::PostFunction::kDirection, core::PostFunction::kResponsableEquipement,
      core::PostFunction::kAssistantAdministratif};
  for (int i = 0; i < post_count; ++i) {
    core::Post post;
    post.id = "P" + std::to_string(i);
    post.territory_code = epcis[static_cast<std::size_t>(i) % epcis.size()]->code;
    post.holder_fte = core::Fte::from_hundredths(i % 7 == 0 ? 80 : 100);
    post.mission_fte = core::Fte::from_hundredths(20 + (i * 13) % 61);
    post.annual_cost = core::Money::from_euros(36000 + (i * 97) % 20000);
    post.function = functions[i % 5];
    post.status = i % 9 == 0 ? core::PostStatus::kCreation : core::PostStatus::kExistant;
    post.qualification_level = 4 + i % 4;
    if (i % 50 == 0) post.vacant_since = core::Date::from_ymd(2026, 9, 1 + i % 28);
    post.takes_part_in_network = i % 11 != 0;
    post.annual_report_sent = i % 13 != 0;
    portfolio.posts.push_back(std::move(post));
  }
  return portfolio;
}

}  // namespace

const NationalPortfolio& national_portfolio(int post_count) {
  static std::map<int, NationalPortfolio> cache;
  auto it = cache.find(post_count);
  if (it == cache.end()) it = cache.emplace(post_count, build(post_count)).first;
  return it->second;
}

}  // namespace maillage::bench
