// The CTG workspace through HTTP on the demo: the chargé de coopération plans a COPIL, invites
// partners, records the minutes and sends them, and the alert goes; files exported and imported
// back; every refusal (bad fields, stale saves, roles, perimeter) answered in French.
#include <gtest/gtest.h>

#include <fmt/core.h>

#include <chrono>

#include "store/ctg_repository.hpp"
#include "store/database.hpp"
#include "store/workspace_repository.hpp"
#include "web/templates.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

constexpr const char* kNimesMetropole = "243000643";

class WorkspacePages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    auto db = store::Database::open(server_->database_target());
    auto ctgs = store::CtgRepository(*db).list_for_territory(kNimesMetropole);
    const auto latest = std::max_element(
        ctgs.begin(), ctgs.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    ctg_id_ = latest->id;
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static std::string space(const std::string& rest = "") {
    return "/ctg/" + std::to_string(ctg_id_) + "/espace" + rest;
  }
  static std::optional<core::WorkspaceRecord> stored(const std::string& kind,
                                                     const std::string& reference) {
    auto db = store::Database::open(server_->database_target());
    return store::WorkspaceRepository(*db).find_by_reference({ctg_id_, "30"}, kind, reference);
  }
  static TestServer* server_;
  static std::int64_t ctg_id_;
};
TestServer* WorkspacePages::server_ = nullptr;
std::int64_t WorkspacePages::ctg_id_ = 0;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
bool shows(const std::string& page, const std::string& text) {
  return contains(page, web::escape_html(text));
}

TEST_F(WorkspacePages, TheDemoWorkspaceShowsItsRecordsAlertsAndViews) {
  Browser charge(server_->port());
  ASSERT_TRUE(charge.sign_in("charge.nimes"));
  const auto overview = charge.get(space());
  ASSERT_EQ(overview.status, 200);
  EXPECT_TRUE(shows(overview.body, "Espace CTG — CA de Nîmes Métropole"));
  EXPECT_TRUE(contains(overview.body, "Partenaires <span class=\"badge text-bg-light border\">9"));
  const auto actions = charge.get(space("/action"));
  ASSERT_EQ(actions.status, 200);
  EXPECT_TRUE(shows(actions.body, "Ouvrir une micro-crèche à Pissevin"));
  for (const std::string view : {"themes", "statuts", "calendrier"}) {
    const auto plan = charge.get("/ctg/" + std::to_string(ctg_id_) + "/plan?vue=" + view);
    ASSERT_EQ(plan.status, 200) << view;
    EXPECT_TRUE(contains(plan.body, "ACT-001")) << view;
  }
  const auto review = charge.get("/ctg/" + std::to_string(ctg_id_) + "/bilan");
  ASSERT_EQ(review.status, 200);
  EXPECT_TRUE(shows(review.body, "Petite enfance"));
  EXPECT_TRUE(shows(review.body, "Perspectives :"));
  const auto home = charge.get("/");
  EXPECT_TRUE(shows(home.body, "À faire dans les espaces CTG"));
  const auto digest = charge.get("/alertes.txt");
  EXPECT_EQ(digest.status, 200);
  EXPECT_TRUE(contains(digest.content_type, "text/plain"));
  EXPECT_TRUE(contains(digest.body, "CTG CA de Nîmes Métropole"));
}

