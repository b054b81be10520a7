// Importing a CSV file by upload: the page, the check with every error and nothing written, the
// confirmation that applies it all or nothing, and the refusals.
#include <gtest/gtest.h>

#include "app/audit_trail.hpp"
#include "app/crypto.hpp"
#include "app/ctg_import.hpp"
#include "app/post_import.hpp"
#include "store/database.hpp"
#include "store/post_repository.hpp"
#include "web/templates.hpp"
#include "web/test_server.hpp"
#include "web/views/import_columns.hpp"

namespace maillage::testing {
namespace {

class ImportPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static std::optional<core::Post> stored_post(const std::string& id) {
    auto database = store::Database::open(server_->database_target());
    return store::PostRepository(*database).find(id);
  }
  static TestServer* server_;
};
TestServer* ImportPages::server_ = nullptr;

const std::string kHeader =
    "identifiant;code_territoire;porteur;etp_agent;etp_mission;cout_annuel;fonction;"
    "niveau_diplome;statut;date_embauche;vacant_depuis;caf_associee_recrutement;"
    "participation_reseau;rapport_annuel_transmis\n";

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Whether the page shows `text`, written by the server (so HTML-escaped: ' and / too).
bool shows(const std::string& page, const std::string& text) {
  return contains(page, web::escape_html(text));
}

// The value of a hidden field as the browser reads it back from the page.
std::string hidden_value(const std::string& page, const std::string& name) {
  std::string value = between(page, "name=\"" + name + "\" value=\"", "\"");
  const std::vector<std::pair<std::string, std::string>> entities{{"&lt;", "<"},    {"&gt;", ">"},
                                                                  {"&quot;", "\""}, {"&#39;", "'"},
                                                                  {"&#47;", "/"},   {"&amp;", "&"}};
  for (const auto& [entity, character] : entities) {
    for (auto at = value.find(entity); at != std::string::npos; at = value.find(entity, at + 1)) {
      value.replace(at, entity.size(), character);
    }
  }
  return value;
}

HttpResult check(Browser& browser, const std::string& type, const std::string& filename,
                 const std::string& content) {
  return browser.post_file("/imports/apercu", {{"type", type}}, "fichier", filename, content);
}

TEST(ImportColumnHelp, DescribesEveryColumnOfEachFileInItsOrder) {
  const auto names = [](const std::vector<web::views::ColumnHelp>& columns) {
    std::vector<std::string> out;
    for (const auto& column : columns) out.push_back(column.name);
    return out;
  };
  EXPECT_EQ(names(web::views::post_column_help()), app::post_columns());
  EXPECT_EQ(names(web::views::ctg_column_help()), app::ctg_columns());
}

TEST_F(ImportPages, ThePageListsTheColumnsAndTheKindsTheRoleMayImport) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const auto page = agent.get("/imports");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "<caption>Colonnes du fichier des postes</caption>"));
  EXPECT_TRUE(contains(page.body, "<caption>Colonnes du fichier des conventions</caption>"));
  EXPECT_TRUE(contains(page.body, "<code>rapport_annuel_transmis</code>"));
  EXPECT_TRUE(contains(page.body, "enctype=\"multipart/form-data\""));
  EXPECT_TRUE(shows(page.body, "/imports/modele-conventions.csv"));

  Browser employer(server_->port());
  ASSERT_TRUE(employer.sign_in("employeur.nimes"));
  const auto employer_page = employer.get("/imports");
  ASSERT_EQ(employer_page.status, 200);
  EXPECT_TRUE(shows(employer_page.body, "/imports/modele-postes.csv"));
  EXPECT_FALSE(contains(employer_page.body, "modele-conventions.csv"));
  EXPECT_EQ(employer.get("/imports/modele-conventions.csv").status, 403);
  EXPECT_EQ(check(employer, "conventions", "c.csv",
                  "code_territoire;date_debut;date_fin;renouvellement\n243000643;01/01/2031;31/12/"
                  "2034;oui\n")
                .status,
            422);

  for (const char* login : {"charge.nimes", "elu.nimes"}) {
    Browser browser(server_->port());
    ASSERT_TRUE(browser.sign_in(login));
    EXPECT_EQ(browser.get("/imports").status, 403) << login;
    EXPECT_EQ(browser.get("/imports/modele-postes.csv").status, 403) << login;
    EXPECT_EQ(check(browser, "postes", "p.csv", kHeader).status, 403) << login;
  }
}

