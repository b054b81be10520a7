#pragma once
#include <string>
#include <variant>
#include <vector>

#include "app/portfolio_facts.hpp"
#include "app/portfolio_snapshot.hpp"
#include "core/caf.hpp"
#include "core/doctrine.hpp"
#include "core/doctrine_changes.hpp"
#include "core/portfolio.hpp"
#include "core/simulation.hpp"

namespace maillage::app {

// A Caf's portfolio on one date under its doctrine and under a changed copy of it.
struct Simulation {
  core::Caf caf;
  core::Date date;
  core::Doctrine doctrine;          // in force, as stored
  core::ChangedDoctrine simulated;  // the copy with the changes, and the changes as applied
  core::SimulationComparison comparison;
};

using SimulationOrErrors = std::variant<Simulation, std::vector<core::ChangeError>>;

// The doctrine the Caf of `departement` applies. Throws RequestError (French) when the
// département has no Caf or its doctrine is missing.
const core::Doctrine& caf_doctrine(const PortfolioFacts& facts,
                                   const std::vector<core::Doctrine>& doctrines,
                                   const std::string& departement);

// Evaluates the Caf's open posts on `date` under its doctrine and under the changed copy (the
// engine is a pure function: nothing is written). Changes that do not fit the doctrine, or name
// unknown territories in a list of codes, come back as errors. Throws RequestError for an
// unknown Caf.
SimulationOrErrors simulate(const PortfolioFacts& facts, const core::PortfolioIndex& index,
                            const std::vector<core::Doctrine>& doctrines,
                            const std::string& departement, core::Date date,
                            const core::DoctrineChanges& changes);

// The same on a cached snapshot, on its date (reuses its evaluation under the doctrine in force).
SimulationOrErrors simulate(const PortfolioSnapshot& snapshot,
                            const std::vector<core::Doctrine>& doctrines,
                            const std::string& departement, const core::DoctrineChanges& changes);

}  // namespace maillage::app
