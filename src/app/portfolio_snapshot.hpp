#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/funding_service.hpp"
#include "app/portfolio_facts.hpp"
#include "core/doctrine.hpp"
#include "core/portfolio.hpp"
#include "store/database.hpp"

namespace maillage::app {

// The stored facts and every Caf's funding on one date, with lookups. Immutable once built, so
// request threads share it without locks.
class PortfolioSnapshot {
 public:
  PortfolioSnapshot(PortfolioFacts facts, const std::vector<core::Doctrine>& doctrines,
                    core::Date date, std::int64_t generation);
  PortfolioSnapshot(const PortfolioSnapshot&) = delete;
  PortfolioSnapshot& operator=(const PortfolioSnapshot&) = delete;

  std::int64_t generation() const { return generation_; }
  core::Date date() const { return date_; }
  const PortfolioFacts& facts() const { return facts_; }
  const core::PortfolioIndex& index() const { return index_; }
  const FundingReport& report() const { return report_; }

  const core::Territory* territory(const std::string& code) const;
  const core::Post* post(const std::string& id) const;
  const core::PostResult* result_of(const std::string& post_id) const;  // null for a closed post
  const core::Ctg* ctg(std::int64_t id) const;
  const core::CtgResult* ctg_result(std::int64_t id) const;
  const core::Caf* caf(const std::string& departement) const;
  const CafFunding* caf_funding(const std::string& departement) const;
  // Posts whose territory is `code` or, for an EPCI, one of its communes.
  std::vector<const core::Post*> posts_of(const core::Territory& territory) const;

 private:
  std::int64_t generation_;
  core::Date date_;
  PortfolioFacts facts_;
  core::PortfolioIndex index_;
  FundingReport report_;
  std::unordered_map<std::string, const core::Post*> posts_by_id_;
  std::unordered_map<std::string, const core::PostResult*> results_by_post_;
  std::unordered_map<std::int64_t, const core::Ctg*> ctgs_by_id_;
  std::unordered_map<std::int64_t, const core::CtgResult*> ctg_results_;
  std::unordered_map<std::string, std::vector<const core::Post*>> posts_by_epci_;
};

// Keeps the latest snapshots (one per date asked) and rebuilds one when the data generation
// stored in the database has moved, which every write does — in this process or another.
class PortfolioCache {
 public:
  explicit PortfolioCache(const std::vector<core::Doctrine>& doctrines) : doctrines_(doctrines) {}
  std::shared_ptr<const PortfolioSnapshot> get(store::Database& database, core::Date date);
  const std::vector<core::Doctrine>& doctrines() const { return doctrines_; }

 private:
  const std::vector<core::Doctrine>& doctrines_;
  std::mutex mutex_;
  std::map<core::Date, std::shared_ptr<const PortfolioSnapshot>> by_date_;
  std::mutex build_mutex_;  // one rebuild at a time: the others wait and reuse it
};

}  // namespace maillage::app
