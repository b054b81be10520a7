// `maillage simulate`, the real binary over a copy of the demo database and a TOML changes file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "store/database.hpp"
#include "store/generation_repository.hpp"
#include "support/command_run.hpp"
#include "support/test_backend.hpp"
#include "web/test_server.hpp"

namespace maillage {
namespace {

namespace fs = std::filesystem;
using testing::run_maillage;

const std::string kNbsp = "\u00a0";

class SimulateCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = new std::string(testing::demo_database_copy());
    folder_ = new fs::path(fs::temp_directory_path() /
                           ("maillage-simulate-" + std::to_string(::getpid())));
    fs::create_directories(*folder_);
  }
  static void TearDownTestSuite() {
    testing::drop_copy(*database_);
    fs::remove_all(*folder_);
    delete database_;
    delete folder_;
  }
  static std::string file(const std::string& name, const std::string& content) {
    const auto path = *folder_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  static std::string args(const std::string& rest) {
    return "simulate --db '" + *database_ + "' --date 23/11/2026 " + rest;
  }
  static std::string ceiling_file() {
    return file("plafond.toml", "[parameters]\nceiling_per_fte = \"50 000\"\n");
  }
  static std::string* database_;
  static fs::path* folder_;
};
std::string* SimulateCli::database_ = nullptr;
fs::path* SimulateCli::folder_ = nullptr;

TEST_F(SimulateCli, TableShowsBudgetTerritoriesAndChangedPosts) {
  const auto run = run_maillage(args("--caf 16 --changes " + ceiling_file()));
  ASSERT_EQ(run.code, 0) << run.output;
  EXPECT_NE(run.output.find("Simulation au 23/11/2026 — Caf de la Charente"), std::string::npos);
  EXPECT_NE(run.output.find("ceiling_per_fte (Plafond de dépense par ETP de mission) : 48" + kNbsp +
                            "000" + kNbsp + "€ → 50" + kNbsp + "000" + kNbsp + "€"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("Budget : 509" + kNbsp + "600" + kNbsp + "€ en vigueur, 510" + kNbsp +
                            "400" + kNbsp + "€ simulé, écart +800" + kNbsp + "€."),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("CC Lavalette Tude Dronne"), std::string::npos);
  EXPECT_NE(run.output.find("Postes modifiés : 1 (dont 0 changent de verdict)"), std::string::npos);
  EXPECT_NE(run.output.find("CHAR-007"), std::string::npos);
}

TEST_F(SimulateCli, JsonIsExactAndCsvIsFrench) {
  const auto generation = [] {
    auto database = store::Database::open(*database_);
    return store::GenerationRepository(*database).current();
  };
  const auto before = generation();
  const auto json_run = run_maillage(args("--caf 16 --format json --changes " + ceiling_file()));
  ASSERT_EQ(json_run.code, 0) << json_run.output;
  const auto json = nlohmann::json::parse(json_run.output);
  EXPECT_EQ(json["date"], "2026-11-23");
  EXPECT_EQ(json["doctrine"], "charente-2021");
  EXPECT_EQ(json["budget"]["before"]["funding_cents"], 50960000);
  EXPECT_EQ(json["budget"]["after"]["funding_cents"], 51040000);
  EXPECT_EQ(json["budget"]["difference_cents"], 80000);
  EXPECT_EQ(json["budget"]["before"]["fte_funded_hundredths"], 1475);
  EXPECT_EQ(json["territories"].size(), 9u);
  ASSERT_EQ(json["changed_posts"].size(), 1u);
  EXPECT_EQ(json["changed_posts"][0]["id"], "CHAR-007");
  EXPECT_EQ(json["changed_posts"][0]["funding_before_cents"], 1920000);
  EXPECT_EQ(json["changed_posts"][0]["funding_after_cents"], 2000000);
  EXPECT_EQ(json["changes"][0]["from"], "2026-11-23");

  const auto csv = run_maillage(args("--caf 16 --format csv --changes " + ceiling_file()));
  ASSERT_EQ(csv.code, 0) << csv.output;
  EXPECT_EQ(csv.output.rfind("\xEF\xBB\xBFNiveau;Code;Libellé;", 0), 0u);
  EXPECT_NE(csv.output.find("caf;;Caf de la Charente;;19;;;509600;510400;800;14,75;14,75;"),
            std::string::npos)
      << csv.output;
  EXPECT_NE(csv.output.find("\r\nposte;CHAR-007;"), std::string::npos);
  EXPECT_EQ(generation(), before);  // a simulation writes nothing
}

TEST_F(SimulateCli, GardFileWithDatesListsAndRules) {
  const auto changes = file("gard.toml", R"(# Report de la phase 2 et Petite Camargue en exception
from = 2026-01-01
[parameters]
renewal_phase_start = 2027-01-01
intercommunal_exceptions = ["243000643", "243000593"]
[rules]
GARD-ASSISTANT = false
GARD-25PCT = true
)");
  const auto run = run_maillage(args("--caf 30 --format json --changes " + changes));
  ASSERT_EQ(run.code, 0) << run.output;
  const auto json = nlohmann::json::parse(run.output);
  ASSERT_EQ(json["changes"].size(), 3u);
  EXPECT_EQ(json["changes"][2]["id"], "GARD-ASSISTANT");
  EXPECT_EQ(json["changes"][2]["after"], "désactivée");
  bool vauvert = false;
  for (const auto& post : json["changed_posts"]) {
    if (post["id"] != "GARD-052") continue;
    vauvert = true;
    EXPECT_EQ(post["verdict_before"], "exclu");
    EXPECT_EQ(post["verdict_after"], "eligible");
  }
  EXPECT_TRUE(vauvert);
  EXPECT_GT(json["budget"]["difference_cents"].get<long>(), 0);
}

TEST_F(SimulateCli, BadFilesAreRefusedWithLineAndKey) {
  const auto bad = file("changements.toml", R"([parameters]
ceiling_per_fte = "50 000 x"
funding_rate = 0.6
plafond = "3"
[rules]
CHARENTE-FINANCEMENT = false
)");
  const auto run = run_maillage(args("--caf 16 --changes " + bad));
  EXPECT_EQ(run.code, 1) << run.output;
  EXPECT_NE(run.output.find("rien n'a été simulé"), std::string::npos);
  EXPECT_NE(run.output.find("changements.toml, ligne 2 : « Plafond de dépense par ETP de mission » "
                            "(ceiling_per_fte) : « 50 000 x » n'est pas un montant en euros"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("changements.toml, ligne 3 : « Part de la dépense financée par la "
                            "Caf » (funding_rate) : écrivez le nombre entre guillemets"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("ligne 4 : Le paramètre « plafond » n'existe pas"), std::string::npos);
  EXPECT_NE(run.output.find("ligne 6 : La règle « CHARENTE-FINANCEMENT » calcule le financement"),
            std::string::npos);

  const auto syntax = run_maillage(
      args("--caf 16 --changes " + file("syntaxe.toml", "[parameters]\nfunding_rate = \n")));
  EXPECT_EQ(syntax.code, 1);
  EXPECT_NE(syntax.output.find("syntaxe.toml, ligne 2 : syntaxe TOML invalide"), std::string::npos)
      << syntax.output;

  const auto empty = run_maillage(args("--caf 16 --changes " + file("vide.toml", "# rien\n")));
  EXPECT_EQ(empty.code, 1);
  EXPECT_NE(empty.output.find("aucun changement"), std::string::npos);

  const auto unknown_territory = run_maillage(
      args("--caf 16 --changes " +
           file("codes.toml", "[parameters]\nintercommunal_exceptions = [\"999999999\"]\n")));
  EXPECT_EQ(unknown_territory.code, 1);
  EXPECT_NE(unknown_territory.output.find("le territoire 999999999 est inconnu"),
            std::string::npos);

  const auto missing =
      run_maillage(args("--caf 16 --changes " + (*folder_ / "absent.toml").string()));
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.output.find("absent.toml : fichier de changements illisible"),
            std::string::npos);

  const auto no_caf = run_maillage(args("--caf 75 --changes " + ceiling_file()));
  EXPECT_EQ(no_caf.code, 1);
  EXPECT_NE(no_caf.output.find("Aucune Caf pour le département « 75 »"), std::string::npos);

  EXPECT_EQ(run_maillage(args("--caf 16")).code, 2);  // --changes is required
  EXPECT_EQ(run_maillage(args("--caf 16 --format xml --changes " + ceiling_file())).code, 2);
}

}  // namespace
}  // namespace maillage
