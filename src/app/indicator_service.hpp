#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/portfolio_snapshot.hpp"
#include "core/caf.hpp"
#include "core/indicators.hpp"
#include "store/database.hpp"

namespace maillage::app {

// A Caf's regulation indicators on the snapshot's date. Holds no pointer into the snapshot.
struct CafIndicators {
  core::Caf caf;  // for all of France: departement "" and name "France entière"
  core::DepartementIndicators indicators;
};

// Indicators of the Caf of `departement` (empty: every EPCI of France, every Caf's posts) on the
// snapshot's date. Throws RequestError (French) when no Caf has this département.
CafIndicators compute_caf_indicators(const PortfolioSnapshot& snapshot,
                                     const std::string& departement);

// Computes each (snapshot, département) once: the dashboard, its downloads and the PDF note read
// the same result. A snapshot is immutable and rebuilt when the data generation moves, so an entry
// stays valid as long as its snapshot lives; entries of dropped snapshots are forgotten.
class IndicatorCache {
 public:
  std::shared_ptr<const CafIndicators> get(const std::shared_ptr<const PortfolioSnapshot>& snapshot,
                                           const std::string& departement);

 private:
  struct Entry {
    std::weak_ptr<const PortfolioSnapshot> snapshot;  // identity: its control block
    std::string departement;
    std::shared_ptr<const CafIndicators> indicators;
  };
  std::mutex mutex_;
  std::vector<Entry> entries_;
};

// The cache the web server's handlers share (one per process).
IndicatorCache& shared_indicator_cache();

// A Caf agent assigned to a territory: the person the territory calls.
struct CafContact {
  std::string name;
  std::string email;
};

// The active agent_caf users of the Caf of `departement`, by the EPCI they are assigned to (a
// commune assignment counts for its EPCI).
std::map<std::string, std::vector<CafContact>> caf_contacts(store::Database& database,
                                                            const PortfolioSnapshot& snapshot,
                                                            const std::string& departement);

}  // namespace maillage::app
