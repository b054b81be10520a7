// GET /pilotage/note.pdf over a real server: the Caf's note as a PDF download for the Caf's
// agents and administrators, refused to the others.
#include <gtest/gtest.h>

#include "export/pdf_text.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

using exports::testing::pdf_flat_text;

class SteeringNoteRoute : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static Browser signed_in(const std::string& login) {
    Browser browser(server_->port());
    EXPECT_TRUE(browser.sign_in(login)) << login;
    return browser;
  }
  static TestServer* server_;
};
TestServer* SteeringNoteRoute::server_ = nullptr;

TEST_F(SteeringNoteRoute, CharenteAdministratorDownloadsTheNote) {
  auto browser = signed_in("admin.charente");
  const auto result = browser.get("/pilotage/note.pdf?date=2026-11-23");
  ASSERT_EQ(result.status, 200) << result.body.substr(0, 500);
  EXPECT_EQ(result.content_type, "application/pdf");
  EXPECT_NE(result.header("content-disposition").find("note-cas-16-2026-11-23.pdf"),
            std::string::npos)
      << result.header("content-disposition");
  EXPECT_EQ(result.header("cache-control"), "private, no-store");
  ASSERT_EQ(result.body.rfind("%PDF-", 0), 0u);
  const std::string text = pdf_flat_text(result.body);
  EXPECT_NE(text.find("Caf de la Charente"), std::string::npos) << text;
  EXPECT_NE(text.find("Situation au 23/11/2026"), std::string::npos);
  EXPECT_NE(text.find("14,75 ETP"), std::string::npos) << text;
  EXPECT_NE(text.find("CA du Grand Angoulême"), std::string::npos) << text;
  EXPECT_NE(text.find("Carte de l'écart"), std::string::npos) << "boundaries are loaded";
  EXPECT_NE(text.find("« LES INDICATEURS DE RÉGULATION »"), std::string::npos);
}

// The simulator's link carries its changes: the 50 000 € ceiling for the Charente.
TEST_F(SteeringNoteRoute, SimulatorChangesAddTheComparison) {
  auto browser = signed_in("admin.charente");
  const auto plain = pdf_flat_text(browser.get("/pilotage/note.pdf?date=2026-11-23").body);
  EXPECT_EQ(plain.find("Simulation de la doctrine"), std::string::npos);
  const auto result = browser.get("/pilotage/note.pdf?date=2026-11-23&p_ceiling_per_fte=50000");
  ASSERT_EQ(result.status, 200) << result.body.substr(0, 500);
  const std::string text = pdf_flat_text(result.body);
  EXPECT_NE(text.find("Simulation de la doctrine"), std::string::npos) << text;
  EXPECT_NE(text.find("48 000 € → 50 000 €"), std::string::npos) << text;
  EXPECT_NE(text.find("+800 €"), std::string::npos);
  EXPECT_NE(text.find("CHAR-007"), std::string::npos);
}

TEST_F(SteeringNoteRoute, EachCafGetsItsOwnDepartement) {
  auto browser = signed_in("agent.gard");
  const auto result = browser.get("/pilotage/note.pdf?date=23/11/2026");
  ASSERT_EQ(result.status, 200);
  EXPECT_NE(result.header("content-disposition").find("note-cas-30-2026-11-23.pdf"),
            std::string::npos);
  const std::string text = pdf_flat_text(result.body);
  EXPECT_NE(text.find("Caf du Gard"), std::string::npos) << text;
  EXPECT_EQ(text.find("CA du Grand Angoulême"), std::string::npos);
}

TEST_F(SteeringNoteRoute, OtherRolesAreRefused) {
  for (const char* login : {"elu.nimes", "employeur.nimes", "charge.nimes"}) {
    auto browser = signed_in(login);
    const auto result = browser.get("/pilotage/note.pdf");
    EXPECT_EQ(result.status, 403) << login;
    EXPECT_NE(result.content_type.rfind("text/html", 0), std::string::npos) << login;
  }
}

TEST_F(SteeringNoteRoute, SignedOutGoesToSignIn) {
  Browser browser(server_->port());
  EXPECT_EQ(browser.get("/pilotage/note.pdf").status, 303);
}

TEST_F(SteeringNoteRoute, BadDateIsExplainedInFrench) {
  auto browser = signed_in("admin.charente");
  const auto result = browser.get("/pilotage/note.pdf?date=31/02/2026");
  EXPECT_EQ(result.status, 400);
  EXPECT_NE(result.body.find("est pas une date"), std::string::npos) << result.body;
}

}  // namespace
}  // namespace maillage::testing