TEST_F(WorkspacePages, AChargePlansACopilAndTheAlertGoesWhenTheMinutesAreSent) {
  Browser charge(server_->port());
  ASSERT_TRUE(charge.sign_in("charge.nimes"));
  const auto form = charge.get(space("/reunion"));
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "Bilan + perspectives</textarea>"));  // the minimum agenda
  EXPECT_TRUE(contains(form.body, "name=\"invites\" id=\"champ-invites-1\" value=\"PAR-001\""));

  const Browser::Fields bad{
      {"instance", "copil"}, {"intitule", "COPIL de test"},           {"date", "32/01/2026"},
      {"heure", "25h"},      {"ordre_du_jour", "Questions diverses"}, {"invites", "PAR-404"}};
  const auto refused = charge.post(space("/reunion"), bad);
  EXPECT_EQ(refused.status, 422);
  for (const std::string field : {"date", "heure", "ordre_du_jour", "invites"}) {
    EXPECT_TRUE(contains(refused.body, "id=\"erreur-" + field + "\"")) << field;
  }
  EXPECT_TRUE(shows(refused.body, "« 32/01/2026 » n'est pas une date"));
  EXPECT_FALSE(stored("reunion", "REU-004"));

  const auto created = charge.post(space("/reunion"), {{"instance", "copil"},
                                                       {"intitule", "COPIL de test"},
                                                       {"date", "02/10/2026"},
                                                       {"heure", "14h30"},
                                                       {"lieu", "Salle du conseil"},
                                                       {"ordre_du_jour", "Bilan, perspectives"},
                                                       {"invites", "PAR-001"},
                                                       {"invites", "PAR-002"}});
  ASSERT_EQ(created.status, 303) << created.body;
  const auto meeting = stored("reunion", "REU-004");
  ASSERT_TRUE(meeting);
  EXPECT_EQ(meeting->value("invites"), "PAR-001, PAR-002");
  EXPECT_EQ(meeting->value("heure"), "14:30");
  const std::string href = "/fiches/" + std::to_string(meeting->id);
  const auto page = charge.get(href);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(shows(page.body, "Préparation (référentiel"));
  EXPECT_TRUE(contains(page.body, href + "/invitation.ics"));

  const auto ics = charge.get(href + "/invitation.ics");
  ASSERT_EQ(ics.status, 200);
  EXPECT_TRUE(contains(ics.content_type, "text/calendar"));
  EXPECT_TRUE(contains(ics.body, "BEGIN:VEVENT"));
  EXPECT_TRUE(contains(ics.body, "marc.perrin@exemple.fr"));

  // 65 days later the minutes are late; recording and sending them clears the alert.
  auto alerts = charge.get("/alertes");
  EXPECT_TRUE(shows(alerts.body, "Compte rendu de « COPIL de test (REU-004) »"));
  Browser::Fields minutes{{"version", "1"},
                          {"instance", "copil"},
                          {"intitule", "COPIL de test"},
                          {"date", "02/10/2026"},
                          {"heure", "14:30"},
                          {"ordre_du_jour", "Bilan, perspectives"},
                          {"invites", "PAR-001"},
                          {"invites", "PAR-002"},
                          {"presents", "PAR-001"},
                          {"compte_rendu", "Le plan est validé."},
                          {"compte_rendu_envoye_le", "01/10/2026"}};
  const auto before_meeting = charge.post(href, minutes);
  EXPECT_EQ(before_meeting.status, 422);
  EXPECT_TRUE(contains(before_meeting.body, "id=\"erreur-compte_rendu_envoye_le\""));
  minutes.back().second = "10/10/2026";
  ASSERT_EQ(charge.post(href, minutes).status, 303);
  EXPECT_TRUE(shows(charge.get(href).body, "Réunion REU-004 enregistrée."));
  alerts = charge.get("/alertes");
  EXPECT_FALSE(shows(alerts.body, "COPIL de test"));

  const auto stale = charge.post(href, minutes);  // version 1 again
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(contains(stale.body, "name=\"version\" value=\"2\""));

  const auto history = charge.get("/historique/fiche/" + std::to_string(meeting->id));
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(shows(history.body, "Le plan est validé."));
}

