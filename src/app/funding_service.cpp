#include "app/funding_service.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "core/funding_engine.hpp"
#include "core/network_attendance.hpp"
#include "core/portfolio.hpp"
#include "store/post_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

const core::Doctrine& doctrine_of(const std::vector<core::Doctrine>& doctrines,
                                  const core::Caf& caf) {
  const auto it =
      std::find_if(doctrines.begin(), doctrines.end(),
                   [&](const core::Doctrine& doctrine) { return doctrine.id == caf.doctrine_id; });
  if (it == doctrines.end()) {
    throw RequestError(
        fmt::format("La {} applique la doctrine « {} », introuvable dans data/doctrines.", caf.name,
                    caf.doctrine_id));
  }
  return *it;
}

}  // namespace

FundingReport compute_funding(store::Database& database,
                              const std::vector<core::Doctrine>& doctrines, core::Date date,
                              const std::optional<std::string>& caf_departement) {
  const PortfolioFacts facts = load_facts(database);
  const core::PortfolioIndex index(facts.territories, facts.ctgs);
  return evaluate_funding(facts, index, doctrines, date, caf_departement);
}

std::optional<bool> recorded_network_attendance(const PortfolioFacts& facts,
                                                const std::string& departement,
                                                const core::Post& post, core::Date date) {
  const auto meetings = facts.network_meetings.find(departement);
  if (meetings == facts.network_meetings.end()) return std::nullopt;
  return core::attended_network(meetings->second, post.id, date, post.hiring_date);
}

FundingReport evaluate_funding(const PortfolioFacts& facts, const core::PortfolioIndex& index,
                               const std::vector<core::Doctrine>& doctrines, core::Date date,
                               const std::optional<std::string>& caf_departement) {
  if (caf_departement &&
      std::none_of(facts.cafs.begin(), facts.cafs.end(),
                   [&](const core::Caf& caf) { return caf.departement == *caf_departement; })) {
    throw RequestError(fmt::format(
        "Aucune Caf pour le département « {} » : importez ses territoires (maillage territories "
        "import --departements {}).",
        *caf_departement, *caf_departement));
  }
  std::map<std::string, std::vector<core::Post>> posts_by_departement;
  for (const auto& post : facts.posts) {
    if (!post.open_on(date)) continue;  // a closed post is no longer funded
    const core::Territory* territory = index.territory(post.territory_code);
    const std::string departement = territory ? territory->departement : "";
    core::Post evaluated = post;
    // The Caf's recorded network meetings, when they say something, decide the network condition.
    if (const auto attended = recorded_network_attendance(facts, departement, post, date)) {
      evaluated.takes_part_in_network = *attended;
    }
    posts_by_departement[departement].push_back(std::move(evaluated));
  }
  FundingReport report;
  report.date = date;
  for (const auto& caf : facts.cafs) {
    if (caf_departement && caf.departement != *caf_departement) continue;
    const auto it = posts_by_departement.find(caf.departement);
    if (it == posts_by_departement.end() && !caf_departement) continue;
    const core::Doctrine& doctrine = doctrine_of(doctrines, caf);
    const core::FundingEngine engine(doctrine);
    static const std::vector<core::Post> kNoPosts;
    CafFunding funding{caf, &doctrine,
                       engine.evaluate_portfolio(
                           index, it == posts_by_departement.end() ? kNoPosts : it->second, date)};
    report.totals.funding += funding.result.totals.funding;
    report.totals.fte_funded += funding.result.totals.fte_funded;
    report.totals.posts += funding.result.totals.posts;
    for (const auto& post : funding.result.posts) {
      if (const core::Territory* territory = index.territory(post.territory_code)) {
        report.territory_names[territory->code] = territory->name;
      }
    }
    report.cafs.push_back(std::move(funding));
  }
  return report;
}

PostExplanation explain_post(store::Database& database,
                             const std::vector<core::Doctrine>& doctrines,
                             const std::string& post_id, core::Date date) {
  const auto post = store::PostRepository(database).find(post_id);
  if (!post) throw RequestError(fmt::format("Le poste « {} » n'existe pas.", post_id));
  const auto territory = store::TerritoryRepository(database).find(post->territory_code);
  if (!territory) {
    throw RequestError(
        fmt::format("Le territoire {} du poste {} est inconnu.", post->territory_code, post_id));
  }
  FundingReport report = compute_funding(database, doctrines, date, territory->departement);
  for (auto& caf_funding : report.cafs) {
    for (auto& result : caf_funding.result.posts) {
      if (result.post_id != post_id) continue;
      PostExplanation explanation{
          date, *post, *territory, caf_funding.caf, caf_funding.doctrine, std::move(result), {}};
      for (const auto& ctg : caf_funding.result.ctgs) {
        if (explanation.result.ctg_id && ctg.ctg_id == *explanation.result.ctg_id) {
          explanation.ctg_findings = ctg.findings;
        }
      }
      return explanation;
    }
  }
  throw RequestError(fmt::format("Le poste « {} » n'a pas pu être évalué.", post_id));
}

}  // namespace maillage::app
