// Creating, editing and closing a CTG through the browser forms, with every refusal.
#include <gtest/gtest.h>

#include "store/ctg_repository.hpp"
#include "store/database.hpp"
#include "store/territory_repository.hpp"
#include "web/templates.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

class CtgForms : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static std::unique_ptr<store::Database> database() {
    return store::Database::open(server_->database_target());
  }
  // The id of the territory's CTG that starts on `start_iso`.
  static std::string ctg_id(const std::string& territory, const std::string& start_iso) {
    auto db = database();
    for (const auto& ctg : store::CtgRepository(*db).list_for_territory(territory)) {
      if (core::format_iso_date(ctg.start) == start_iso) return std::to_string(ctg.id);
    }
    return "";
  }
  static TestServer* server_;
};
TestServer* CtgForms::server_ = nullptr;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Whether the page shows `text`, written by the server (so HTML-escaped: ' and / too).
bool shows(const std::string& page, const std::string& text) {
  return contains(page, web::escape_html(text));
}

Browser::Fields ctg_form(const std::string& territory, const std::string& start,
                         const std::string& end, const std::string& version = "0") {
  return {{"code_territoire", territory},
          {"date_debut", start},
          {"date_fin", end},
          {"renouvellement", "oui"},
          {"signataires", "Caf du Gard\r\nTerre de Camargue\r\n"},
          {"thematiques", "petite enfance\r\njeunesse"},
          {"version", version}};
}

TEST_F(CtgForms, AnAdministratorCreatesEditsAndClosesACtg) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.gard"));
  const auto blank = browser.get("/ctg/nouvelle?territoire=243000650");
  ASSERT_EQ(blank.status, 200);
  EXPECT_TRUE(contains(blank.body, "<option value=\"243000650\" selected>")) << blank.body;
  EXPECT_TRUE(contains(blank.body, "Un signataire par ligne"));

  // Terre de Camargue's CTG ends on 31/12/2026: the next one starts the day after.
  const auto created = browser.post("/ctg", ctg_form("243000650", "01/01/2027", "31/12/2031"));
  ASSERT_EQ(created.status, 303) << between(created.body, "<main", "</main>");
  const std::string href = created.header("location");
  ASSERT_EQ(href, "/ctg/" + ctg_id("243000650", "2027-01-01"));
  const auto page = browser.get(href);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "a été créée"));
  EXPECT_TRUE(contains(page.body, "<li>Terre de Camargue</li>"));

  const auto edit = browser.get(href + "/modifier");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(contains(edit.body, "name=\"version\" value=\"1\""));
  EXPECT_TRUE(shows(edit.body, "31/12/2031"));
  EXPECT_EQ(browser.post(href, ctg_form("", "01/01/2027", "31/12/2032", "1")).status, 303);

  // The same form sent again over version 1: someone saved since.
  const auto stale = browser.post(href, ctg_form("", "01/01/2027", "31/12/2033", "1"));
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(shows(stale.body, "modifié par quelqu'un d'autre"));
  EXPECT_TRUE(contains(stale.body, "<td>" + web::escape_html("31/12/2032") + "</td><td>" +
                                       web::escape_html("31/12/2033") + "</td>"))
      << stale.body;
  EXPECT_TRUE(contains(stale.body, "name=\"version\" value=\"2\""));

  EXPECT_EQ(browser.get(href + "/fin").status, 200);
  const auto bad_close = browser.post(
      href + "/cloture", {{"cloture_le", "31/12/2040"}, {"motif", ""}, {"version", "2"}});
  EXPECT_EQ(bad_close.status, 422);
  EXPECT_TRUE(contains(bad_close.body, "id=\"erreur-cloture_le\""));
  EXPECT_TRUE(contains(bad_close.body, "id=\"erreur-motif\""));
  const auto closed =
      browser.post(href + "/cloture",
                   {{"cloture_le", "31/12/2029"}, {"motif", "Fusion d'EPCI"}, {"version", "2"}});
  ASSERT_EQ(closed.status, 303);
  const auto after = browser.get(href);
  EXPECT_TRUE(shows(after.body, "close le 31/12/2029"));
  EXPECT_TRUE(shows(after.body, "prend fin le 31/12/2029"));
}

