// `maillage db status|migrate|copy` and `maillage backup`, run as a user would, on SQLite files.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "support/command_run.hpp"

namespace maillage::testing {
namespace {

namespace fs = std::filesystem;

class DbCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string path(const std::string& name) const { return (folder_ / name).string(); }
  fs::path folder_ = fs::temp_directory_path() / ("maillage-db-cli-" + std::to_string(::getpid()));
};

TEST_F(DbCliTest, ReportsTheSchemaVersionAndMigrates) {
  const auto fresh = run_maillage("db status --db " + path("a.db"));
  EXPECT_EQ(fresh.code, 0) << fresh.output;
  EXPECT_NE(fresh.output.find("schéma en version 0"), std::string::npos) << fresh.output;
  EXPECT_NE(fresh.output.find("maillage db migrate"), std::string::npos);
  const auto migrated = run_maillage("db migrate --db " + path("a.db"));
  EXPECT_EQ(migrated.code, 0) << migrated.output;
  EXPECT_NE(migrated.output.find("(à jour)"), std::string::npos) << migrated.output;
}

TEST_F(DbCliTest, BacksUpCopiesAndRestoresTheDemo) {
  ASSERT_EQ(run_maillage("init --demo --db " + path("live.db")).code, 0);
  const auto backup = run_maillage("backup --db " + path("live.db") + " --to " + path("save.db"));
  ASSERT_EQ(backup.code, 0) << backup.output;
  EXPECT_NE(backup.output.find("Sauvegarde écrite"), std::string::npos);
  // Never overwrites: a second backup to the same file is refused.
  EXPECT_NE(run_maillage("backup --db " + path("live.db") + " --to " + path("save.db")).code, 0);

  // Restore = copy the backup into an empty database; verified table by table.
  const auto restore = run_maillage("db copy --from sqlite:" + path("save.db") +
                                    " --to sqlite:" + path("restored.db"));
  ASSERT_EQ(restore.code, 0) << restore.output;
  EXPECT_NE(restore.output.find("Copie vérifiée"), std::string::npos);
  EXPECT_EQ(restore.output.find("DIFFÉRENTE"), std::string::npos);
  const auto funding =
      run_maillage("funding --caf 16 --date 2026-11-23 --db " + path("restored.db"));
  EXPECT_EQ(funding.code, 0) << funding.output;

  // A copy into a database that holds data is refused.
  const auto again = run_maillage("db copy --from sqlite:" + path("save.db") +
                                  " --to sqlite:" + path("restored.db"));
  EXPECT_EQ(again.code, 1);
  EXPECT_NE(again.output.find("contient déjà des données"), std::string::npos) << again.output;
}

TEST_F(DbCliTest, GivesThePgDumpCommandForPostgresql) {
  const auto result =
      run_maillage("backup --db postgresql://maillage:secret@127.0.0.1:1/caf --to dump.pgc");
  EXPECT_EQ(result.code, 0) << result.output;
  EXPECT_NE(result.output.find("pg_dump --format=custom --file=dump.pgc"), std::string::npos);
  EXPECT_EQ(result.output.find("secret"), std::string::npos);  // the password is not shown
}

}  // namespace
}  // namespace maillage::testing
