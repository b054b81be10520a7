// The redeployment page and saved scenarios over HTTP: the Charente's proposal, refusals for
// other roles, bad input on the fields, save, reopen, stale update, delete.
#include <gtest/gtest.h>

#include <regex>

#include "web/templates.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

class RedeploymentPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static TestServer* server_;
};
TestServer* RedeploymentPages::server_ = nullptr;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Whether the page shows `text`, written by the server (so HTML-escaped).
bool shows(const std::string& page, const std::string& text) {
  return contains(page, web::escape_html(text));
}

// The territories of the proposal table, by their input's name.
std::vector<std::string> allocation_fields(const std::string& page) {
  std::vector<std::string> fields;
  const std::regex input(R"re(name="(etp_[0-9]+)")re");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), input);
       it != std::sregex_iterator(); ++it) {
    fields.push_back((*it)[1]);
  }
  return fields;
}

std::string unescaped(std::string text) {
  for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
    for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, entity.size(), character);
    }
  }
  return text;
}

// The form's hidden settings, as the page wrote them.
Browser::Fields hidden_settings(const std::string& page) {
  Browser::Fields fields;
  const std::regex hidden(R"re(<input type="hidden" name="([a-z_]+)" value="([^"]*)">)re");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), hidden);
       it != std::sregex_iterator(); ++it) {
    if ((*it)[1] == "_csrf" || (*it)[1] == "version") continue;
    fields.emplace_back((*it)[1], unescaped((*it)[2]));
  }
  return fields;
}

TEST_F(RedeploymentPages, ShowsTheCharenteProposalWithItsMethod) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.charente"));
  const auto page = browser.get("/pilotage/redeploiement");
  ASSERT_EQ(page.status, 200) << between(page.body, "<main", "</main>");
  EXPECT_EQ(allocation_fields(page.body).size(), 9u);   // the nine EPCIs of seed 004
  EXPECT_TRUE(contains(page.body, "value=\"14,75\""));  // today's funded FTE as the total
  EXPECT_TRUE(shows(page.body, "plus forts restes"));
  EXPECT_TRUE(shows(page.body, "« à minima à 0.5 ETP »"));
  EXPECT_TRUE(contains(page.body, "<caption>ETP par EPCI au"));
  EXPECT_TRUE(contains(page.body, "<th scope=\"row\"><a href=\"/territoires/"));
  EXPECT_TRUE(shows(page.body, "Aucun scénario de redéploiement"));

  // With structures weighted, a coarser step and only CTG territories: still 9 inputs.
  const auto weighted = browser.get(
      "/pilotage/redeploiement?poids_structures=25&pas=0%2C25&beneficiaires=ctg&total_etp=15");
  ASSERT_EQ(weighted.status, 200);
  EXPECT_TRUE(contains(weighted.body, "75\u00a0% × sa part de la population"));
  EXPECT_TRUE(contains(weighted.body, "15\u00a0ETP"));
}

TEST_F(RedeploymentPages, IsRefusedToTerritoryRoles) {
  for (const char* login : {"elu.nimes", "employeur.nimes", "charge.nimes"}) {
    Browser browser(server_->port());
    ASSERT_TRUE(browser.sign_in(login));
    EXPECT_EQ(browser.get("/pilotage/redeploiement").status, 403) << login;
    EXPECT_EQ(browser.post("/pilotage/redeploiement", {{"action", "enregistrer"}}).status, 403)
        << login;
  }
  Browser anonymous(server_->port());
  EXPECT_EQ(anonymous.get("/pilotage/redeploiement").status, 303);
}

TEST_F(RedeploymentPages, PutsEachBadValueOnItsField) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.charente"));
  const std::vector<std::pair<std::string, std::string>> cases{
      {"total_etp=-2", "est négatif"},
      {"total_etp=douze", "n'est pas un nombre"},
      {"total_etp=1%2C255", "trop de décimales"},
      {"total_etp=3", "ne couvre pas les planchers"},
      {"total_etp=14%2C73", "n'est pas un multiple du pas"},
  };
  for (const auto& [query, message] : cases) {
    const auto page = browser.get("/pilotage/redeploiement?" + query);
    EXPECT_EQ(page.status, 422) << query;
    EXPECT_TRUE(shows(page.body, message)) << query;
    EXPECT_TRUE(contains(page.body, "id=\"champ-total_etp\" name=\"total_etp\" type=\"text\""));
    EXPECT_TRUE(contains(page.body, "href=\"#champ-total_etp\"")) << query;
    EXPECT_TRUE(contains(page.body, "aria-invalid=\"true\"")) << query;
    EXPECT_TRUE(allocation_fields(page.body).empty()) << query;
  }
  const auto weight = browser.get("/pilotage/redeploiement?poids_structures=150");
  EXPECT_EQ(weight.status, 422);
  EXPECT_TRUE(contains(weight.body, "href=\"#champ-poids_structures\""));
  const auto date = browser.get("/pilotage/redeploiement?date=31%2F02%2F2026");
  EXPECT_EQ(date.status, 422);
  EXPECT_TRUE(contains(date.body, "href=\"#champ-date\""));
}