TEST_F(CtgForms, RefusesAnOverlapAndBadDatesBesideTheFields) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("agent.gard"));
  // Alès Agglomération has a CTG from 01/01/2026 to 31/12/2029.
  const auto overlap = browser.post("/ctg", ctg_form("200066918", "01/06/2029", "31/12/2033"));
  EXPECT_EQ(overlap.status, 422);
  EXPECT_TRUE(contains(overlap.body, "id=\"erreur-date_debut\""));
  EXPECT_TRUE(
      shows(overlap.body, "chevauche celle du territoire 200066918 du 01/01/2026 au 31/12/2029"))
      << between(overlap.body, "<main", "</main>");
  EXPECT_TRUE(contains(overlap.body, "href=\"#champ-date_debut\""));

  const auto bad_dates = browser.post("/ctg", ctg_form("200066918", "32/01/2030", "2030-13-01"));
  EXPECT_EQ(bad_dates.status, 422);
  EXPECT_TRUE(contains(bad_dates.body, "id=\"erreur-date_debut\""));
  EXPECT_TRUE(contains(bad_dates.body, "id=\"erreur-date_fin\""));
  EXPECT_TRUE(shows(bad_dates.body, "32/01/2030")) << "values kept on error";

  const auto reversed = browser.post("/ctg", ctg_form("200066918", "01/01/2031", "31/12/2030"));
  EXPECT_EQ(reversed.status, 422);
  EXPECT_TRUE(contains(reversed.body, "précède la date de début"));

  // Outside the agent's perimeter (Pays d'Uzès): the same answer as an unknown territory.
  const auto outside = browser.post("/ctg", ctg_form("200034379", "01/01/2031", "31/12/2034"));
  EXPECT_EQ(outside.status, 422);
  EXPECT_TRUE(contains(outside.body, "inconnu ou hors de votre périmètre"));
  EXPECT_TRUE(ctg_id("200034379", "2031-01-01").empty());
}

TEST_F(CtgForms, TheTerritoryListIsThePerimeter) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const auto agent_form = agent.get("/ctg/nouvelle");
  EXPECT_TRUE(contains(agent_form.body, "value=\"243000643\""));
  EXPECT_FALSE(contains(agent_form.body, "value=\"200034379\""));

  // The administrator may sign with any EPCI of the département, with or without a CTG yet.
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.gard"));
  const auto admin_form = admin.get("/ctg/nouvelle");
  auto db = database();
  const auto epcis = store::TerritoryRepository(*db).list_epcis("30");
  ASSERT_FALSE(epcis.empty());
  for (const auto& epci : epcis) {
    EXPECT_TRUE(contains(admin_form.body, "value=\"" + epci.code + "\"")) << epci.name;
  }
  EXPECT_FALSE(contains(admin_form.body, "value=\"200071827\"")) << "an EPCI of the Charente";
}

TEST_F(CtgForms, AnElectedOfficialMayNotAndAnotherCafFindsNothing) {
  const std::string href = "/ctg/" + ctg_id("243000643", "2026-01-01");
  Browser elu(server_->port());
  ASSERT_TRUE(elu.sign_in("elu.nimes"));
  EXPECT_EQ(elu.get(href).status, 200);
  EXPECT_EQ(elu.get("/ctg/nouvelle").status, 403);
  EXPECT_EQ(elu.get(href + "/modifier").status, 403);
  EXPECT_EQ(elu.get(href + "/fin").status, 403);
  EXPECT_EQ(elu.post("/ctg", ctg_form("243000643", "01/01/2031", "31/12/2034")).status, 403);
  EXPECT_EQ(elu.post(href, ctg_form("", "01/01/2026", "31/12/2031", "1")).status, 403);
  EXPECT_EQ(
      elu.post(href + "/cloture", {{"cloture_le", "31/12/2027"}, {"motif", "x"}, {"version", "1"}})
          .status,
      403);

  Browser charente(server_->port());
  ASSERT_TRUE(charente.sign_in("admin.charente"));
  const auto other = charente.get(href + "/modifier");
  const auto missing = charente.get("/ctg/999999/modifier");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(other.body, missing.body);
  EXPECT_EQ(charente.get(href + "/fin").status, 404);
  EXPECT_EQ(charente.post(href, ctg_form("", "01/01/2026", "31/12/2031", "1")).status, 404);
  EXPECT_EQ(
      charente
          .post(href + "/cloture", {{"cloture_le", "31/12/2027"}, {"motif", "x"}, {"version", "1"}})
          .status,
      404);
  // The Charente cannot create one in the Gard either.
  const auto created = charente.post("/ctg", ctg_form("243000643", "01/01/2031", "31/12/2034"));
  EXPECT_EQ(created.status, 422);
  EXPECT_TRUE(contains(created.body, "inconnu ou hors de votre périmètre"));
}

TEST_F(CtgForms, AFormWithoutItsCsrfTokenIsRefused) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.gard"));
  const auto result =
      browser.post("/ctg", ctg_form("243000270", "01/01/2028", "31/12/2032"), false);
  EXPECT_EQ(result.status, 403);
  EXPECT_TRUE(ctg_id("243000270", "2028-01-01").empty());
}

}  // namespace
}  // namespace maillage::testing
