#include <gtest/gtest.h>

#include <filesystem>

#include "store/doctrine_files.hpp"
#include "support/seed_citation.hpp"

namespace maillage {
namespace {

const std::filesystem::path kSource = MAILLAGE_SOURCE_DIR;

TEST(DoctrineFiles, AllShippedDoctrinesLoad) {
  const auto doctrines = store::load_doctrines(kSource / "data" / "doctrines");
  ASSERT_EQ(doctrines.size(), 5u);
  for (const auto& doctrine : doctrines) {
    EXPECT_FALSE(doctrine.rules.empty()) << doctrine.id;
    for (const auto& rule : doctrine.rules) EXPECT_FALSE(rule.statement.empty()) << rule.id;
  }
}

// Every rule and parameter cites a seed by file and section, and its quote is really there
// ("..." marks a cut): the engine's explanations quote the sources back to users.
TEST(DoctrineFiles, EveryCitationIsFoundInItsSeed) {
  for (const auto& doctrine : store::load_doctrines(kSource / "data" / "doctrines")) {
    std::vector<std::pair<std::string, core::Source>> sources;
    for (const auto& rule : doctrine.rules) sources.emplace_back(rule.id, rule.source);
    for (const auto& [id, parameter] : doctrine.parameters)
      sources.emplace_back(id, parameter.source);
    for (const auto& [id, source] : sources) testing::expect_cited(doctrine.id + " " + id, source);
  }
}

TEST(DoctrineFiles, ReportsEveryProblemWithItsLine) {
  const auto result = store::parse_doctrine(R"(
id = "test"
name = "Doctrine de test"
caf = "Caf de test"
valid_from = 2025-01-01
last_checked = 2026-01-01

[parameters.rate]
label = "Taux"
unit = "pourcentage"
source = { file = "f.txt", section = "S", quote = "q" }
values = [ { from = 2025-01-01, value = 0.5 } ]

[[rules]]
id = "R1"
kind = "funding_formula"
statement = "Financement"
outcome = "info"
parameters = { rate = "rate", ceiling_per_fte = "absent" }
source = { file = "f.txt", section = "S", quote = "q" }

[[rules]]
id = "R2"
kind = "formule_magique"
statement = "?"
outcome = "peut-etre"
source = { file = "f.txt", section = "S", quote = "q" }
)",
                                            "test.toml");
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(result));
  const auto& errors = std::get<std::vector<std::string>>(result);
  const auto mentions = [&](const std::string& text) {
    for (const auto& error : errors) {
      if (error.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(mentions("test.toml, ligne 12 : valeur invalide")) << errors.front();
  EXPECT_TRUE(mentions("paramètre « absent » introuvable"));
  EXPECT_TRUE(mentions("type « formule_magique » inconnu"));
  EXPECT_TRUE(mentions("issue « peut-etre » inconnue"));
}

}  // namespace
}  // namespace maillage
