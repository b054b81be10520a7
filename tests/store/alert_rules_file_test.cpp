#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "store/alert_rules_file.hpp"

namespace maillage {
namespace {

const std::filesystem::path kSource = MAILLAGE_SOURCE_DIR;

// The message of the std::runtime_error that parsing `text` throws; fails the test if none.
std::string error_of(const std::string& text) {
  try {
    store::parse_alert_rules(text, "test.toml");
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  ADD_FAILURE() << "aucune erreur pour :\n" << text;
  return "";
}

const std::string kValidRule = R"([[alerte]]
id = "COPIL-ANNUEL"
type = "copil_absent"
source = { file = "f.txt", section = "S", quote = "q" }
)";

TEST(AlertRulesFile, TheShippedRulesLoad) {
  const auto rules = store::load_alert_rules(kSource / "data" / "alerts" / "alertes.toml");
  ASSERT_EQ(rules.size(), 5u);
  EXPECT_EQ(rules[0].id, "COPIL-ANNUEL");
  EXPECT_EQ(rules[0].kind, core::AlertKind::kNoCopilThisYear);
  EXPECT_EQ(rules[1].id, "COMPTE-RENDU-CAF");
  EXPECT_EQ(rules[1].kind, core::AlertKind::kMinutesNotSent);
  EXPECT_EQ(rules[1].days, 30);
  EXPECT_EQ(rules[2].kind, core::AlertKind::kDiagnosticPastDue);
  EXPECT_EQ(rules[3].kind, core::AlertKind::kActionOverdue);
  EXPECT_EQ(rules[4].kind, core::AlertKind::kIndicatorWithoutValue);
  for (const auto& rule : rules) {
    EXPECT_FALSE(rule.id.empty());
    EXPECT_FALSE(rule.source.file.empty()) << rule.id;
    EXPECT_FALSE(rule.source.section.empty()) << rule.id;
    EXPECT_FALSE(rule.source.quote.empty()) << rule.id;
    EXPECT_GE(rule.from_month, 1) << rule.id;
    EXPECT_LE(rule.from_month, 12) << rule.id;
  }
}

TEST(AlertRulesFile, ReadsEveryKey) {
  const auto rules = store::parse_alert_rules(R"([[alerte]]
id = "CR"
type = "compte_rendu_non_envoye"
delai_jours = 15
a_partir_du_mois = 3
source = { file = "f.txt", section = "Section", quote = "Citation" }
)",
                                              "test.toml");
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].id, "CR");
  EXPECT_EQ(rules[0].kind, core::AlertKind::kMinutesNotSent);
  EXPECT_EQ(rules[0].days, 15);
  EXPECT_EQ(rules[0].from_month, 3);
  EXPECT_EQ(rules[0].source.file, "f.txt");
  EXPECT_EQ(rules[0].source.section, "Section");
  EXPECT_EQ(rules[0].source.quote, "Citation");
  // Without a_partir_du_mois, a rule applies from January.
  EXPECT_EQ(store::parse_alert_rules(kValidRule, "test.toml").front().from_month, 1);
}

TEST(AlertRulesFile, EveryKnownTypeParses) {
  EXPECT_EQ(core::parse_alert_kind("copil_absent"), core::AlertKind::kNoCopilThisYear);
  EXPECT_EQ(core::parse_alert_kind("compte_rendu_non_envoye"), core::AlertKind::kMinutesNotSent);
  EXPECT_EQ(core::parse_alert_kind("diagnostic_a_actualiser"), core::AlertKind::kDiagnosticPastDue);
  EXPECT_EQ(core::parse_alert_kind("action_en_retard"), core::AlertKind::kActionOverdue);
  EXPECT_EQ(core::parse_alert_kind("indicateur_sans_valeur"),
            core::AlertKind::kIndicatorWithoutValue);
  EXPECT_FALSE(core::parse_alert_kind("COPIL_ABSENT").has_value());
  EXPECT_FALSE(core::parse_alert_kind("").has_value());
}

TEST(AlertRulesFile, AnUnknownTypeIsRefusedWithItsLine) {
  const auto message = error_of(kValidRule + R"(
[[alerte]]
id = "MYSTERE"
type = "alerte_mystere"
source = { file = "f.txt", section = "S", quote = "q" }
)");
  EXPECT_NE(message.find("test.toml, ligne 6"), std::string::npos) << message;
  EXPECT_NE(message.find("« alerte_mystere »"), std::string::npos) << message;
}