TEST_F(ImportPages, TheTemplateOpensInASpreadsheetAndPassesTheCheck) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const auto csv = agent.get("/imports/modele-postes.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_TRUE(contains(csv.header("content-disposition"), "modele-postes.csv"));
  ASSERT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF");
  std::string header = kHeader.substr(0, kHeader.size() - 1) + "\r\n";
  EXPECT_EQ(csv.body.substr(3, header.size()), header);
  const auto checked = check(agent, "postes", "modele-postes.csv", csv.body);
  EXPECT_EQ(checked.status, 200) << between(checked.body, "<main", "</main>");
  EXPECT_TRUE(contains(checked.body, "1 à créer"));
}

TEST_F(ImportPages, AFileWithAnErrorIsRefusedThenTheCorrectedOneIsApplied) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const std::string wrong =
      kHeader + "WEB-001;243000643;epci;1;1;45000;cooperation;6;creation;;;oui;oui;oui\n" +
      "GARD-001;243000643;epci;0,5;0,8;52000;cooperation;7;existant;02/09/2017;;oui;oui;oui\n";
  const auto refused = check(agent, "postes", "postes.csv", wrong);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, "Le fichier est refusé : 1 erreur"));
  EXPECT_TRUE(
      contains(refused.body, "<tr><th scope=\"row\">3</th><td><code>etp_mission</code></td>"))
      << between(refused.body, "<main", "</main>");
  EXPECT_FALSE(contains(refused.body, "Appliquer l'import"));
  EXPECT_TRUE(contains(refused.body, "WEB-001")) << "the preview shows the lines as read";
  EXPECT_FALSE(stored_post("WEB-001"));

  const std::string right =
      kHeader + "WEB-001;243000643;epci;1;1;45000;cooperation;6;creation;;;oui;oui;oui\n" +
      "GARD-001;243000643;epci;1;0,8;52000;cooperation;7;existant;02/09/2017;;oui;oui;oui\n";
  const auto checked = check(agent, "postes", "postes.csv", "\xEF\xBB\xBF" + right);
  ASSERT_EQ(checked.status, 200) << between(checked.body, "<main", "</main>");
  EXPECT_TRUE(contains(checked.body, "2 lignes de données"));
  EXPECT_TRUE(contains(checked.body, "1 à créer"));
  EXPECT_TRUE(contains(checked.body, "1 à mettre à jour"));
  EXPECT_FALSE(stored_post("WEB-001")) << "checking writes nothing";

  const auto applied =
      agent.post("/imports/application", {{"type", "postes"},
                                          {"nom", "postes.csv"},
                                          {"empreinte", hidden_value(checked.body, "empreinte")},
                                          {"contenu", hidden_value(checked.body, "contenu")}});
  ASSERT_EQ(applied.status, 303) << between(applied.body, "<main", "</main>");
  EXPECT_EQ(applied.header("location"), "/portefeuille");
  const auto portfolio = agent.get("/portefeuille");
  EXPECT_TRUE(contains(portfolio.body, "Import appliqué : 1 créé, 1 mis à jour."));
  ASSERT_TRUE(stored_post("WEB-001"));
  EXPECT_EQ(stored_post("GARD-001")->mission_fte, core::Fte::from_hundredths(80));

  const auto history = agent.get("/historique/post/GARD-001");
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(contains(history.body, "Import — "));
  EXPECT_TRUE(contains(history.body, "<strong>agent.gard</strong>"));
  EXPECT_TRUE(contains(history.body, "Temps consacré à la mission (ETP)"));
}

