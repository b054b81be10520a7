#include "app/session_service.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/crypto.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

namespace maillage::app {
namespace {

using namespace std::chrono_literals;
using testing::at;

class SessionServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = testing::accounts_database();
    user_id_ = testing::add_agent(*database_);
  }
  std::string last_seen(const std::string& token) {
    return store::SessionRepository(*database_).find(token_digest(token))->last_seen_at;
  }
  std::unique_ptr<store::Database> database_;
  std::int64_t user_id_ = 0;
  const Timestamp t0_ = at("2026-11-23T08:00:00Z");
};

TEST_F(SessionServiceTest, OpensAndResolvesToTheUserWithItsCsrfToken) {
  const auto opened = open_session(*database_, user_id_, "192.0.2.7", t0_);
  EXPECT_EQ(opened.expires_at, t0_ + 120min);
  EXPECT_NE(opened.token, opened.csrf_token);
  const auto session = resolve_session(*database_, opened.token, t0_ + 5min);
  ASSERT_TRUE(session);
  EXPECT_EQ(session->actor.user_id, user_id_);
  EXPECT_EQ(session->actor.login, "agent.test");
  EXPECT_EQ(session->actor.role, core::Role::kAgentCaf);
  EXPECT_EQ(session->actor.territory_codes, std::vector<std::string>{"243000643"});
  EXPECT_EQ(session->csrf_token, opened.csrf_token);
  // Only the digest is stored.
  store::SessionRepository sessions(*database_);
  EXPECT_FALSE(sessions.find(opened.token));
  EXPECT_EQ(sessions.find(token_digest(opened.token))->remote_address, "192.0.2.7");
  EXPECT_FALSE(resolve_session(*database_, "inconnu", t0_));
  EXPECT_FALSE(resolve_session(*database_, "", t0_));
}

TEST_F(SessionServiceTest, ExpiresAfterTwoIdleHours) {
  const auto opened = open_session(*database_, user_id_, "", t0_);
  EXPECT_TRUE(resolve_session(*database_, opened.token, t0_ + 120min - 1s));
  const auto later = open_session(*database_, user_id_, "", t0_);
  EXPECT_FALSE(resolve_session(*database_, later.token, t0_ + 120min));
}

TEST_F(SessionServiceTest, SlidesAtMostOnceAMinute) {
  const auto opened = open_session(*database_, user_id_, "", t0_);
  ASSERT_TRUE(resolve_session(*database_, opened.token, t0_ + 30s));
  EXPECT_EQ(last_seen(opened.token), "2026-11-23T08:00:00Z");
  ASSERT_TRUE(resolve_session(*database_, opened.token, t0_ + 90min));
  EXPECT_EQ(last_seen(opened.token), "2026-11-23T09:30:00Z");
  // Past the first expiry (10:00), still signed in: idle counts from 09:30.
  EXPECT_TRUE(resolve_session(*database_, opened.token, t0_ + 90min + 119min));
  EXPECT_FALSE(resolve_session(*database_, opened.token, t0_ + 90min + 119min + 120min));
}

TEST_F(SessionServiceTest, EndsAfterTwelveHoursEvenWhenActive) {
  const auto opened = open_session(*database_, user_id_, "", t0_);
  for (int hour = 1; hour < 12; ++hour) {
    ASSERT_TRUE(resolve_session(*database_, opened.token, t0_ + std::chrono::hours{hour})) << hour;
  }
  EXPECT_EQ(store::SessionRepository(*database_).find(token_digest(opened.token))->expires_at,
            "2026-11-23T20:00:00Z");  // capped at the absolute limit, not 21:00
  EXPECT_FALSE(resolve_session(*database_, opened.token, t0_ + 12h));
}

TEST_F(SessionServiceTest, RefusesADisabledUser) {
  const auto opened = open_session(*database_, user_id_, "", t0_);
  store::UserRepository(*database_).set_disabled(user_id_, true);
  EXPECT_FALSE(resolve_session(*database_, opened.token, t0_ + 1min));
  store::UserRepository(*database_).set_disabled(user_id_, false);
  EXPECT_TRUE(resolve_session(*database_, opened.token, t0_ + 1min));
  set_user_disabled(*database_, "agent.test", true, t0_ + 2min);
  EXPECT_FALSE(store::SessionRepository(*database_).find(token_digest(opened.token)));
}

TEST_F(SessionServiceTest, CloseSignsOut) {
  const auto opened = open_session(*database_, user_id_, "", t0_);
  const auto other = open_session(*database_, user_id_, "", t0_);
  close_session(*database_, opened.token);
  EXPECT_FALSE(resolve_session(*database_, opened.token, t0_ + 1min));
  EXPECT_TRUE(resolve_session(*database_, other.token, t0_ + 1min));
}

TEST_F(SessionServiceTest, OpeningOneDeletesExpiredOnes) {
  const auto old = open_session(*database_, user_id_, "", t0_);
  open_session(*database_, user_id_, "", t0_ + 3h);
  EXPECT_FALSE(store::SessionRepository(*database_).find(token_digest(old.token)));
}

}  // namespace
}  // namespace maillage::app
