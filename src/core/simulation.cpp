#include "core/simulation.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace maillage::core {

namespace {

bool same_finding(const Finding& left, const Finding& right) {
  return left.rule_id == right.rule_id && left.level == right.level &&
         left.message == right.message && left.deadline == right.deadline;
}

// The findings of `from` that `other` does not have.
std::vector<Finding> missing_from(const std::vector<Finding>& from,
                                  const std::vector<Finding>& other) {
  std::vector<Finding> missing;
  for (const auto& finding : from) {
    const bool kept = std::any_of(other.begin(), other.end(), [&](const Finding& candidate) {
      return same_finding(finding, candidate);
    });
    if (!kept) missing.push_back(finding);
  }
  return missing;
}

// The territory a post counts for: its commune's EPCI, else its own.
std::string group_of(const PortfolioIndex& index, const std::string& code) {
  const Territory* territory = index.territory(code);
  return territory && territory->epci_code ? *territory->epci_code : code;
}

std::string name_of(const PortfolioIndex& index, const std::string& code) {
  const Territory* territory = index.territory(code);
  return territory ? territory->name : code;
}

void count(VerdictCounts& counts, Verdict verdict) {
  switch (verdict) {
    case Verdict::kEligible:
      ++counts.eligible;
      break;
    case Verdict::kAMettreEnConformite:
      ++counts.to_fix;
      break;
    case Verdict::kExclu:
      ++counts.excluded;
      break;
  }
}

TerritoryComparison& territory_entry(std::map<std::string, TerritoryComparison>& territories,
                                     const PortfolioIndex& index, const std::string& code) {
  auto [it, inserted] = territories.try_emplace(code);
  if (inserted) {
    it->second.code = code;
    it->second.name = name_of(index, code);
  }
  return it->second;
}

std::optional<PostChange> post_change(const PortfolioIndex& index, const PostResult& before,
                                      const PostResult& after) {
  PostChange change;
  change.findings_removed = missing_from(before.findings, after.findings);
  change.findings_added = missing_from(after.findings, before.findings);
  if (before.verdict == after.verdict && before.funding == after.funding &&
      before.deadline == after.deadline && change.findings_removed.empty() &&
      change.findings_added.empty()) {
    return std::nullopt;
  }
  change.post_id = before.post_id;
  change.territory_code = before.territory_code;
  change.territory_name = name_of(index, before.territory_code);
  change.epci_code = group_of(index, before.territory_code);
  change.verdict_before = before.verdict;
  change.verdict_after = after.verdict;
  change.funding_before = before.funding;
  change.funding_after = after.funding;
  change.deadline_before = before.deadline;
  change.deadline_after = after.deadline;
  return change;
}

void compare_ctgs(const PortfolioIndex& index, const PortfolioResult& in_force,
                  const PortfolioResult& simulated, SimulationComparison& comparison) {
  static const std::vector<Finding> kNone;
  std::map<std::int64_t, std::pair<const CtgResult*, const CtgResult*>> ctgs;
  for (const auto& ctg : in_force.ctgs) ctgs[ctg.ctg_id].first = &ctg;
  for (const auto& ctg : simulated.ctgs) ctgs[ctg.ctg_id].second = &ctg;
  for (const auto& [id, pair] : ctgs) {
    const auto& before = pair.first ? pair.first->findings : kNone;
    const auto& after = pair.second ? pair.second->findings : kNone;
    CtgChange change{id, pair.first ? pair.first->territory_code : pair.second->territory_code, "",
                     missing_from(before, after), missing_from(after, before)};
    if (change.findings_removed.empty() && change.findings_added.empty()) continue;
    change.territory_name = name_of(index, change.territory_code);
    comparison.changed_ctgs.push_back(std::move(change));
  }
}

}  // namespace

int SimulationComparison::verdict_changes() const {
  return static_cast<int>(
      std::count_if(changed_posts.begin(), changed_posts.end(),
                    [](const PostChange& post) { return post.verdict_changed(); }));
}

SimulationComparison compare_results(const PortfolioIndex& index, const PortfolioResult& in_force,
                                     const PortfolioResult& simulated) {
  SimulationComparison comparison;
  comparison.date = simulated.date;
  comparison.budget.before = in_force.totals;
  comparison.budget.after = simulated.totals;
  comparison.notes = simulated.notes;

  std::map<std::string, TerritoryComparison> territories;
  std::unordered_map<std::string_view, const PostResult*> simulated_posts;
  for (const auto& post : simulated.posts) {
    simulated_posts.emplace(post.post_id, &post);
    count(comparison.budget.verdicts_after, post.verdict);
    auto& territory = territory_entry(territories, index, group_of(index, post.territory_code));
    territory.funding_after += post.funding;
    territory.fte_after += post.funded_fte;
  }
  for (const auto& post : in_force.posts) {
    count(comparison.budget.verdicts_before, post.verdict);
    auto& territory = territory_entry(territories, index, group_of(index, post.territory_code));
    territory.funding_before += post.funding;
    territory.fte_before += post.funded_fte;
    ++territory.posts;
    const auto found = simulated_posts.find(post.post_id);
    if (found == simulated_posts.end()) continue;  // same facts: cannot happen
    if (auto change = post_change(index, post, *found->second)) {
      comparison.changed_posts.push_back(std::move(*change));
    }
  }
  for (auto& [code, territory] : territories)
    comparison.territories.push_back(std::move(territory));
  std::sort(comparison.territories.begin(), comparison.territories.end(),
            [](const TerritoryComparison& left, const TerritoryComparison& right) {
              return std::tie(left.name, left.code) < std::tie(right.name, right.code);
            });
  compare_ctgs(index, in_force, simulated, comparison);
  return comparison;
}

}  // namespace maillage::core
