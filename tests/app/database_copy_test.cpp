// Moving a Caf's data between back ends: the demo copied table by table and checked by counts
// and checksums, in both directions; a target that holds data is refused untouched.
#include "app/database_copy.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "app/request_error.hpp"
#include "store/migrations.hpp"
#include "store/schema_tables.hpp"
#include "support/test_backend.hpp"
#include "web/test_server.hpp"

namespace maillage::app {
namespace {

namespace fs = std::filesystem;

class DatabaseCopy : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(folder_); }
  void TearDown() override { fs::remove_all(folder_); }
  fs::path folder_ = fs::temp_directory_path() / ("maillage-copy-" + std::to_string(::getpid()));
};

// Every table the migrations create is in the copy's list: a new table cannot be forgotten.
TEST_F(DatabaseCopy, KnowsEveryTableOfTheSchema) {
  auto database = testing::open_fresh_database();
  store::migrate(*database);
  std::vector<std::string> listed;
  for (const auto& table : store::data_tables()) listed.push_back(table.name);
  listed.push_back("schema_migrations");
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(store::existing_tables(*database), listed);
}

TEST_F(DatabaseCopy, CopiesTheDemoThereAndBackWithTheSameChecksums) {
  // From the demo SQLite file to the back end under test, then back to a new SQLite file.
  auto source = store::Database::open(testing::demo_database_template().string());
  auto middle = testing::open_fresh_database();
  const auto there = copy_database(*source, *middle);
  EXPECT_TRUE(there.verified());
  auto back = store::Database::open((folder_ / "back.db").string());
  const auto report = copy_database(*middle, *back);
  ASSERT_TRUE(report.verified());
  EXPECT_EQ(digest_database(*source), digest_database(*back));
  long long posts = 0;
  for (const auto& table : report.tables) {
    if (table.source.table == "posts") posts = table.target.rows;
  }
  EXPECT_EQ(posts, 149);  // the demo's posts (data/demo/README.md)

  // Ids keep counting after the copied ones: a new audit event does not collide.
  store::in_transaction(*middle, [&] {
    middle->session() << "INSERT INTO audit_events (at, user_login, entity, entity_id, action,"
                         " version) VALUES ('2026-11-23T10:00:00Z', 'test', 'post', 'X',"
                         " 'create', 1)";
  });
}

TEST_F(DatabaseCopy, RefusesATargetThatHoldsDataAndLeavesItAsItWas) {
  auto source = store::Database::open(testing::demo_database_template().string());
  auto target = testing::open_fresh_database();
  copy_database(*source, *target);
  const auto before = digest_database(*target);
  try {
    copy_database(*source, *target);
    FAIL() << "a second copy into the same database must be refused";
  } catch (const RequestError& error) {
    EXPECT_NE(std::string(error.what()).find("contient déjà des données"), std::string::npos);
  }
  EXPECT_EQ(digest_database(*target), before);
}

}  // namespace
}  // namespace maillage::app