TEST_F(RedeploymentPages, AdjustsSavesReopensUpdatesAndDeletesAScenario) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.charente"));
  const auto page = browser.get("/pilotage/redeploiement");
  ASSERT_EQ(page.status, 200);
  const auto fields = allocation_fields(page.body);
  ASSERT_EQ(fields.size(), 9u);
  // 6,75 ETP for the first EPCI and 1 ETP for each of the eight others: 14,75 ETP.
  const auto form_with = [&](const std::string& second_value) {
    Browser::Fields form = hidden_settings(page.body);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      form.emplace_back(fields[i], i == 0 ? "6,75" : i == 1 ? second_value : "1");
    }
    return form;
  };
  const Browser::Fields form = form_with("1");

  // Recalculate: the new total and gaps, nothing saved.
  auto adjusted = form;
  adjusted.emplace_back("action", "recalculer");
  const auto recalculated = browser.post("/pilotage/redeploiement", adjusted);
  ASSERT_EQ(recalculated.status, 200) << between(recalculated.body, "<main", "</main>");
  EXPECT_TRUE(contains(recalculated.body, "value=\"6,75\""));
  EXPECT_TRUE(contains(recalculated.body, "14,75\u00a0ETP"));

  // A negative value: refused on its field.
  auto negative = form_with("-1");
  negative.emplace_back("action", "enregistrer");
  negative.emplace_back("nom", "Essai");
  const auto refused = browser.post("/pilotage/redeploiement", negative);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, "href=\"#champ-" + fields[1] + "\""));
  EXPECT_TRUE(shows(refused.body, "est négatif"));

  // No name: refused. Without the CSRF token: refused.
  auto unnamed = form;
  unnamed.emplace_back("action", "enregistrer");
  EXPECT_EQ(browser.post("/pilotage/redeploiement", unnamed).status, 422);
  auto named = unnamed;
  named.emplace_back("nom", "Rééquilibrage Charente 2027");
  EXPECT_EQ(browser.post("/pilotage/redeploiement", named, false).status, 403);

  const auto saved = browser.post("/pilotage/redeploiement", named);
  ASSERT_EQ(saved.status, 303) << between(saved.body, "<main", "</main>");
  const std::string href = saved.header("location");
  ASSERT_TRUE(contains(href, "/pilotage/scenarios/"));
  const auto reopened = browser.get(href);
  ASSERT_EQ(reopened.status, 200);
  EXPECT_TRUE(shows(reopened.body, "Rééquilibrage Charente 2027"));
  EXPECT_TRUE(shows(reopened.body, "a été enregistré"));
  EXPECT_TRUE(contains(reopened.body, "name=\"" + fields[0] + "\" value=\"6,75\""));
  EXPECT_TRUE(contains(reopened.body, "name=\"version\" value=\"1\""));
  EXPECT_TRUE(shows(browser.get("/pilotage/redeploiement").body, "Rééquilibrage Charente 2027"));

  // Another Caf does not see it.
  Browser gard(server_->port());
  ASSERT_TRUE(gard.sign_in("admin.gard"));
  EXPECT_EQ(gard.get(href).status, 404);

  // Update over version 1, then the same stale form again.
  Browser::Fields update{
      {"nom", "Rééquilibrage Charente 2027 (CAS)"}, {"version", "1"}, {"action", "enregistrer"}};
  for (const auto& field : fields) update.emplace_back(field, field == fields[0] ? "6,75" : "1");
  EXPECT_EQ(browser.post(href, update).status, 303);
  const auto stale = browser.post(href, update);
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(contains(stale.body, "name=\"version\" value=\"2\""));
  EXPECT_TRUE(shows(browser.get(href).body, "Rééquilibrage Charente 2027 (CAS)"));

  EXPECT_EQ(browser.post(href + "/suppression", {{"version", "1"}}).status, 409);
  const auto deleted = browser.post(href + "/suppression", {{"version", "2"}});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(browser.get(href).status, 404);
  EXPECT_EQ(browser.get("/pilotage/scenarios/abc").status, 404);
}

}  // namespace
}  // namespace maillage::testing
