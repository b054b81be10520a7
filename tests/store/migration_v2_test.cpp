#include <gtest/gtest.h>

#include "store/ctg_repository.hpp"
#include "store/database.hpp"
#include "store/generation_repository.hpp"
#include "store/migrations.hpp"
#include "store/post_repository.hpp"
#include "store/user_repository.hpp"
#include "support/test_backend.hpp"

namespace maillage::store {
namespace {

// A database made by the first release (schema 1, with data) is brought to schema 2 in place.
TEST(MigrationV2, AppliesOnAVersion1DatabaseAndKeepsItsData) {
  auto database = testing::open_fresh_database();
  ASSERT_EQ(migrate_to(*database, 1), std::vector<int>{1});
  auto& sql = database->session();
  sql << "INSERT INTO territories (code, kind, name, departement)"
         " VALUES ('243000643', 'epci', 'CA de Nîmes Métropole', '30')";
  sql << "INSERT INTO posts (id, territory_code, employer_kind, holder_fte_hundredths,"
         " mission_fte_hundredths, annual_cost_cents, function, qualification_level, status,"
         " caf_associated_to_recruitment, takes_part_in_network, annual_report_sent)"
         " VALUES ('GARD-001', '243000643', 'epci', 100, 100, 4800000, 'cooperation', 7,"
         " 'existant', 1, 1, 1)";
  sql << "INSERT INTO ctgs (territory_code, start_date, end_date, renewal)"
         " VALUES ('243000643', '2026-01-01', '2030-12-31', 1)";

  EXPECT_EQ(migrate_to(*database, 2), std::vector<int>{2});
  const auto status = migration_status(*database);
  EXPECT_EQ(status.current_version, 2);
  EXPECT_GE(status.latest_version, 3);

  const auto post = PostRepository(*database).find("GARD-001");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->annual_cost.cents(), 4800000);
  EXPECT_EQ(post->version, 1);
  EXPECT_FALSE(post->closed_on);
  const auto ctgs = CtgRepository(*database).list_all();
  ASSERT_EQ(ctgs.size(), 1u);
  EXPECT_EQ(ctgs[0].version, 1);
  EXPECT_FALSE(ctgs[0].closed_on);
  EXPECT_EQ(GenerationRepository(*database).current(), 0);
  EXPECT_FALSE(UserRepository(*database).any());
  EXPECT_FALSE(migrate(*database).empty());  // the later versions, on top
  EXPECT_TRUE(migrate(*database).empty());
}

TEST(MigrationV2, RefusesAnUnknownRole) {
  auto database = testing::open_fresh_database();
  migrate(*database);
  UserRecord user;
  user.login = "root";
  user.display_name = "Root";
  user.role = "superviseur";
  user.caf_departement = "30";
  user.password_hash = "x";
  user.created_at = user.password_changed_at = "2026-11-23T08:00:00Z";
  EXPECT_THROW(UserRepository(*database).insert(user), soci::soci_error);
}

}  // namespace
}  // namespace maillage::store
