// Who sees what, enforced by the server: every role against every page and form, with the
// answers allowed (200), refused (403) and not found (404 — the same for a record outside the
// perimeter as for one that does not exist).
#include <gtest/gtest.h>

#include <map>

#include "store/database.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

const std::vector<std::string> kLogins{"admin.gard",   "agent.gard", "employeur.nimes",
                                       "charge.nimes", "elu.nimes",  "admin.charente"};

class Permissions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    auto database = store::Database::open(server_->database_target());
    database->session() << "SELECT id FROM ctgs WHERE territory_code = '243000643'"
                           " ORDER BY start_date DESC LIMIT 1",
        soci::into(nimes_ctg_);
    database->session() << "SELECT id FROM ctgs WHERE territory_code = '200034692'"
                           " ORDER BY start_date DESC LIMIT 1",
        soci::into(other_gard_ctg_);
    browsers_ = new std::map<std::string, Browser>();
    for (const auto& login : kLogins) {
      auto [it, inserted] = browsers_->emplace(login, Browser(server_->port()));
      ASSERT_TRUE(it->second.sign_in(login)) << login;
    }
  }
  static void TearDownTestSuite() {
    delete browsers_;
    delete server_;
  }
  static Browser& as(const std::string& login) { return browsers_->at(login); }

  // Expected status per login, in kLogins order.
  static void expect_get(const std::string& path, const std::vector<int>& expected) {
    for (std::size_t i = 0; i < kLogins.size(); ++i) {
      EXPECT_EQ(as(kLogins[i]).get(path).status, expected[i]) << kLogins[i] << " GET " << path;
    }
  }

  static TestServer* server_;
  static std::map<std::string, Browser>* browsers_;
  static long long nimes_ctg_;
  static long long other_gard_ctg_;
};
TestServer* Permissions::server_ = nullptr;
std::map<std::string, Browser>* Permissions::browsers_ = nullptr;
long long Permissions::nimes_ctg_ = 0;
long long Permissions::other_gard_ctg_ = 0;

//                                    admin  agent  empl.  chargé  élu  admin16
TEST_F(Permissions, PagesEveryoneReaches) {
  for (const char* path :
       {"/", "/portefeuille", "/portefeuille.csv", "/portefeuille.xlsx", "/compte"}) {
    expect_get(path, {200, 200, 200, 200, 200, 200});
  }
}

TEST_F(Permissions, ARecordOfTheirTerritory) {
  expect_get("/territoires/243000643", {200, 200, 200, 200, 200, 404});
  expect_get("/postes/GARD-001", {200, 200, 200, 200, 200, 404});
  expect_get("/ctg/" + std::to_string(nimes_ctg_), {200, 200, 200, 200, 200, 404});
  expect_get("/historique/post/GARD-001", {200, 200, 200, 200, 200, 404});
  expect_get("/historique/ctg/" + std::to_string(nimes_ctg_), {200, 200, 200, 200, 200, 404});
}

TEST_F(Permissions, ARecordOfAnotherGardTerritory) {
  // The Caf's administrator sees all the Gard; the others only what is assigned to them.
  expect_get("/territoires/200034692", {200, 404, 404, 404, 404, 404});
  expect_get("/postes/GARD-031", {200, 404, 404, 404, 404, 404});
  expect_get("/ctg/" + std::to_string(other_gard_ctg_), {200, 404, 404, 404, 404, 404});
  expect_get("/postes/GARD-031/modifier", {200, 404, 404, 404, 404, 404});
}

TEST_F(Permissions, OutsideThePerimeterLooksMissing) {
  const auto outside = as("admin.charente").get("/postes/GARD-001");
  const auto missing = as("admin.charente").get("/postes/GARD-999");
  EXPECT_EQ(outside.status, 404);
  EXPECT_EQ(outside.body, missing.body);
  EXPECT_EQ(as("agent.gard").get("/territoires/200034692").body,
            as("agent.gard").get("/territoires/999999999").body);
}

TEST_F(Permissions, PostForms) {
  expect_get("/postes/nouveau", {200, 200, 200, 403, 403, 200});
  expect_get("/postes/GARD-001/modifier", {200, 200, 200, 403, 403, 404});
  expect_get("/postes/GARD-001/fin", {200, 200, 200, 403, 403, 404});
}

