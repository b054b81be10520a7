#include "app/simulation_service.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "app/funding_service.hpp"
#include "app/request_error.hpp"
#include "core/simulation_messages_fr.hpp"

namespace maillage::app {

namespace {

const core::Caf& caf_of(const PortfolioFacts& facts, const std::string& departement) {
  const auto it = std::find_if(facts.cafs.begin(), facts.cafs.end(), [&](const core::Caf& caf) {
    return caf.departement == departement;
  });
  if (it == facts.cafs.end()) {
    throw RequestError(fmt::format(
        "Aucune Caf pour le département « {} » : importez ses territoires (maillage territories "
        "import --departements {}).",
        departement, departement));
  }
  return *it;
}

// Codes of a list that name no known territory: a typo would otherwise change nothing, silently.
std::vector<core::ChangeError> unknown_codes(const core::Doctrine& doctrine,
                                             const core::PortfolioIndex& index,
                                             const core::DoctrineChanges& changes) {
  std::vector<core::ChangeError> errors;
  for (const auto& change : changes.parameters) {
    const auto* codes = std::get_if<core::CodeList>(&change.value);
    const core::Parameter* parameter = doctrine.parameter(change.parameter_id);
    if (codes == nullptr || parameter == nullptr) continue;
    for (const auto& code : *codes) {
      if (index.territory(code) == nullptr) {
        errors.push_back(
            {parameter->id, core::change_messages::unknown_territory(*parameter, code)});
      }
    }
  }
  return errors;
}

core::PortfolioResult evaluate(const PortfolioFacts& facts, const core::PortfolioIndex& index,
                               const std::vector<core::Doctrine>& doctrines,
                               const std::string& departement, core::Date date) {
  FundingReport report = evaluate_funding(facts, index, doctrines, date, departement);
  return std::move(report.cafs.front().result);  // one Caf asked, and it exists
}

SimulationOrErrors run(const PortfolioFacts& facts, const core::PortfolioIndex& index,
                       const std::vector<core::Doctrine>& doctrines, const std::string& departement,
                       core::Date date, const core::DoctrineChanges& changes,
                       const core::PortfolioResult* in_force_result) {
  const core::Caf& caf = caf_of(facts, departement);
  const core::Doctrine& doctrine = caf_doctrine(facts, doctrines, departement);
  auto changed = core::apply_changes(doctrine, changes, date);
  auto errors = unknown_codes(doctrine, index, changes);
  if (auto* refused = std::get_if<std::vector<core::ChangeError>>(&changed)) {
    errors.insert(errors.begin(), refused->begin(), refused->end());
  }
  if (!errors.empty()) return errors;
  auto& simulated = std::get<core::ChangedDoctrine>(changed);
  const core::PortfolioResult in_force =
      in_force_result ? *in_force_result : evaluate(facts, index, doctrines, departement, date);
  const std::vector<core::Doctrine> simulated_doctrines{simulated.doctrine};
  const core::PortfolioResult after =
      evaluate(facts, index, simulated_doctrines, departement, date);
  Simulation simulation{caf, date, doctrine, std::move(simulated),
                        core::compare_results(index, in_force, after)};
  return simulation;
}

}  // namespace

const core::Doctrine& caf_doctrine(const PortfolioFacts& facts,
                                   const std::vector<core::Doctrine>& doctrines,
                                   const std::string& departement) {
  const core::Caf& caf = caf_of(facts, departement);
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

SimulationOrErrors simulate(const PortfolioFacts& facts, const core::PortfolioIndex& index,
                            const std::vector<core::Doctrine>& doctrines,
                            const std::string& departement, core::Date date,
                            const core::DoctrineChanges& changes) {
  return run(facts, index, doctrines, departement, date, changes, nullptr);
}

SimulationOrErrors simulate(const PortfolioSnapshot& snapshot,
                            const std::vector<core::Doctrine>& doctrines,
                            const std::string& departement, const core::DoctrineChanges& changes) {
  const CafFunding* in_force = snapshot.caf_funding(departement);
  return run(snapshot.facts(), snapshot.index(), doctrines, departement, snapshot.date(), changes,
             in_force ? &in_force->result : nullptr);
}

}  // namespace maillage::app
