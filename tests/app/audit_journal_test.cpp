#include "app/audit_journal.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/audit_trail.hpp"

namespace maillage::app {
namespace {

TEST(AuditJournal, ReadsFurtherBackUntilThePageIsFull) {
  auto database = testing::gard_database();
  core::Actor actor;
  actor.user_id = 1;
  actor.login = "admin.gard";
  store::in_transaction(*database, [&] {
    // 600 changes, one in six of them visible: the 50 newest visible lie far back.
    for (int i = 0; i < 600; ++i) {
      record_audit(*database, actor,
                   {"post", (i % 6 == 0 ? "MINE-" : "OTHER-") + std::to_string(i), "update", 2,
                    std::nullopt, nlohmann::json::object(), ""},
                   testing::at("2026-11-23T08:00:00Z"));
    }
  });
  const auto visible = [](const store::AuditRecord& record) {
    return record.entity_id.rfind("MINE-", 0) == 0;
  };
  const auto page = recent_changes(*database, visible, 50);
  ASSERT_EQ(page.size(), 50u);
  EXPECT_EQ(page.front().entity_id, "MINE-594");
  EXPECT_EQ(page.back().entity_id, "MINE-300");
  EXPECT_EQ(recent_changes(*database, visible, 500).size(), 100u) << "all there is";
}

}  // namespace
}  // namespace maillage::app
