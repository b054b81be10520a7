#include "app/api_token_service.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "store/api_token_repository.hpp"

namespace maillage::app {
namespace {

using namespace std::chrono_literals;
using testing::at;

class ApiTokenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = testing::accounts_database();
    user_id_ = testing::add_agent(*database_);
  }
  std::optional<std::string> last_used() {
    return store::ApiTokenRepository(*database_).list_for_user(user_id_).front().last_used_at;
  }
  std::unique_ptr<store::Database> database_;
  std::int64_t user_id_ = 0;
  const Timestamp t0_ = at("2026-11-23T08:00:00Z");
};

TEST_F(ApiTokenTest, CreatedOnceResolvedToItsUser) {
  const std::string token = create_api_token(*database_, user_id_, "tableau de bord", t0_);
  EXPECT_EQ(token.size(), 43u);
  EXPECT_FALSE(store::ApiTokenRepository(*database_).find_active(token));  // digest only
  const auto actor = resolve_api_token(*database_, token, t0_ + 1min);
  ASSERT_TRUE(actor);
  EXPECT_EQ(actor->user_id, user_id_);
  EXPECT_EQ(actor->role, core::Role::kAgentCaf);
  EXPECT_FALSE(resolve_api_token(*database_, token + "x", t0_));
  EXPECT_FALSE(resolve_api_token(*database_, "", t0_));
  const auto listed = store::ApiTokenRepository(*database_).list_for_user(user_id_);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].label, "tableau de bord");
  EXPECT_EQ(listed[0].created_at, "2026-11-23T08:00:00Z");
}

TEST_F(ApiTokenTest, RecordsUseAtMostOnceAMinute) {
  const std::string token = create_api_token(*database_, user_id_, "script", t0_);
  EXPECT_FALSE(last_used());
  resolve_api_token(*database_, token, t0_);
  EXPECT_EQ(last_used(), "2026-11-23T08:00:00Z");
  resolve_api_token(*database_, token, t0_ + 59s);
  EXPECT_EQ(last_used(), "2026-11-23T08:00:00Z");
  resolve_api_token(*database_, token, t0_ + 2min);
  EXPECT_EQ(last_used(), "2026-11-23T08:02:00Z");
}

TEST_F(ApiTokenTest, RevokedOrDisabledNoLongerResolves) {
  const std::string token = create_api_token(*database_, user_id_, "script", t0_);
  const auto other_user = testing::add_agent(*database_, "autre.agent");
  const auto id = store::ApiTokenRepository(*database_).list_for_user(user_id_).front().id;
  EXPECT_THROW(revoke_api_token(*database_, id, other_user), RequestError);
  EXPECT_TRUE(resolve_api_token(*database_, token, t0_));

  set_user_disabled(*database_, "agent.test", true, t0_);
  EXPECT_FALSE(resolve_api_token(*database_, token, t0_));
  set_user_disabled(*database_, "agent.test", false, t0_);
  revoke_api_token(*database_, id, user_id_);
  EXPECT_FALSE(resolve_api_token(*database_, token, t0_));
  EXPECT_TRUE(store::ApiTokenRepository(*database_).list_for_user(user_id_).front().revoked);
}

TEST_F(ApiTokenTest, NeedsALabelAndAnActiveAccount) {
  EXPECT_THROW(create_api_token(*database_, user_id_, " ", t0_), RequestError);
  EXPECT_THROW(create_api_token(*database_, user_id_ + 100, "script", t0_), RequestError);
}

}  // namespace
}  // namespace maillage::app