TEST_F(WorkspacePages, RolesAndPerimeterAreCheckedOnEveryPage) {
  const auto partner = stored("partenaire", "PAR-001");
  ASSERT_TRUE(partner);
  const std::string href = "/fiches/" + std::to_string(partner->id);
  Browser elu(server_->port());
  ASSERT_TRUE(elu.sign_in("elu.nimes"));
  const auto read = elu.get(href);
  EXPECT_EQ(read.status, 200);
  EXPECT_FALSE(contains(read.body, "Supprimer cette fiche"));
  EXPECT_EQ(elu.post(space("/partenaire"), {{"nom", "X"}, {"categorie", "elu"}}).status, 403);
  EXPECT_EQ(elu.post(href, {{"version", "1"}, {"nom", "X"}, {"categorie", "elu"}}).status, 403);
  EXPECT_EQ(elu.post(href + "/suppression", {{"version", "1"}}).status, 403);

  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  EXPECT_EQ(agent.get(href).status, 200);
  EXPECT_EQ(agent.post(space("/partenaire"), {{"nom", "X"}, {"categorie", "elu"}}).status, 403);
  const auto comment =
      agent.post(space("/commentaire"),
                 {{"sujet", "PAR-001"}, {"texte", "À inviter au COPIL."}, {"retour", href}});
  ASSERT_EQ(comment.status, 303);
  EXPECT_EQ(comment.header("location"), href);
  EXPECT_TRUE(shows(agent.get(href).body, "À inviter au COPIL."));

  Browser charente(server_->port());
  ASSERT_TRUE(charente.sign_in("admin.charente"));
  EXPECT_EQ(charente.get(href).status, 404);
  EXPECT_EQ(charente.get(space()).status, 404);
  EXPECT_EQ(charente.get(space("/partenaire/export.csv")).status, 404);
  Browser anonymous(server_->port());
  EXPECT_NE(anonymous.get(space()).status, 200);
  // Without the CSRF token nothing is written.
  EXPECT_EQ(agent.post(space("/commentaire"), {{"texte", "x"}}, false).status, 403);
}

TEST_F(WorkspacePages, IndicatorValuesAreUpdatedFromTheExportedFile) {
  Browser charge(server_->port());
  ASSERT_TRUE(charge.sign_in("charge.nimes"));
  const auto exported = charge.get(space("/indicateur/export.csv"));
  ASSERT_EQ(exported.status, 200);
  EXPECT_TRUE(contains(exported.content_type, "text/csv"));
  std::string csv = exported.body;
  ASSERT_TRUE(contains(csv, "IND-004;ACT-006;Personnes reçues en permanence;personnes;400;;;"));
  csv.replace(csv.find("400;;;"), 6, "400;312;30/11/2026;");
  const auto preview =
      charge.post_file(space("/indicateur/import"), {}, "fichier", "indicateurs.csv", csv);
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_TRUE(shows(preview.body, "1 fiche(s) à modifier"));
  EXPECT_EQ(stored("indicateur", "IND-004")->value("valeur"), "");  // nothing written yet
  const auto content = between(preview.body, "name=\"contenu\" value=\"", "\"");
  const auto digest = between(preview.body, "name=\"empreinte\" value=\"", "\"");
  const auto applied =
      charge.post(space("/indicateur/import/application"),
                  {{"nom", "indicateurs.csv"}, {"contenu", content}, {"empreinte", digest}});
  ASSERT_EQ(applied.status, 303) << applied.body;
  EXPECT_EQ(stored("indicateur", "IND-004")->value("valeur"), "31200");
  const auto page = charge.get("/fiches/" + std::to_string(stored("indicateur", "IND-004")->id));
  EXPECT_TRUE(shows(page.body, "Valeurs successives"));

  // A tampered file is refused; a bad line names its line and column.
  EXPECT_EQ(charge
                .post(space("/indicateur/import/application"),
                      {{"nom", "x.csv"}, {"contenu", content}, {"empreinte", "faux"}})
                .status,
            422);
  std::string bad = exported.body;
  bad.replace(bad.find("400;;;"), 6, "400;beaucoup;30/11/2026;");
  const auto refused =
      charge.post_file(space("/indicateur/import"), {}, "fichier", "indicateurs.csv", bad);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, "<code>valeur</code>"));
  EXPECT_TRUE(shows(refused.body, "« beaucoup » n'est pas un nombre"));

  const auto xlsx = charge.get(space("/partenaire/export.xlsx"));
  ASSERT_EQ(xlsx.status, 200);
  const auto again =
      charge.post_file(space("/partenaire/import"), {}, "fichier", "partenaires.xlsx", xlsx.body);
  EXPECT_EQ(again.status, 200) << again.body;
  EXPECT_TRUE(shows(again.body, "0 fiche(s) à modifier"));
}