TEST(AlertRulesFile, AMissingSourceIsRefusedWithItsLine) {
  const auto message = error_of(R"(
[[alerte]]
id = "SANS-SOURCE"
type = "action_en_retard"
)");
  EXPECT_NE(message.find("test.toml, ligne 2"), std::string::npos) << message;
  EXPECT_NE(message.find("source"), std::string::npos) << message;
  // A source without its quote is no better.
  EXPECT_NE(error_of(R"([[alerte]]
id = "SANS-CITATION"
type = "action_en_retard"
source = { file = "f.txt", section = "S" }
)")
                .find("test.toml, ligne 1"),
            std::string::npos);
}

TEST(AlertRulesFile, AMinutesRuleNeedsItsDelay) {
  const auto message = error_of(R"(# Règles

[[alerte]]
id = "CR"
type = "compte_rendu_non_envoye"
source = { file = "f.txt", section = "S", quote = "q" }
)");
  EXPECT_NE(message.find("test.toml, ligne 3"), std::string::npos) << message;
  EXPECT_NE(message.find("delai_jours"), std::string::npos) << message;
  EXPECT_NE(error_of(R"([[alerte]]
id = "CR"
type = "compte_rendu_non_envoye"
delai_jours = 0
source = { file = "f.txt", section = "S", quote = "q" }
)")
                .find("delai_jours"),
            std::string::npos);
}

TEST(AlertRulesFile, TheStartMonthGoesFromOneToTwelve) {
  for (const char* month : {"13", "0", "-1"}) {
    const auto message = error_of(kValidRule + "a_partir_du_mois = " + month + "\n");
    EXPECT_NE(message.find("test.toml, ligne 1"), std::string::npos) << month << " : " << message;
    EXPECT_NE(message.find("a_partir_du_mois"), std::string::npos) << message;
  }
  EXPECT_NO_THROW(store::parse_alert_rules(kValidRule + "a_partir_du_mois = 12\n", "test.toml"));
}

TEST(AlertRulesFile, AMissingIdIsRefused) {
  const auto message = error_of(R"([[alerte]]
type = "action_en_retard"
source = { file = "f.txt", section = "S", quote = "q" }
)");
  EXPECT_NE(message.find("« id »"), std::string::npos) << message;
}

TEST(AlertRulesFile, EveryProblemIsListed) {
  const auto message = error_of(R"([[alerte]]
id = "A"
type = "inconnu"
source = { file = "f.txt", section = "S", quote = "q" }

[[alerte]]
id = "B"
type = "action_en_retard"
a_partir_du_mois = 13
source = { file = "f.txt", section = "S", quote = "q" }
)");
  EXPECT_NE(message.find("test.toml, ligne 1"), std::string::npos) << message;
  EXPECT_NE(message.find("test.toml, ligne 6"), std::string::npos) << message;
}

TEST(AlertRulesFile, BrokenTomlNamesItsLine) {
  const auto message = error_of(kValidRule + "id = \n");
  EXPECT_NE(message.find("test.toml, ligne 5"), std::string::npos) << message;
}

TEST(AlertRulesFile, AFileWithoutRulesIsRefused) {
  EXPECT_NE(error_of("# rien\n").find("[[alerte]]"), std::string::npos);
}

TEST(AlertRulesFile, AMissingFileIsNamed) {
  try {
    store::load_alert_rules(kSource / "data" / "alerts" / "absent.toml");
    FAIL() << "aucune erreur";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("absent.toml"), std::string::npos) << error.what();
  }
}

TEST(AlertRulesFile, AMisspeltKeyANumberAsTextAndADuplicateIdAreRefused) {
  const auto message = error_of(kValidRule + R"(
[[alerte]]
id = "CR"
type = "compte_rendu_non_envoye"
delai_jour = 30
a_partir_du_mois = "3"
source = { file = "f.txt", section = "S", quote = "q" }
)" + kValidRule);
  EXPECT_NE(message.find("test.toml, ligne 6 : clé inconnue « delai_jour »"), std::string::npos)
      << message;
  EXPECT_NE(message.find("« a_partir_du_mois » doit être un nombre entier"), std::string::npos)
      << message;
  EXPECT_NE(message.find("l'identifiant « COPIL-ANNUEL » est en double"), std::string::npos)
      << message;
}

}  // namespace
}  // namespace maillage
