// The history of a record (who, when, what, before → after) and the Caf administrator's journal.
#include <gtest/gtest.h>

#include "app/post_import.hpp"
#include "store/ctg_repository.hpp"
#include "store/database.hpp"
#include "store/post_repository.hpp"
#include "web/templates.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

class History : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static std::unique_ptr<store::Database> database() {
    return store::Database::open(server_->database_target());
  }
  static TestServer* server_;
};
TestServer* History::server_ = nullptr;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The post's current fields as its edit form sends them, with `changes` applied.
Browser::Fields post_form(const core::Post& post,
                          const std::map<std::string, std::string>& changes) {
  Browser::Fields fields;
  for (auto [name, value] : app::post_fields(post)) {
    if (const auto it = changes.find(name); it != changes.end()) value = it->second;
    fields.emplace_back(name, value);
  }
  fields.emplace_back("version", std::to_string(post.version));
  return fields;
}

TEST_F(History, APostsHistoryShowsEachChangeBeforeAndAfter) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.gard"));
  const auto post = store::PostRepository(*database()).find("GARD-009");
  ASSERT_TRUE(post);
  const auto saved =
      admin.post("/postes/GARD-009",
                 post_form(*post, {{"statut", "creation"}, {"rapport_annuel_transmis", "non"}}));
  ASSERT_EQ(saved.status, 303) << between(saved.body, "<main", "</main>");

  const auto page = admin.get("/historique/post/GARD-009");
  ASSERT_EQ(page.status, 200);
  const std::string newest = between(page.body, "<li class=\"card mb-3\">", "</li>");
  EXPECT_TRUE(contains(newest, "Modification — ")) << newest;
  EXPECT_TRUE(contains(newest, "<strong>admin.gard</strong>"));
  EXPECT_TRUE(
      contains(newest, "<th scope=\"row\">Statut du poste</th><td>existant</td><td>creation</td>"))
      << newest;
  EXPECT_TRUE(contains(newest, "<td>oui</td><td>non</td>"));
  EXPECT_TRUE(contains(newest, web::escape_html("Rapport d'activité annuel transmis")));
  EXPECT_FALSE(contains(newest, "Coût annuel")) << "unchanged fields are not listed";
  // The demo import came first, from the command line.
  EXPECT_TRUE(contains(page.body, "Import — "));
  EXPECT_TRUE(contains(page.body, "<strong>ligne-de-commande</strong>"));
  EXPECT_LT(page.body.find("Modification — "), page.body.find("Import — ")) << "newest first";
}

TEST_F(History, ACtgsHistoryNamesItsTerritoryAndLists) {
  Browser agent(server_->port());
  ASSERT_TRUE(agent.sign_in("agent.gard"));
  const auto ctgs = store::CtgRepository(*database()).list_for_territory("243000643");
  ASSERT_FALSE(ctgs.empty());
  const auto page = agent.get("/historique/ctg/" + std::to_string(ctgs.back().id));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Nîmes Métropole"));
  EXPECT_TRUE(contains(page.body, "Signataires"));
  EXPECT_TRUE(contains(page.body, "Thématiques"));
  EXPECT_TRUE(contains(page.body, "Import — "));
}

TEST_F(History, OnlyForRecordsTheUserMaySee) {
  Browser charente(server_->port());
  ASSERT_TRUE(charente.sign_in("admin.charente"));
  const auto other = charente.get("/historique/post/GARD-001");
  const auto missing = charente.get("/historique/post/N-EXISTE-PAS");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(other.body, missing.body);
  const auto ctg = store::CtgRepository(*database()).list_for_territory("243000643").front();
  EXPECT_EQ(charente.get("/historique/ctg/" + std::to_string(ctg.id)).status, 404);
  EXPECT_EQ(charente.get("/historique/ctg/abc").status, 404);

  Browser elu(server_->port());
  ASSERT_TRUE(elu.sign_in("elu.nimes"));
  EXPECT_EQ(elu.get("/historique/post/GARD-001").status, 200);
  for (const auto& post : store::PostRepository(*database()).list_all()) {
    if (post.territory_code != "200034379") continue;  // the Pays d'Uzès: not the official's
    EXPECT_EQ(elu.get("/historique/post/" + post.id).status, 404) << post.id;
  }
}

TEST_F(History, TheJournalIsTheAdministratorsAndKeepsToTheirCaf) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.gard"));
  const auto journal = admin.get("/journal");
  ASSERT_EQ(journal.status, 200);
  EXPECT_TRUE(contains(journal.body, "<caption>"));
  EXPECT_TRUE(contains(journal.body, ">Poste GARD-"));
  EXPECT_FALSE(contains(journal.body, "CHAR-"));
  EXPECT_FALSE(contains(journal.body, "TARN-"));
  std::size_t rows = 0;
  for (auto at = journal.body.find("<tr><th scope=\"row\">"); at != std::string::npos;
       at = journal.body.find("<tr><th scope=\"row\">", at + 1)) {
    ++rows;
  }
  // Every post of the Gard was imported with the demo, and the page stops at 200 changes.
  EXPECT_GE(rows, 81u);
  EXPECT_LE(rows, 200u);

  Browser charente(server_->port());
  ASSERT_TRUE(charente.sign_in("admin.charente"));
  const auto other = charente.get("/journal");
  ASSERT_EQ(other.status, 200);
  EXPECT_TRUE(contains(other.body, ">Poste CHAR-"));
  EXPECT_FALSE(contains(other.body, "GARD-"));

  for (const char* login : {"agent.gard", "employeur.nimes", "elu.nimes"}) {
    Browser browser(server_->port());
    ASSERT_TRUE(browser.sign_in(login));
    EXPECT_EQ(browser.get("/journal").status, 403) << login;
  }
}

}  // namespace
}  // namespace maillage::testing
