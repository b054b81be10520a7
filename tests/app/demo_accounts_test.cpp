#include "app/demo_accounts.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "app/account_fixtures.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {
namespace {

std::string demo_file(const std::string& name) {
  std::ifstream file(std::string(MAILLAGE_SOURCE_DIR) + "/data/demo/" + name);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(DemoAccounts, OneAccountPerRoleOnTerritoriesWithCtgsAndPosts) {
  const auto accounts = demo_accounts();
  ASSERT_EQ(accounts.size(), 6u);
  const std::string conventions = demo_file("conventions.csv");
  const std::string posts = demo_file("posts.csv");
  for (const auto& account : accounts) {
    EXPECT_GE(account.password.size(), 12u);
    EXPECT_FALSE(account.description.empty());
    for (const auto& code : account.territory_codes) {
      EXPECT_NE(conventions.find("\n" + code + ";"), std::string::npos) << code;
      EXPECT_NE(posts.find(";" + code + ";"), std::string::npos) << code;
    }
  }
}

TEST(DemoAccounts, CreatedOnceOnAnEmptyDatabaseAndAbleToSignIn) {
  auto database = testing::accounts_database();
  store::CafRepository(*database).add_if_missing({"16", "Caf de la Charente", "charente-2021"});
  store::TerritoryRepository(*database).upsert({{"200066918",
                                                 core::TerritoryKind::kEpci,
                                                 "CA Alès Agglomération",
                                                 "30",
                                                 "CA",
                                                 std::nullopt,
                                                 130000,
                                                 {}},
                                                {"243000650",
                                                 core::TerritoryKind::kEpci,
                                                 "CC Terre de Camargue",
                                                 "30",
                                                 "CC",
                                                 std::nullopt,
                                                 20000,
                                                 {}}});
  const auto now = testing::at("2026-11-23T08:00:00Z");
  create_demo_accounts(*database, now);
  create_demo_accounts(*database, now);
  const auto users = list_users(*database);
  ASSERT_EQ(users.size(), 6u);
  for (const auto& account : demo_accounts()) {
    const auto result = authenticate(*database, account.login, account.password, "", now);
    ASSERT_TRUE(result.actor) << account.login << ": " << result.error;
    EXPECT_EQ(result.actor->role, account.role);
  }
  EXPECT_EQ(find_user(*database, "agent.gard")->territory_codes.size(), 3u);
}

}  // namespace
}  // namespace maillage::app
