// `maillage users …` through the real binary, as an administrator runs it on the server.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>

#include "app/account_service.hpp"
#include "app/api_token_service.hpp"
#include "app/test_database.hpp"
#include "store/caf_repository.hpp"

namespace maillage {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int code = -1;
  std::string output;  // stdout and stderr together
};

// Runs `maillage ARGUMENTS` through the shell; `prefix` goes before it (variables, a pipe).
CommandRun run(const std::string& prefix, const std::string& arguments) {
  const std::string command =
      prefix + " " + std::string(MAILLAGE_BINARY) + " " + arguments + " 2>&1";
  CommandRun result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  while (const std::size_t read = fread(buffer.data(), 1, buffer.size(), pipe)) {
    result.output.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

const std::string kPasswordEnv = "env MAILLAGE_PASSWORD='un mot de passe sûr'";

class UsersCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() /
                 ("maillage-users-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(directory_);
    fs::create_directories(directory_);
    path_ = (directory_ / "test.db").string();
    db_ = "--db " + path_;
    // The Gard's Caf and a few of its territories, as `territories import` would leave them.
    auto database = store::Database::open(path_);
    store::migrate(*database);
    auto memory = testing::gard_database();
    store::TerritoryRepository(*database).upsert(store::TerritoryRepository(*memory).list_all());
    store::CafRepository(*database).add_if_missing({"30", "Caf du Gard", "gard-2024"});
  }
  void TearDown() override { fs::remove_all(directory_); }

  CommandRun add_agent() {
    return run(kPasswordEnv,
               "users add agent.cli --role agent_caf --caf 30 --territory 243000643 "
               "--territory 200034379 --name 'Agent Ligne' " +
                   db_);
  }

  fs::path directory_;
  std::string path_;
  std::string db_;
};

TEST_F(UsersCliTest, AddsListsDisablesAndEnablesAccounts) {
  const auto added = add_agent();
  ASSERT_EQ(added.code, 0) << added.output;
  EXPECT_NE(added.output.find("Compte « agent.cli » créé (agent Caf, Caf 30)."), std::string::npos)
      << added.output;
  // The password read from standard input when MAILLAGE_PASSWORD is not set.
  const auto from_stdin = run("printf 'une autre phrase sûre\\n' | env -u MAILLAGE_PASSWORD",
                              "users add admin.cli --role admin_caf --caf 30 --name 'Admin' "
                              "--email admin@caf30.fr " +
                                  db_);
  ASSERT_EQ(from_stdin.code, 0) << from_stdin.output;

  auto listed = run("", "users list " + db_);
  ASSERT_EQ(listed.code, 0) << listed.output;
  for (const char* expected : {"identifiant", "territoires", "agent.cli", "Agent Ligne",
                               "agent Caf", "200034379, 243000643", "admin.cli",
                               "administrateur Caf", "tout le département", "actif"}) {
    EXPECT_NE(listed.output.find(expected), std::string::npos) << expected << "\n" << listed.output;
  }

  const auto disabled = run("", "users disable agent.cli " + db_);
  ASSERT_EQ(disabled.code, 0) << disabled.output;
  EXPECT_NE(run("", "users list " + db_).output.find("désactivé"), std::string::npos);
  {
    auto database = store::Database::open(path_);
    EXPECT_FALSE(
        app::authenticate(*database, "agent.cli", "un mot de passe sûr", "", app::now_utc()).actor);
    EXPECT_TRUE(
        app::authenticate(*database, "admin.cli", "une autre phrase sûre", "", app::now_utc())
            .actor);
  }
  ASSERT_EQ(run("", "users enable agent.cli " + db_).code, 0);
  auto database = store::Database::open(path_);
  EXPECT_TRUE(
      app::authenticate(*database, "agent.cli", "un mot de passe sûr", "", app::now_utc()).actor);
}

TEST_F(UsersCliTest, RefusesWithAFrenchReasonAndItsExitCode) {
  ASSERT_EQ(add_agent().code, 0);
  const auto again = add_agent();
  EXPECT_EQ(again.code, 1);
  EXPECT_NE(again.output.find("Identifiant « agent.cli » : déjà utilisé."), std::string::npos)
      << again.output;

  const auto role = run(kPasswordEnv, "users add x.y --role chef --caf 30 --name X " + db_);
  EXPECT_EQ(role.code, 2);
  EXPECT_NE(role.output.find("Rôle inconnu « chef »"), std::string::npos) << role.output;

  const auto short_password =
      run("env MAILLAGE_PASSWORD=court",
          "users add elu.cli --role elu --caf 30 --territory 243000643 --name Élu " + db_);
  EXPECT_EQ(short_password.code, 1);
  EXPECT_NE(short_password.output.find("Mot de passe : 12 caractères au moins (5 saisis)."),
            std::string::npos)
      << short_password.output;

  const auto no_password = run("env -u MAILLAGE_PASSWORD",
                               "users add elu.cli --role elu --caf 30 --territory 243000643 "
                               "--name Élu " +
                                   db_ + " < /dev/null");
  EXPECT_EQ(no_password.code, 2);
  EXPECT_NE(no_password.output.find("Mot de passe manquant"), std::string::npos);

  const auto unknown = run("", "users disable personne " + db_);
  EXPECT_EQ(unknown.code, 1);
  EXPECT_NE(unknown.output.find("Compte « personne » introuvable."), std::string::npos);
}

TEST_F(UsersCliTest, PrintsAnApiTokenOnce) {
  ASSERT_EQ(add_agent().code, 0);
  const std::string command = std::string(MAILLAGE_BINARY) +
                              " users token agent.cli --label 'tableau de bord' " + db_ +
                              " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::array<char, 256> buffer{};
  std::string token(buffer.data(), fread(buffer.data(), 1, buffer.size(), pipe));
  ASSERT_EQ(pclose(pipe), 0);
  ASSERT_FALSE(token.empty());
  token.pop_back();  // the newline
  EXPECT_EQ(token.size(), 43u);
  auto database = store::Database::open(path_);
  const auto actor = app::resolve_api_token(*database, token, app::now_utc());
  ASSERT_TRUE(actor);
  EXPECT_EQ(actor->login, "agent.cli");
}

}  // namespace
}  // namespace maillage
