// Every record kind of the workspace and every alert rule cites the seed document it comes from;
// the quote is shown to users, so it must really be there (as for the doctrines, see
// doctrine_files_test.cpp).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "core/source.hpp"
#include "core/workspace_kind.hpp"
#include "store/alert_rules_file.hpp"
#include "support/seed_citation.hpp"

namespace maillage {
namespace {

const std::filesystem::path kSource = MAILLAGE_SOURCE_DIR;

using testing::expect_cited;

TEST(WorkspaceSources, EveryKindQuotesItsSeed) {
  for (const auto& kind : core::workspace_kinds()) {
    expect_cited("type de fiche " + std::string(kind.code), kind.source);
  }
}

TEST(WorkspaceSources, EveryAlertRuleQuotesItsSeed) {
  const auto rules = store::load_alert_rules(kSource / "data" / "alerts" / "alertes.toml");
  ASSERT_FALSE(rules.empty());
  for (const auto& rule : rules) expect_cited("règle " + rule.id, rule.source);
}

}  // namespace
}  // namespace maillage
