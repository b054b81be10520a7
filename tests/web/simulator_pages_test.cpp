// The doctrine simulator over HTTP: a real server on the demo data, the form, the comparison,
// refusals, bad values, and the exports from the same query string.
#include <gtest/gtest.h>

#include "export/xlsx_package.hpp"
#include "store/database.hpp"
#include "store/generation_repository.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

const std::string kNbsp = "\u00a0";
const std::string kCeiling50000 =
    "/pilotage/simulateur?date=2026-11-23&p_ceiling_per_fte=50+000&p_funding_rate=";

class SimulatorPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    charente_ = new Browser(server_->port());
    ASSERT_TRUE(charente_->sign_in("admin.charente"));
  }
  static void TearDownTestSuite() {
    delete charente_;
    delete server_;
  }
  static std::int64_t generation() {
    auto database = store::Database::open(server_->database_target());
    return store::GenerationRepository(*database).current();
  }

  static TestServer* server_;
  static Browser* charente_;
};
TestServer* SimulatorPages::server_ = nullptr;
Browser* SimulatorPages::charente_ = nullptr;

TEST_F(SimulatorPages, ListsEachParameterWithItsValueInForceAndSource) {
  const auto page = charente_->get("/pilotage/simulateur?date=23/11/2026");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Simulateur de doctrine"), std::string::npos);
  EXPECT_NE(page.body.find("Plafond de dépense par ETP de mission"), std::string::npos);
  EXPECT_NE(page.body.find("En vigueur : <strong>48" + kNbsp + "000" + kNbsp + "€</strong>"),
            std::string::npos);
  EXPECT_NE(page.body.find("En vigueur : <strong>80" + kNbsp + "%</strong>"), std::string::npos);
  EXPECT_NE(page.body.find("004_5379960f3bbf2085.txt, « LA FONCTION DE COORDINATION EN CHARENTE »"),
            std::string::npos);
  EXPECT_NE(
      page.body.find("<label class=\"form-label fw-semibold\" for=\"champ-p_ceiling_per_fte\">"),
      std::string::npos);
  EXPECT_NE(page.body.find("name=\"regle_CHARENTE-INTERCO\""), std::string::npos);
  // No simulation yet, and the funding formula cannot be switched off.
  EXPECT_EQ(page.body.find("Résultat de la simulation"), std::string::npos);
  EXPECT_EQ(page.body.find("regle_CHARENTE-FINANCEMENT"), std::string::npos);
}

// The demo: a 50 000 € ceiling for the Charente. CHAR-007 goes from 19 200 € to 20 000 €,
// the budget from 509 600 € to 510 400 €.
TEST_F(SimulatorPages, ShowsTheBudgetTerritoriesAndChangedPostsSideBySide) {
  const auto before = generation();
  const auto page = charente_->get(kCeiling50000);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Résultat de la simulation au 23/11/2026"), std::string::npos);
  EXPECT_NE(page.body.find("509" + kNbsp + "600" + kNbsp + "€"), std::string::npos);
  EXPECT_NE(page.body.find("510" + kNbsp + "400" + kNbsp + "€"), std::string::npos);
  EXPECT_NE(page.body.find("<strong id=\"ecart-budget\">+800" + kNbsp + "€</strong>"),
            std::string::npos);
  EXPECT_NE(page.body.find("<a href=\"/postes/CHAR-007\">CHAR-007</a>"), std::string::npos);
  EXPECT_NE(page.body.find("19" + kNbsp + "200" + kNbsp + "€"), std::string::npos);
  EXPECT_NE(page.body.find("20" + kNbsp + "000" + kNbsp + "€"), std::string::npos);
  EXPECT_EQ(page.body.find("/postes/CHAR-001\""), std::string::npos);  // unchanged: not listed
  EXPECT_NE(page.body.find("Postes qui changent : 1, dont 0 de verdict"), std::string::npos);
  // The typed value stays in the form, and the exports carry the same query.
  EXPECT_NE(page.body.find("value=\"50 000\""), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/pilotage/simulateur.csv?date=2026-11-23&amp;"
                           "p_ceiling_per_fte=50+000&amp;p_funding_rate=\""),
            std::string::npos);
  EXPECT_EQ(generation(), before);  // nothing written
}

