// `maillage structures import` and `list`, run as a user would.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "store/caf_repository.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/structure_repository.hpp"
#include "store/territory_repository.hpp"
#include "support/command_run.hpp"

namespace maillage {
namespace {

namespace fs = std::filesystem;

using testing::CommandRun;

CommandRun run(const std::string& arguments) {
  return testing::run_maillage(arguments);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A database file with the Caf du Gard and three of its territories.
class StructuresCli : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() /
                 ("maillage-structures-cli-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(directory_);
    fs::create_directories(directory_);
    database_path_ = (directory_ / "test.db").string();
    auto database = store::Database::open(database_path_);
    store::migrate(*database);
    store::in_transaction(*database, [&] {
      store::TerritoryRepository(*database).upsert({{"243000643",
                                                     core::TerritoryKind::kEpci,
                                                     "CA de Nîmes Métropole",
                                                     "30",
                                                     "CA",
                                                     std::nullopt,
                                                     261624,
                                                     {}},
                                                    {"200034379",
                                                     core::TerritoryKind::kEpci,
                                                     "CC Pays d'Uzès",
                                                     "30",
                                                     "CC",
                                                     std::nullopt,
                                                     30894,
                                                     {}},
                                                    {"30189",
                                                     core::TerritoryKind::kCommune,
                                                     "Nîmes",
                                                     "30",
                                                     "",
                                                     std::string("243000643"),
                                                     148104,
                                                     {}}});
      store::CafRepository(*database).add_if_missing({"30", "Caf du Gard", "gard-2024"});
    });
    db_ = "--db " + database_path_;
  }
  void TearDown() override { fs::remove_all(directory_); }

  std::string write(const std::string& name, const std::string& content) {
    const auto path = directory_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  std::size_t stored_count() {
    auto database = store::Database::open(database_path_);
    return store::StructureRepository(*database).list_all().size();
  }

  fs::path directory_;
  std::string database_path_;
  std::string db_;
};

const std::string kHeader = "reference;code_territoire;type;nom;date_fermeture\n";

TEST_F(StructuresCli, ChecksImportsThenListsTheStructuresOfACaf) {
  const std::string file =
      write("structures.csv", kHeader +
                                  "S-1;30189;eaje;Multi-accueil Les Petits Pas;\n"
                                  "S-2;200034379;evs;EVS La Passerelle;31/08/2025\n");
  const CommandRun dry = run("structures import " + file + " --dry-run " + db_);
  ASSERT_EQ(dry.code, 0) << dry.output;
  EXPECT_TRUE(contains(dry.output, "2 structures à créer")) << dry.output;
  EXPECT_TRUE(contains(dry.output, "Rien n'a été enregistré"));
  EXPECT_EQ(stored_count(), 0u);

  const CommandRun applied = run("structures import " + file + " " + db_);
  ASSERT_EQ(applied.code, 0) << applied.output;
  EXPECT_TRUE(contains(applied.output, "Structures : 2 lignes importées (2 créées"))
      << applied.output;
  const CommandRun again = run("structures import " + file + " " + db_);
  ASSERT_EQ(again.code, 0) << again.output;
  EXPECT_EQ(stored_count(), 2u);

  const CommandRun table = run("structures list --caf 30 " + db_);
  ASSERT_EQ(table.code, 0) << table.output;
  EXPECT_TRUE(contains(table.output, "Multi-accueil Les Petits Pas"));
  EXPECT_TRUE(contains(table.output, "31/08/2025"));
  EXPECT_TRUE(contains(table.output, "2 structures."));

  // The CSV has the import's columns: listed, edited, imported again.
  const CommandRun csv = run("structures list --caf 30 --format csv " + db_);
  ASSERT_EQ(csv.code, 0) << csv.output;
  EXPECT_EQ(csv.output.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_TRUE(contains(csv.output, "reference;code_territoire;type;nom;date_fermeture\r\n"));
  EXPECT_TRUE(contains(csv.output, "S-2;200034379;evs;EVS La Passerelle;31/08/2025\r\n"))
      << csv.output;
  const CommandRun reimported =
      run("structures import " + write("listed.csv", csv.output) + " " + db_);
  ASSERT_EQ(reimported.code, 0) << reimported.output;
  EXPECT_EQ(stored_count(), 2u);

  const CommandRun unknown = run("structures list --caf 99 " + db_);
  EXPECT_EQ(unknown.code, 2);
  EXPECT_TRUE(contains(unknown.output, "Aucune Caf pour le département « 99 »"));
}

TEST_F(StructuresCli, RefusesAWrongFileWithLineAndColumnAndWritesNothing) {
  const std::string file = write("wrong.csv", kHeader +
                                                  "S-1;30189;eaje;Crèche;\n"
                                                  "S-2;99999;garderie;Crèche fantôme;\n");
  for (const char* option : {" --dry-run ", " "}) {
    const CommandRun run_result = run("structures import " + file + option + db_);
    EXPECT_EQ(run_result.code, 1) << run_result.output;
    EXPECT_TRUE(contains(run_result.output, "Rien n'a été enregistré"));
    EXPECT_TRUE(contains(run_result.output, "ligne 3, colonne « code_territoire »"));
    EXPECT_TRUE(contains(run_result.output, "ligne 3, colonne « type »"));
  }
  EXPECT_EQ(stored_count(), 0u);
}

}  // namespace
}  // namespace maillage