TEST_F(WorkspacePages, TheCafRecordsItsNetworkMeetings) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.gard"));
  const auto list = admin.get("/reseau/reunion_reseau");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.body, "RES-002"));
  EXPECT_TRUE(contains(list.body, "value=\"GARD-001\""));
  const auto refused =
      admin.post("/reseau/reunion_reseau",
                 {{"intitule", "Réseau"}, {"date", "01/12/2026"}, {"postes_presents", "TARN-001"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(shows(refused.body, "aucun poste de la Caf"));
  Browser charge(server_->port());
  ASSERT_TRUE(charge.sign_in("charge.nimes"));
  EXPECT_EQ(charge.get("/reseau/reunion_reseau").status, 200);
  EXPECT_EQ(
      charge.post("/reseau/reunion_reseau", {{"intitule", "R"}, {"date", "01/12/2026"}}).status,
      403);
}

// Yesterday, as typed in the forms: the demo's meetings age, this test must not.
std::string yesterday() {
  const auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) -
                   std::chrono::days(1);
  const std::chrono::year_month_day ymd(day);
  return fmt::format("{:02}/{:02}/{}", static_cast<unsigned>(ymd.day()),
                     static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()));
}

TEST_F(WorkspacePages, NetworkMeetingsDecideThePostsNetworkCondition) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.gard"));
  // The demo's spring meeting no longer counts GARD-001 present.
  auto db = store::Database::open(server_->database_target());
  const auto spring =
      store::WorkspaceRepository(*db).find_by_reference({0, "30"}, "reunion_reseau", "RES-002");
  ASSERT_TRUE(spring);
  Browser::Fields fields{{"version", std::to_string(spring->version)},
                         {"reference", "RES-002"},
                         {"intitule", spring->value("intitule")},
                         {"date", "12/03/2026"},
                         {"lieu", spring->value("lieu")}};
  for (const auto& post : spring->references("postes_presents")) {
    if (post != "GARD-001") fields.emplace_back("postes_presents", post);
  }
  ASSERT_EQ(admin.post("/fiches/" + std::to_string(spring->id), fields).status, 303);

  // Present yesterday: the post takes part.
  const auto created = admin.post(
      "/reseau/reunion_reseau",
      {{"intitule", "Réseau d'hier"}, {"date", yesterday()}, {"postes_presents", "GARD-001"}});
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_TRUE(
      shows(admin.get("/postes/GARD-001").body, "oui, présent à une réunion de réseau de la Caf"));
  // Absent from it after all: the funding says the condition is not met.
  const std::string href = created.header("location");
  ASSERT_EQ(
      admin.post(href, {{"version", "1"}, {"intitule", "Réseau d'hier"}, {"date", yesterday()}})
          .status,
      303);
  const auto page = admin.get("/postes/GARD-001");
  EXPECT_TRUE(shows(page.body, "non, absent des réunions de réseau de la Caf"));
  EXPECT_TRUE(shows(page.body, "ne participe pas au réseau des chargés de coopération"));
  // The administrator's journal lists the workspace's changes with the others.
  const auto journal = admin.get("/journal");
  EXPECT_TRUE(shows(journal.body, "Réunion de réseau RES-002"));
  EXPECT_TRUE(contains(journal.body, "/historique/fiche/" + std::to_string(spring->id)));
}

}  // namespace
}  // namespace maillage::testing
