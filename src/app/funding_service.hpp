#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/portfolio_facts.hpp"
#include "app/request_error.hpp"
#include "core/caf.hpp"
#include "core/doctrine.hpp"
#include "core/funding_result.hpp"
#include "core/portfolio.hpp"
#include "core/post.hpp"
#include "core/territory.hpp"
#include "store/database.hpp"

namespace maillage::app {

// A Caf's portfolio evaluated under its own doctrine on one date.
struct CafFunding {
  core::Caf caf;
  const core::Doctrine* doctrine = nullptr;
  core::PortfolioResult result;
};

struct FundingReport {
  core::Date date;
  std::vector<CafFunding> cafs;
  std::map<std::string, std::string> territory_names;  // code -> name, for the posts shown
  core::PortfolioTotals totals;
};

// Evaluates every post (or those of one Caf) on `date`, each Caf under its doctrine.
FundingReport compute_funding(store::Database& database,
                              const std::vector<core::Doctrine>& doctrines, core::Date date,
                              const std::optional<std::string>& caf_departement);

// Whether the Caf's network meetings show the post present (see core::attended_network) on
// `date`; none when they say nothing and the flag declared on the post stands.
std::optional<bool> recorded_network_attendance(const PortfolioFacts& facts,
                                                const std::string& departement,
                                                const core::Post& post, core::Date date);

// The same on facts already loaded (the web server keeps them in memory between changes).
FundingReport evaluate_funding(const PortfolioFacts& facts, const core::PortfolioIndex& index,
                               const std::vector<core::Doctrine>& doctrines, core::Date date,
                               const std::optional<std::string>& caf_departement);

struct PostExplanation {
  core::Date date;
  core::Post post;
  core::Territory territory;
  core::Caf caf;
  const core::Doctrine* doctrine = nullptr;
  core::PostResult result;
  std::vector<core::Finding> ctg_findings;
};

// One post's funding, verdict and every finding, with its CTG's findings.
PostExplanation explain_post(store::Database& database,
                             const std::vector<core::Doctrine>& doctrines,
                             const std::string& post_id, core::Date date);

}  // namespace maillage::app