TEST_F(Permissions, CtgForms) {
  const std::string ctg = "/ctg/" + std::to_string(nimes_ctg_);
  expect_get("/ctg/nouvelle", {200, 200, 403, 403, 403, 200});
  expect_get(ctg + "/modifier", {200, 200, 403, 403, 403, 404});
  expect_get(ctg + "/fin", {200, 200, 403, 403, 403, 404});
}

TEST_F(Permissions, ImportsAndJournal) {
  expect_get("/imports", {200, 200, 200, 403, 403, 200});
  expect_get("/journal", {200, 403, 403, 403, 403, 200});
}

TEST_F(Permissions, WritesRefusedOnTheServerNotJustHidden) {
  // Posting the form directly, without the page that hides the button.
  const Browser::Fields fields{{"version", "1"},
                               {"porteur", "epci"},
                               {"etp_agent", "1"},
                               {"etp_mission", "1"},
                               {"cout_annuel", "40000"}};
  EXPECT_EQ(as("elu.nimes").post("/postes/GARD-001", fields).status, 403);
  EXPECT_EQ(as("charge.nimes").post("/postes/GARD-001", fields).status, 403);
  EXPECT_EQ(as("admin.charente").post("/postes/GARD-001", fields).status, 404);
  EXPECT_EQ(as("agent.gard").post("/postes/GARD-031", fields).status, 404);
  EXPECT_EQ(as("elu.nimes")
                .post("/postes/GARD-001/cloture",
                      {{"version", "1"}, {"cloture_le", "31/12/2026"}, {"motif", "x"}})
                .status,
            403);
  EXPECT_EQ(as("employeur.nimes")
                .post("/ctg/" + std::to_string(nimes_ctg_),
                      {{"version", "1"}, {"date_debut", "01/01/2026"}, {"date_fin", "31/12/2030"}})
                .status,
            403);
  // Creating a post on someone else's territory.
  const auto created = as("employeur.nimes")
                           .post("/postes", {{"identifiant", "HORS-PERIMETRE"},
                                             {"code_territoire", "200034692"},
                                             {"porteur", "epci"},
                                             {"etp_agent", "1"},
                                             {"etp_mission", "1"},
                                             {"cout_annuel", "40000"},
                                             {"fonction", "cooperation"},
                                             {"niveau_diplome", "6"},
                                             {"statut", "creation"},
                                             {"caf_associee_recrutement", "oui"},
                                             {"participation_reseau", "oui"},
                                             {"rapport_annuel_transmis", "non"}});
  EXPECT_EQ(created.status, 422);
  EXPECT_NE(created.body.find("hors de votre périmètre"), std::string::npos);
  EXPECT_EQ(as("admin.gard").get("/postes/HORS-PERIMETRE").status, 404);
}

TEST_F(Permissions, StateChangesNeedTheCsrfToken) {
  const Browser::Fields fields{{"version", "1"}, {"cloture_le", "31/12/2026"}, {"motif", "test"}};
  EXPECT_EQ(as("admin.gard").post("/postes/GARD-001/cloture", fields, false).status, 403);
  Browser::Fields forged = fields;
  forged.emplace_back("_csrf", "un-jeton-invente");
  EXPECT_EQ(as("admin.gard").post("/postes/GARD-001/cloture", forged, false).status, 403);
  EXPECT_EQ(as("admin.gard").post("/deconnexion", {}, false).status, 403);
  // The post is still open.
  EXPECT_EQ(as("admin.gard").get("/postes/GARD-001").body.find("Poste terminé"), std::string::npos);
}

TEST_F(Permissions, TheSignInFormRefusesAForeignPost) {
  Browser browser(server_->port());
  const auto result = browser.post(
      "/connexion", {{"identifiant", "admin.gard"}, {"mot_de_passe", kDemoPassword}}, false);
  EXPECT_EQ(result.status, 403);
  EXPECT_EQ(browser.cookies().count("maillage_session"), 0u);
}

}  // namespace
}  // namespace maillage::testing
