#include "core/funding_result.hpp"

#include "core/messages_fr.hpp"

namespace maillage::core {

std::vector<Finding> explained_findings(const PostResult& result) {
  std::vector<Finding> findings;
  findings.reserve(result.findings.size() + 1);
  if (const auto& funding = result.funding_explanation) {
    findings.push_back({funding->rule->id, Level::kInfo,
                        messages::funding_explained(funding->figures), funding->rule->source,
                        std::nullopt});
  }
  findings.insert(findings.end(), result.findings.begin(), result.findings.end());
  return findings;
}

}  // namespace maillage::core
