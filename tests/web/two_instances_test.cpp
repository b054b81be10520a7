// Several Maillage instances over one database, as behind a reverse proxy: a session opened on
// one is valid on the other, a change made on one is seen by the other at once, and a save based
// on an old version is refused wherever it comes from. Runs on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include "support/test_backend.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

class TwoInstances : public ::testing::Test {
 protected:
  void TearDown() override {
    first_.reset();
    second_.reset();
    drop_copy(target_);
  }
  std::string target_ = demo_database_copy();
  std::unique_ptr<TestServer> first_ = std::make_unique<TestServer>(target_, app::ServerConfig{});
  std::unique_ptr<TestServer> second_ = std::make_unique<TestServer>(target_, app::ServerConfig{});
};

TEST_F(TwoInstances, ShareSessionsChangesAndVersions) {
  Browser on_first(first_->port());
  ASSERT_TRUE(on_first.sign_in("agent.gard"));

  // The same cookies on the other instance: still signed in, same CSRF token.
  Browser on_second(second_->port());
  on_second.cookies() = on_first.cookies();
  const auto home = on_second.get("/");
  ASSERT_EQ(home.status, 200);
  EXPECT_NE(home.body.find(on_first.csrf_token()), std::string::npos);

  // Created on the first, seen on the second (its cached portfolio reloads).
  ASSERT_EQ(on_first.post("/postes", post_form_fields("GARD-DEUX-1", "45 000")).status, 303);
  EXPECT_NE(on_second.get("/portefeuille?territoire=243000643").body.find("GARD-DEUX-1"),
            std::string::npos);

  // Saved on the second at version 1, then a save from a page opened at version 1 on the first.
  auto update = post_form_fields("GARD-DEUX-1", "46 000");
  update.emplace_back("version", "1");
  ASSERT_EQ(on_second.post("/postes/GARD-DEUX-1", update).status, 303);
  auto stale = post_form_fields("GARD-DEUX-1", "47 000");
  stale.emplace_back("version", "1");
  const auto refused = on_first.post("/postes/GARD-DEUX-1", stale);
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(on_first.get("/postes/GARD-DEUX-1").body.find("46\u00a0000"), std::string::npos);

  // Signing out on one ends the session on both.
  ASSERT_EQ(on_second.post("/deconnexion", {}).status, 303);
  EXPECT_EQ(on_first.get("/portefeuille").status, 303);
}

TEST_F(TwoInstances, FailedSignInsCountAcrossInstances) {
  // The throttle lives in the database: five failures spread over two instances lock the account.
  for (int attempt = 0; attempt < 5; ++attempt) {
    Browser browser(attempt % 2 == 0 ? first_->port() : second_->port());
    EXPECT_FALSE(browser.sign_in("agent.gard", "mauvais-mot-de-passe"));
  }
  Browser browser(second_->port());
  EXPECT_FALSE(browser.sign_in("agent.gard"));  // locked, even with the right password
}

}  // namespace
}  // namespace maillage::testing
