// Sign-in: same answer for every wrong credential, throttled per account and per address.
#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "store/login_failure_repository.hpp"

namespace maillage::app {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::kPassword;

const std::string kWrong = "Identifiant ou mot de passe incorrect.";

class LoginThrottleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = testing::accounts_database();
    testing::add_agent(*database_);
  }
  LoginResult sign_in(const std::string& login, const std::string& password, Timestamp now,
                      const std::string& address = "192.0.2.7") {
    return authenticate(*database_, login, password, address, now);
  }
  std::unique_ptr<store::Database> database_;
  const Timestamp t0_ = at("2026-11-23T08:00:00Z");
};

TEST_F(LoginThrottleTest, RightPasswordSignsIn) {
  const auto result = sign_in("agent.test", kPassword, t0_);
  ASSERT_TRUE(result.actor) << result.error;
  EXPECT_EQ(result.actor->login, "agent.test");
  EXPECT_TRUE(result.error.empty());
  // Logins are read in lower case, without surrounding spaces.
  EXPECT_TRUE(sign_in(" Agent.Test ", kPassword, t0_).actor);
  EXPECT_EQ(sign_in("", kPassword, t0_).error,
            "Saisissez votre identifiant et votre mot de passe.");
}

TEST_F(LoginThrottleTest, SameAnswerForUnknownLoginWrongPasswordAndDisabledAccount) {
  EXPECT_EQ(sign_in("personne", kPassword, t0_).error, kWrong);
  EXPECT_EQ(sign_in("agent.test", "pas le bon mot de passe", t0_).error, kWrong);
  set_user_disabled(*database_, "agent.test", true, t0_);
  const auto disabled = sign_in("agent.test", kPassword, t0_);
  EXPECT_FALSE(disabled.actor);
  EXPECT_EQ(disabled.error, kWrong);
}

TEST_F(LoginThrottleTest, FiveFailuresLockTheAccountForFifteenMinutes) {
  for (int i = 1; i <= 4; ++i) {
    EXPECT_EQ(sign_in("agent.test", "mauvais", t0_ + std::chrono::seconds{i}).error, kWrong) << i;
  }
  const Timestamp fifth = t0_ + 5s;
  EXPECT_EQ(sign_in("agent.test", "mauvais", fifth).error,
            "Trop de tentatives de connexion : réessayez dans 15 minutes.");
  const auto refused = sign_in("agent.test", kPassword, fifth + 1min);
  EXPECT_FALSE(refused.actor);
  EXPECT_EQ(refused.error, "Trop de tentatives de connexion : réessayez dans 14 minutes.");
  EXPECT_EQ(sign_in("agent.test", kPassword, fifth + 14min + 30s).error,
            "Trop de tentatives de connexion : réessayez dans 1 minute.");
  // Another address does not help: the account itself is locked.
  EXPECT_FALSE(sign_in("agent.test", kPassword, fifth + 2min, "198.51.100.1").actor);

  EXPECT_TRUE(sign_in("agent.test", kPassword, fifth + 15min).actor);
  // Success cleared the account's count.
  EXPECT_FALSE(store::LoginFailureRepository(*database_).find("compte:agent.test"));
}

TEST_F(LoginThrottleTest, UnknownLoginsAreLockedToo) {
  for (int i = 0; i < 5; ++i) sign_in("personne", "mauvais", t0_);
  EXPECT_EQ(sign_in("personne", "mauvais", t0_ + 1min).error,
            "Trop de tentatives de connexion : réessayez dans 14 minutes.");
}

TEST_F(LoginThrottleTest, FailuresOlderThanTheWindowAreForgotten) {
  for (int i = 0; i < 4; ++i) sign_in("agent.test", "mauvais", t0_);
  EXPECT_EQ(sign_in("agent.test", "mauvais", t0_ + 15min).error, kWrong);
  EXPECT_TRUE(sign_in("agent.test", kPassword, t0_ + 15min + 1s).actor);
}

TEST_F(LoginThrottleTest, SuccessClearsTheAccountButNotTheAddress) {
  for (int i = 0; i < 4; ++i) sign_in("agent.test", "mauvais", t0_);
  ASSERT_TRUE(sign_in("agent.test", kPassword, t0_ + 1s).actor);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(sign_in("agent.test", "mauvais", t0_ + 2s).error, kWrong);
  }
  EXPECT_EQ(store::LoginFailureRepository(*database_).find("adresse:192.0.2.7")->failures, 8);
}

TEST_F(LoginThrottleTest, TwentyFailuresFromOneAddressLockIt) {
  // Spraying many logins, each under the account threshold.
  for (int i = 1; i <= 19; ++i) {
    EXPECT_EQ(sign_in("compte" + std::to_string(i), "mauvais", t0_).error, kWrong) << i;
  }
  EXPECT_EQ(sign_in("compte20", "mauvais", t0_).error,
            "Trop de tentatives de connexion : réessayez dans 15 minutes.");
  EXPECT_FALSE(sign_in("agent.test", kPassword, t0_ + 1min).actor);
  EXPECT_TRUE(sign_in("agent.test", kPassword, t0_ + 1min, "198.51.100.1").actor);
  EXPECT_TRUE(sign_in("agent.test", kPassword, t0_ + 15min).actor);
}

TEST_F(LoginThrottleTest, PolicyNumbersCanBeChosen) {
  ThrottlePolicy strict;
  strict.account_failures = 2;
  strict.lock = 60min;
  authenticate(*database_, "agent.test", "mauvais", "", t0_, strict);
  EXPECT_EQ(authenticate(*database_, "agent.test", "mauvais", "", t0_, strict).error,
            "Trop de tentatives de connexion : réessayez dans 60 minutes.");
}

}  // namespace
}  // namespace maillage::app
