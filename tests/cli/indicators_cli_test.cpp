// `maillage indicators`, the real binary over a copy of the demo database.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "web/test_server.hpp"

namespace maillage {
namespace {

struct CommandRun {
  int code = -1;
  std::string output;
};

CommandRun run(const std::string& arguments, bool with_errors = true) {
  const std::string command =
      std::string(MAILLAGE_BINARY) + " " + arguments + (with_errors ? " 2>&1" : " 2>/dev/null");
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

class IndicatorsCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { database_ = new std::string(testing::demo_database_copy()); }
  static void TearDownTestSuite() { delete database_; }
  static std::string args(const std::string& rest) {
    return "indicators --db " + *database_ + " --date 23/11/2026 " + rest;
  }
  static std::string* database_;
};
std::string* IndicatorsCli::database_ = nullptr;

TEST_F(IndicatorsCli, JsonHasTheKeysAndExactNumbers) {
  const CommandRun json_run = run(args("--caf 16 --format json"), false);
  ASSERT_EQ(json_run.code, 0) << json_run.output;
  const auto json = nlohmann::json::parse(json_run.output);
  EXPECT_EQ(json["date"], "2026-11-23");
  EXPECT_EQ(json["totals"]["fte"].dump(), "14.75");
  bool found = false;
  for (const auto& row : json["territories"]) {
    if (row["code"] != "200071827") continue;
    found = true;
    EXPECT_EQ(row["fte"].dump(), "2.5");
    EXPECT_EQ(row["fte_share_pct"].dump(), "16.95");
    EXPECT_TRUE(row["funding_cents"].is_number_integer());
    EXPECT_TRUE(row["gap_pts"].is_number());
    EXPECT_TRUE(row.contains("area_km2"));
  }
  EXPECT_TRUE(found);
}

TEST_F(IndicatorsCli, CsvIsFrenchWithTheKeys) {
  const CommandRun csv = run(args("--caf 16 --format csv"), false);
  ASSERT_EQ(csv.code, 0) << csv.output;
  EXPECT_EQ(csv.output.rfind("\xEF\xBB\xBF"
                             "code;name;population;fte;fte_share_pct;population_share_pct;gap_pts;"
                             "funding_cents;funding_per_fte_cents;structures;fte_per_structure;"
                             "area_km2\r\n",
                             0),
            0u)
      << csv.output.substr(0, 300);
  const std::string line = testing::between(csv.output, "\r\n200071827;", "\r\n");
  EXPECT_NE(line.find(";2,5;16,95;"), std::string::npos) << line;
  EXPECT_NE(csv.output.find("\r\nTotal;Caf de la Charente;"), std::string::npos);
}

TEST_F(IndicatorsCli, TableIsAligned) {
  const CommandRun table = run(args("--caf 16"));
  ASSERT_EQ(table.code, 0) << table.output;
  EXPECT_NE(table.output.find("Indicateurs de régulation — Caf de la Charente au 23/11/2026"),
            std::string::npos);
  EXPECT_NE(table.output.find("Part des ETP"), std::string::npos);
  EXPECT_NE(table.output.find("16,95"), std::string::npos);
  EXPECT_NE(table.output.find("Chefs de service ou DGS"), std::string::npos);
}

TEST_F(IndicatorsCli, UnknownCafFailsInFrench) {
  const CommandRun unknown = run(args("--caf 99 --format json"));
  EXPECT_EQ(unknown.code, 1);
  EXPECT_NE(unknown.output.find("Aucune Caf pour le département « 99 »."), std::string::npos);
  const CommandRun missing = run("indicators --db " + *database_);
  EXPECT_NE(missing.code, 0);
}

}  // namespace
}  // namespace maillage
