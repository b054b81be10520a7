// Runs the real `maillage` binary, as a user would.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/command_run.hpp"

namespace maillage {
namespace {

namespace fs = std::filesystem;

using testing::CommandRun;

CommandRun run(const std::string& arguments) {
  return testing::run_maillage(arguments);
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() /
                 ("maillage-cli-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(directory_);
    fs::create_directories(directory_);
    db_ = "--db " + (directory_ / "test.db").string();
  }
  void TearDown() override { fs::remove_all(directory_); }

  std::string write(const std::string& name, const std::string& content) {
    const auto path = directory_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  fs::path directory_;
  std::string db_;
};

// The "done when": init --demo, then the Gard's funding, the seed's example at 12 000 €.
TEST_F(CliTest, DemoGivesEveryGardPostItsFundingVerdictAndReasons) {
  const CommandRun init = run("init --demo " + db_);
  ASSERT_EQ(init.code, 0) << init.output;
  EXPECT_NE(init.output.find("Démonstration prête"), std::string::npos);

  const CommandRun json_run = run("funding --caf 30 --date 2026-11-23 --format json " + db_);
  ASSERT_EQ(json_run.code, 0) << json_run.output;
  const auto report = nlohmann::json::parse(json_run.output);
  EXPECT_EQ(report["date"], "2026-11-23");
  EXPECT_EQ(report["doctrine"], "gard-2024");
  EXPECT_EQ(report["totals"]["posts"], 81);
  bool found_example = false;
  for (const auto& post : report["posts"]) {
    EXPECT_TRUE(post.contains("verdict") && post.contains("findings") && post.contains("deadline"));
    for (const auto& finding : post["findings"]) {
      EXPECT_FALSE(finding["source"].get<std::string>().empty()) << post["id"];
    }
    if (post["id"] == "GARD-002") {
      found_example = true;
      EXPECT_EQ(post["funding_cents"], 1200000);
      EXPECT_EQ(post["eligible_cost_cents"], 2400000);
      EXPECT_EQ(post["verdict"], "eligible");
      // The formula's explanation comes first, with its figures.
      ASSERT_FALSE(post["findings"].empty());
      EXPECT_EQ(post["findings"][0]["rule"], "GARD-FINANCEMENT");
      EXPECT_NE(post["findings"][0]["message"].get<std::string>().find("= 12\u00a0000\u00a0€."),
                std::string::npos)
          << post["findings"][0]["message"];
    }
  }
  EXPECT_TRUE(found_example);

  const CommandRun table = run("funding --caf 30 --date 2026-11-23 " + db_);
  ASSERT_EQ(table.code, 0);
  EXPECT_NE(table.output.find("Caf du Gard"), std::string::npos);
  EXPECT_NE(table.output.find("[GARD-25PCT]"), std::string::npos);

  const CommandRun explain = run("explain GARD-002 --date 2026-11-23 " + db_);
  ASSERT_EQ(explain.code, 0) << explain.output;
  EXPECT_NE(explain.output.find("12\xC2\xA0"
                                "000\xC2\xA0€"),
            std::string::npos)
      << explain.output;
  EXPECT_NE(explain.output.find("001_10d59468317a00ab.txt"), std::string::npos);

  const CommandRun csv = run("funding --caf 16 --date 2026-11-23 --format csv " + db_);
  ASSERT_EQ(csv.code, 0);
  EXPECT_EQ(csv.output.rfind("\xEF\xBB\xBF"
                             "caf;doctrine;identifiant",
                             0),
            0u);
}

TEST_F(CliTest, RefusesABadPostsFileWithEveryErrorAndWritesNothing) {
  ASSERT_EQ(run("init " + db_).code, 0);
  const std::string file = write("postes.csv",
                                 "identifiant;code_territoire;porteur;etp_agent;etp_mission;"
                                 "cout_annuel;fonction;niveau_diplome;statut;date_embauche;"
                                 "vacant_depuis;caf_associee_recrutement;participation_reseau;"
                                 "rapport_annuel_transmis\n"
                                 "P1;12345;epci;1;2;abc;cooperation;6;existant;;;oui;oui;oui\n");
  const CommandRun refused = run("posts import " + file + " " + db_);
  EXPECT_EQ(refused.code, 1);
  EXPECT_NE(refused.output.find("Rien n'a été enregistré"), std::string::npos) << refused.output;
  EXPECT_NE(refused.output.find("ligne 2, colonne « code_territoire »"), std::string::npos);
  EXPECT_NE(refused.output.find("ligne 2, colonne « cout_annuel »"), std::string::npos);
  const CommandRun funding = run("funding --format json " + db_);
  EXPECT_EQ(nlohmann::json::parse(funding.output)["totals"]["posts"], 0);
}

TEST_F(CliTest, SpeaksFrenchOnHelpAndMistakes) {
  // Each command line, the exit code it must give and a French phrase it must print.
  const struct {
    std::string arguments;
    int code;
    std::string phrase;
  } expectations[] = {
      {"--help", 0, "Affiche cette aide"},
      {"--help", 0, "funding"},
      {"posts import /nonexistent.csv " + db_, 1, "introuvable"},
      {"funding --date 31/02/2026 " + db_, 2, "Date invalide"},
      {"funding --caf 99 " + db_, 1, "Aucune Caf"},
      {"explain NOPE " + db_, 1, "n'existe pas"},
  };
  for (const auto& expected : expectations) {
    const CommandRun result = run(expected.arguments);
    EXPECT_EQ(result.code, expected.code) << expected.arguments << "\n" << result.output;
    EXPECT_NE(result.output.find(expected.phrase), std::string::npos) << expected.arguments << "\n"
                                                                      << result.output;
  }
}

}  // namespace
}  // namespace maillage