TEST_F(ImportPages, LinesOutsideThePerimeterAreRefusedEvenWhenSentStraightToApply) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  // The Pays d'Uzès is not the agent's; CHAR-001 is a post of the Charente.
  const std::string file =
      kHeader + "WEB-101;200034379;epci;1;1;45000;cooperation;6;creation;;;oui;oui;oui\n" +
      "CHAR-001;243000643;epci;1;1;45000;cooperation;6;creation;;;oui;oui;oui\n";
  const auto refused = check(agent, "postes", "postes.csv", file);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(
      contains(refused.body, "Territoire « 200034379 » inconnu ou hors de votre périmètre"));
  EXPECT_TRUE(shows(refused.body, "L'identifiant « CHAR-001 » est déjà pris"));
  EXPECT_FALSE(contains(refused.body, "Charente"));

  // A hand-made confirmation with a matching digest is checked again, and refused.
  const auto forced =
      agent.post("/imports/application", {{"type", "postes"},
                                          {"nom", "postes.csv"},
                                          {"empreinte", app::token_digest("postes\n" + file)},
                                          {"contenu", file}});
  EXPECT_EQ(forced.status, 422);
  EXPECT_FALSE(stored_post("WEB-101"));
  EXPECT_NE(stored_post("CHAR-001")->territory_code, "243000643") << "still the Charente's";
}

TEST_F(ImportPages, AnAlteredConfirmationIsRefused) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const std::string file =
      kHeader + "WEB-201;243000643;epci;1;1;45000;cooperation;6;creation;;;oui;oui;oui\n";
  const auto checked = check(agent, "postes", "postes.csv", file);
  ASSERT_EQ(checked.status, 200);
  std::string altered = hidden_value(checked.body, "contenu");
  altered.replace(altered.find("45000"), 5, "95000");
  const auto applied =
      agent.post("/imports/application", {{"type", "postes"},
                                          {"nom", "postes.csv"},
                                          {"empreinte", hidden_value(checked.body, "empreinte")},
                                          {"contenu", altered}});
  EXPECT_EQ(applied.status, 422);
  EXPECT_TRUE(contains(applied.body, "ne correspond plus à celui qui a été vérifié"));
  EXPECT_FALSE(stored_post("WEB-201"));
}

TEST_F(ImportPages, UnreadableFilesGetAClearMessage) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const auto excel = check(agent, "postes", "postes.xlsx", std::string("PK\x03\x04 classeur", 14));
  EXPECT_EQ(excel.status, 422);
  EXPECT_TRUE(contains(excel.body, "est un classeur"));
  EXPECT_TRUE(contains(excel.body, "id=\"erreur-fichier\""));
  EXPECT_TRUE(contains(excel.body, "href=\"#champ-fichier\""));

  const auto text = check(agent, "postes", "postes.txt", kHeader);
  EXPECT_EQ(text.status, 422);
  EXPECT_TRUE(shows(text.body, "n'est pas un fichier CSV"));

  const auto empty = check(agent, "postes", "postes.csv", "\xEF\xBB\xBF\r\n");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(contains(empty.body, "le fichier est vide"));

  const auto latin1 = check(agent, "postes", "postes.csv", kHeader + "WEB-301;N\xEEmes\n");
  EXPECT_EQ(latin1.status, 422);
  EXPECT_TRUE(shows(latin1.body, "n'est pas en UTF-8"));

  const auto header = check(agent, "postes", "postes.csv", "identifiant;territoire\nA;B\n");
  EXPECT_EQ(header.status, 422);
  EXPECT_TRUE(shows(header.body, "manque dans l'en-tête"));

  const auto no_file = agent.post_file("/imports/apercu", {{"type", "postes"}}, "fichier", "", "");
  EXPECT_EQ(no_file.status, 422);
  EXPECT_TRUE(shows(no_file.body, "aucun fichier n'a été choisi"));

  const auto kind = check(agent, "couleurs", "postes.csv", kHeader);
  EXPECT_EQ(kind.status, 422);
  EXPECT_TRUE(contains(kind.body, "href=\"#champ-type\""));
}

TEST_F(ImportPages, AnUploadWithoutItsCsrfTokenIsRefused) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const std::string file =
      kHeader + "WEB-401;243000643;epci;1;1;45000;cooperation;6;creation;;;oui;oui;oui\n";
  EXPECT_EQ(
      agent.post_file("/imports/apercu", {{"type", "postes"}}, "fichier", "p.csv", file, false)
          .status,
      403);
  EXPECT_EQ(agent
                .post("/imports/application",
                      {{"type", "postes"},
                       {"empreinte", app::token_digest("postes\n" + file)},
                       {"contenu", file}},
                      false)
                .status,
            403);
  EXPECT_FALSE(stored_post("WEB-401"));
}

}  // namespace
}  // namespace maillage::testing
