// The post forms over HTTP: bad input on every field, a stale version, a create, edit and close,
// and sign-in throttling.
#include <gtest/gtest.h>

#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

Browser::Fields with(Browser::Fields fields, const std::string& name, const std::string& value) {
  for (auto& [field, current] : fields) {
    if (field == name) current = value;
  }
  return fields;
}

class PostForms : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() { delete server_; }
  void SetUp() override { ASSERT_TRUE(browser_.sign_in("agent.gard")); }
  static TestServer* server_;
  Browser browser_{server_->port()};
};
TestServer* PostForms::server_ = nullptr;

TEST_F(PostForms, CreatesAPostAndShowsItsFunding) {
  const auto created = browser_.post("/postes", post_form_fields("GARD-TEST-1"));
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_EQ(created.header("location"), "/postes/GARD-TEST-1");
  const auto page = browser_.get("/postes/GARD-TEST-1");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Le poste GARD-TEST-1 a été créé."), std::string::npos);
  EXPECT_NE(page.body.find("Le calcul expliqué"), std::string::npos);
  // The portfolio (cached) sees it at once.
  EXPECT_NE(browser_.get("/portefeuille?territoire=243000643").body.find("GARD-TEST-1"),
            std::string::npos);
}

struct BadField {
  const char* field;
  const char* value;
  const char* message_part;
};

TEST_F(PostForms, EveryFieldRefusesBadInputBesideTheField) {
  const std::vector<BadField> cases{
      {"identifiant", "", "obligatoire"},
      {"identifiant", "GARD-001", "déjà pris"},
      {"code_territoire", "", "obligatoire"},
      {"code_territoire", "999999999", "hors de votre périmètre"},
      {"porteur", "mairie", "mairie"},
      {"etp_agent", "beaucoup", "beaucoup"},
      {"etp_agent", "1,5", "1,5"},
      {"etp_mission", "0", "mission"},
      {"etp_mission", "1,2", "1,2"},
      {"cout_annuel", "gratuit", "gratuit"},
      {"cout_annuel", "0", "0"},
      {"fonction", "maire", "maire"},
      {"niveau_diplome", "12", "12"},
      {"statut", "ancien", "ancien"},
      {"date_embauche", "31/02/2026", "31/02/2026"},
      {"vacant_depuis", "01/01/2020", "01/01/2020"},
      {"caf_associee_recrutement", "peut-être", "peut-être"},
      {"participation_reseau", "", "obligatoire"},
      {"rapport_annuel_transmis", "2", "2"},
  };
  for (const auto& bad : cases) {
    const auto result =
        browser_.post("/postes", with(post_form_fields("GARD-BAD"), bad.field, bad.value));
    EXPECT_EQ(result.status, 422) << bad.field << "=" << bad.value;
    // The summary links to the field, the field says what is wrong, the values are kept.
    EXPECT_NE(result.body.find(std::string("href=\"#champ-") + bad.field + "\""), std::string::npos)
        << bad.field;
    EXPECT_NE(result.body.find(std::string("id=\"erreur-") + bad.field + "\""), std::string::npos)
        << bad.field;
    EXPECT_NE(result.body.find(bad.message_part), std::string::npos) << bad.field;
  }
  EXPECT_EQ(browser_.get("/postes/GARD-BAD").status, 404);  // nothing written
}

TEST_F(PostForms, AStaleSaveIsRefusedWithTheCurrentValues) {
  ASSERT_EQ(browser_.post("/postes", post_form_fields("GARD-TEST-2")).status, 303);
  auto first = with(post_form_fields("GARD-TEST-2"), "cout_annuel", "46 000");
  first.emplace_back("version", "1");
  ASSERT_EQ(browser_.post("/postes/GARD-TEST-2", first).status, 303);
  // A second person saves from the page they opened at version 1.
  Browser other(server_->port());
  ASSERT_TRUE(other.sign_in("admin.gard"));
  auto second = with(post_form_fields("GARD-TEST-2"), "cout_annuel", "47 000");
  second.emplace_back("version", "1");
  const auto stale = other.post("/postes/GARD-TEST-2", second);
  EXPECT_EQ(stale.status, 409);
  EXPECT_NE(stale.body.find("a été modifié par quelqu"), std::string::npos);
  EXPECT_NE(stale.body.find("46000"), std::string::npos);  // the stored value is shown
  EXPECT_NE(stale.body.find("name=\"version\" value=\"2\""), std::string::npos);
  // Nothing was overwritten.
  EXPECT_NE(browser_.get("/postes/GARD-TEST-2").body.find("46\u00a0000"), std::string::npos);
}

TEST_F(PostForms, ClosesAPostWhichLeavesTheFunding) {
  ASSERT_EQ(browser_.post("/postes", post_form_fields("GARD-TEST-3")).status, 303);
  const auto missing = browser_.post("/postes/GARD-TEST-3/cloture",
                                     {{"version", "1"}, {"cloture_le", "le 31"}, {"motif", ""}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_NE(missing.body.find("href=\"#champ-cloture_le\""), std::string::npos);
  EXPECT_NE(missing.body.find("href=\"#champ-motif\""), std::string::npos);
  const auto closed = browser_.post(
      "/postes/GARD-TEST-3/cloture",
      {{"version", "1"}, {"cloture_le", "01/10/2026"}, {"motif", "Départ de l'agent"}});
  ASSERT_EQ(closed.status, 303);
  const auto page = browser_.get("/postes/GARD-TEST-3");
  EXPECT_NE(page.body.find("Poste terminé le 01/10/2026"), std::string::npos);
  EXPECT_EQ(browser_.get("/portefeuille?territoire=243000643").body.find("GARD-TEST-3"),
            std::string::npos);
}

TEST_F(PostForms, SignInIsThrottledPerAccount) {
  Browser attacker(server_->port());
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(attacker.sign_in("elu.nimes", "mauvais-mot-de-passe"));
  Browser owner(server_->port());
  EXPECT_FALSE(owner.sign_in("elu.nimes"));  // locked, even with the right password
  const auto page = owner.get("/connexion");
  const std::string token = between(page.body, "name=\"_connexion\" value=\"", "\"");
  const auto result = owner.post(
      "/connexion",
      {{"_connexion", token}, {"identifiant", "elu.nimes"}, {"mot_de_passe", kDemoPassword}},
      false);
  EXPECT_NE(result.body.find("Trop de tentatives"), std::string::npos);
}

TEST_F(PostForms, SignOutEndsTheSession) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("charge.nimes"));
  const std::string session = browser.cookies().at("maillage_session");
  EXPECT_EQ(browser.post("/deconnexion", {}).status, 303);
  Browser replay(server_->port());
  replay.cookies()["maillage_session"] = session;
  EXPECT_EQ(replay.get("/portefeuille").status, 303);  // back to the sign-in page
}

}  // namespace
}  // namespace maillage::testing