TEST_F(SimulatorPages, ABadValueComesBackOnItsFieldWithoutA500) {
  const auto page =
      charente_->get("/pilotage/simulateur?p_ceiling_per_fte=50+000+x&p_funding_rate=120");
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("id=\"resume-erreurs\""), std::string::npos);
  EXPECT_NE(page.body.find("<a href=\"#champ-p_ceiling_per_fte\">Plafond de dépense par ETP de "
                           "mission : "),
            std::string::npos)
      << page.body;
  EXPECT_NE(page.body.find("« 50 000 x » n&#39;est pas un montant en euros"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"erreur-p_funding_rate\""), std::string::npos);
  EXPECT_NE(page.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(page.body.find("Résultat de la simulation"), std::string::npos);

  const auto date = charente_->get("/pilotage/simulateur?date=31/02/2026&p_funding_rate=60");
  EXPECT_EQ(date.status, 422);
  EXPECT_NE(date.body.find("id=\"erreur-date\""), std::string::npos);

  const auto unknown =
      charente_->get("/pilotage/simulateur?p_intercommunal_exceptions=999999999&p_plafond=3");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_NE(unknown.body.find("le territoire 999999999 est inconnu"), std::string::npos);
  EXPECT_NE(unknown.body.find("Le paramètre « plafond » n&#39;existe pas"), std::string::npos);

  const auto export_refused = charente_->get("/pilotage/simulateur.csv?p_funding_rate=abc");
  EXPECT_EQ(export_refused.status, 400);
  EXPECT_NE(export_refused.body.find("Export impossible"), std::string::npos);
}

TEST_F(SimulatorPages, AnEmptySubmissionSaysWhatToDo) {
  const auto page = charente_->get("/pilotage/simulateur?date=23/11/2026&p_funding_rate=");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Saisissez au moins une nouvelle valeur"), std::string::npos);
}

TEST_F(SimulatorPages, GardSeesItsOwnDoctrineAndRulesCanBeSwitchedOff) {
  Browser gard(server_->port());
  ASSERT_TRUE(gard.sign_in("agent.gard"));
  const auto page =
      gard.get("/pilotage/simulateur?date=2026-11-23&regle_GARD-25PCT=desactivee&p_funding_rate=");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Premiers renouvellements de CTG soumis à la mise en conformité"),
            std::string::npos);
  EXPECT_NE(page.body.find("désactivée"), std::string::npos);
  // GARD-006 (0,24 ETP of mission) was excluded by GARD-25PCT: now funded.
  EXPECT_NE(page.body.find("<a href=\"/postes/GARD-006\">GARD-006</a>"), std::string::npos);
  EXPECT_NE(page.body.find("Levé : exclusion [GARD-25PCT]"), std::string::npos) << page.body;
  EXPECT_EQ(page.body.find("Caf de la Charente"), std::string::npos);
}

TEST_F(SimulatorPages, OtherRolesAreRefused) {
  for (const char* login : {"employeur.nimes", "charge.nimes", "elu.nimes"}) {
    Browser browser(server_->port());
    ASSERT_TRUE(browser.sign_in(login)) << login;
    EXPECT_EQ(browser.get("/pilotage/simulateur").status, 403) << login;
    EXPECT_EQ(browser.get(kCeiling50000).status, 403) << login;
    EXPECT_EQ(browser.get("/pilotage/simulateur.csv?p_funding_rate=60").status, 403) << login;
    EXPECT_EQ(browser.get("/pilotage/simulateur.xlsx?p_funding_rate=60").status, 403) << login;
  }
  Browser anonymous(server_->port());
  EXPECT_EQ(anonymous.get("/pilotage/simulateur").status, 303);
}

TEST_F(SimulatorPages, ExportsTheSameSimulationAsCsvAndXlsx) {
  const std::string query = "?date=2026-11-23&p_ceiling_per_fte=50000";
  const auto csv = charente_->get("/pilotage/simulateur.csv" + query);
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.content_type.find("text/csv"), std::string::npos);
  EXPECT_NE(csv.header("content-disposition").find("simulation-16-2026-11-23.csv"),
            std::string::npos);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBFNiveau;Code;", 0), 0u) << csv.body.substr(0, 80);
  EXPECT_NE(csv.body.find("changement;ceiling_per_fte;Plafond de dépense par ETP de mission"),
            std::string::npos);
  EXPECT_NE(csv.body.find("caf;;Caf de la Charente;;19;;;509600;510400;800;14,75;14,75;"),
            std::string::npos)
      << csv.body;
  EXPECT_NE(csv.body.find("poste;CHAR-007;"), std::string::npos);
  EXPECT_NE(csv.body.find(";19200;20000;800;"), std::string::npos);

  const auto xlsx = charente_->get("/pilotage/simulateur.xlsx" + query);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_NE(xlsx.header("content-disposition").find("simulation-16-2026-11-23.xlsx"),
            std::string::npos);
  const exports::testing::XlsxPackage package(xlsx.body);
  const auto workbook = package.part("xl/workbook.xml");
  for (const char* name : {"Changements", "Territoires", "Postes modifiés"}) {
    EXPECT_NE(workbook.find(std::string("name=\"") + name + "\""), std::string::npos) << name;
  }
  const auto posts = package.cells("xl/worksheets/sheet3.xml");
  EXPECT_EQ(posts.at("A2").value, "CHAR-007");
  EXPECT_EQ(posts.at("F2").value, "19200");
  EXPECT_EQ(posts.at("G2").value, "20000");
}

}  // namespace
}  // namespace maillage::testing
