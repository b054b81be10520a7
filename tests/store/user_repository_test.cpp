#include "store/user_repository.hpp"

#include <gtest/gtest.h>

#include "app/test_database.hpp"

namespace maillage::store {
namespace {

UserRecord user(const std::string& login, const std::string& role,
                std::vector<std::string> territories) {
  UserRecord record;
  record.login = login;
  record.display_name = "Nom de " + login;
  record.email = login + "@caf.fr";
  record.role = role;
  record.caf_departement = "30";
  record.territory_codes = std::move(territories);
  record.password_hash = "$argon2id$hash-of-" + login;
  record.created_at = record.password_changed_at = "2026-11-23T08:00:00Z";
  return record;
}

TEST(UserRepository, InsertsFindsAndListsByLoginWithTerritories) {
  auto database = testing::gard_database();
  UserRepository users(*database);
  EXPECT_FALSE(users.any());
  const auto [zoe_id, alex_id] = in_transaction(*database, [&] {
    return std::pair{users.insert(user("zoe", "agent_caf", {"243000643", "200034379"})),
                     users.insert(user("alex", "admin_caf", {}))};
  });
  EXPECT_GT(zoe_id, 0);
  EXPECT_NE(zoe_id, alex_id);
  EXPECT_TRUE(users.any());

  const auto zoe = users.find(zoe_id);
  ASSERT_TRUE(zoe);
  EXPECT_EQ(zoe->login, "zoe");
  EXPECT_EQ(zoe->display_name, "Nom de zoe");
  EXPECT_EQ(zoe->email, "zoe@caf.fr");
  EXPECT_EQ(zoe->role, "agent_caf");
  EXPECT_EQ(zoe->caf_departement, "30");
  EXPECT_EQ(zoe->territory_codes, (std::vector<std::string>{"200034379", "243000643"}));
  EXPECT_EQ(zoe->password_hash, "$argon2id$hash-of-zoe");
  EXPECT_FALSE(zoe->disabled);
  EXPECT_EQ(zoe->created_at, "2026-11-23T08:00:00Z");
  EXPECT_EQ(zoe->version, 1);
  EXPECT_EQ(users.find_by_login("alex")->id, alex_id);
  EXPECT_FALSE(users.find(alex_id + zoe_id));
  EXPECT_FALSE(users.find_by_login("personne"));

  const auto all = users.list_all();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].login, "alex");
  EXPECT_TRUE(all[0].territory_codes.empty());
  EXPECT_EQ(all[1].territory_codes.size(), 2u);
}

TEST(UserRepository, ChangesPasswordAndStateWithANewVersion) {
  auto database = testing::gard_database();
  UserRepository users(*database);
  const auto id = users.insert(user("zoe", "elu", {"243000643"}));
  users.set_password_hash(id, "$argon2id$new", "2026-11-24T09:30:00Z");
  users.set_disabled(id, true);
  const auto zoe = users.find(id);
  EXPECT_EQ(zoe->password_hash, "$argon2id$new");
  EXPECT_EQ(zoe->password_changed_at, "2026-11-24T09:30:00Z");
  EXPECT_TRUE(zoe->disabled);
  EXPECT_EQ(zoe->version, 3);
}

TEST(UserRepository, RefusesUnknownTerritoriesAndDuplicateLogins) {
  auto database = testing::gard_database();
  UserRepository users(*database);
  users.insert(user("zoe", "elu", {"243000643"}));
  EXPECT_THROW(in_transaction(*database, [&] { users.insert(user("zoe", "elu", {})); }),
               soci::soci_error);
  EXPECT_THROW(in_transaction(*database, [&] { users.insert(user("max", "elu", {"999999999"})); }),
               soci::soci_error);
  EXPECT_EQ(users.list_all().size(), 1u);
}

}  // namespace
}  // namespace maillage::store
