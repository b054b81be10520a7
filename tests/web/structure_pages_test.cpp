// The structures of a territory and its profile (area, specifics) through the browser: lists,
// forms with every refusal, history, and the structures file on the import page.
#include <gtest/gtest.h>

#include "app/structure_import.hpp"
#include "store/database.hpp"
#include "store/structure_repository.hpp"
#include "store/territory_profile_repository.hpp"
#include "web/templates.hpp"
#include "web/test_server.hpp"
#include "web/views/import_columns.hpp"

namespace maillage::testing {
namespace {

constexpr const char* kGrandAngouleme = "200071827";
constexpr const char* kAngouleme = "16015";
constexpr const char* kRouillacais = "241600303";  // the demo's EPCI without any structure
constexpr const char* kNimesMetropole = "243000643";

class StructurePages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static std::unique_ptr<store::Database> database() {
    return store::Database::open(server_->database_target());
  }
  static std::optional<core::Structure> stored(const std::string& reference) {
    auto db = database();
    return store::StructureRepository(*db).find_by_reference(reference);
  }
  static TestServer* server_;
};
TestServer* StructurePages::server_ = nullptr;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Whether the page shows `text`, written by the server (so HTML-escaped: ' and / too).
bool shows(const std::string& page, const std::string& text) {
  return contains(page, web::escape_html(text));
}

std::string main_of(const HttpResult& result) {
  return between(result.body, "<main", "</main>");
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

std::string list_path(const std::string& territory) {
  return "/territoires/" + territory + "/structures";
}

TEST(StructureColumnHelp, DescribesEveryColumnInItsOrder) {
  std::vector<std::string> names;
  for (const auto& column : web::views::structure_column_help()) names.push_back(column.name);
  EXPECT_EQ(names, app::structure_columns());
}

TEST_F(StructurePages, AnAdministratorAddsEditsAndClosesAStructure) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.charente"));
  const auto list = admin.get(list_path(kGrandAngouleme));
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(shows(list.body, "Structures de CA du Grand Angoulême"));
  EXPECT_TRUE(contains(list.body, "<caption>Structures du territoire, par type puis par nom"));
  EXPECT_TRUE(contains(list.body, "Ajouter une structure"));
  EXPECT_TRUE(contains(list.body, "<option value=\"" + std::string(kAngouleme) + "\">"));

  const auto created = admin.post(list_path(kGrandAngouleme), {{"code_territoire", kAngouleme},
                                                               {"type", "eaje"},
                                                               {"nom", "Crèche de la page web"},
                                                               {"reference", "WEB-S-1"}});
  ASSERT_EQ(created.status, 303) << main_of(created);
  EXPECT_EQ(created.header("location"), list_path(kGrandAngouleme));
  const auto after = admin.get(list_path(kGrandAngouleme));
  EXPECT_TRUE(shows(after.body, "La structure « Crèche de la page web » a été ajoutée."));
  EXPECT_TRUE(shows(after.body, "Crèche de la page web"));
  const auto structure = stored("WEB-S-1");
  ASSERT_TRUE(structure);
  EXPECT_EQ(structure->territory_code, kAngouleme);
  const std::string href = "/structures/" + std::to_string(structure->id);

  const auto edit = admin.get(href + "/modifier");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(contains(edit.body, "name=\"version\" value=\"1\""));
  EXPECT_TRUE(contains(edit.body, "Fermer la structure"));
  const Browser::Fields renamed{{"type", "rpe"},
                                {"nom", "Relais de la page web"},
                                {"reference", "WEB-S-1"},
                                {"version", "1"}};
  ASSERT_EQ(admin.post(href, renamed).status, 303);
  EXPECT_EQ(stored("WEB-S-1")->kind, core::StructureKind::kRpe);
  const auto stale = admin.post(href, renamed);
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(shows(stale.body, "modifié par quelqu'un d'autre"));
  EXPECT_TRUE(contains(stale.body, "name=\"version\" value=\"2\""));

  const auto no_date = admin.post(href + "/fermeture", {{"date_fermeture", ""}, {"version", "2"}});
  EXPECT_EQ(no_date.status, 422);
  EXPECT_TRUE(contains(no_date.body, "id=\"erreur-date_fermeture\""));
  const auto closed =
      admin.post(href + "/fermeture", {{"date_fermeture", "30/06/2026"}, {"version", "2"}});
  ASSERT_EQ(closed.status, 303) << main_of(closed);
  EXPECT_EQ(stored("WEB-S-1")->closed_on, core::Date::from_ymd(2026, 6, 30));
  const auto reopened_form = admin.get(href + "/modifier");
  EXPECT_TRUE(contains(reopened_form.body, "id=\"champ-date_fermeture\""));
  EXPECT_FALSE(contains(reopened_form.body, "Fermer la structure</button>"));

  const auto history = admin.get("/historique/structure/" + std::to_string(structure->id));
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(shows(history.body, "Fermeture de la structure au 30/06/2026"));
  EXPECT_TRUE(shows(history.body, "Relais petite enfance (RPE)"));
  EXPECT_TRUE(contains(history.body, "<strong>admin.charente</strong>"));
}

TEST_F(StructurePages, BadFormInputIsShownBesideEachFieldAndNothingIsWritten) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.charente"));
  const auto refused = admin.post(
      list_path(kGrandAngouleme),
      {{"code_territoire", "30189"}, {"type", "creche"}, {"nom", ""}, {"reference", "WEB-S-BAD"}});
  EXPECT_EQ(refused.status, 422);
  for (const char* field : {"code_territoire", "type", "nom"}) {
    EXPECT_TRUE(contains(refused.body, std::string("id=\"erreur-") + field + "\"")) << field;
  }
  EXPECT_TRUE(contains(refused.body, "id=\"resume-erreurs\""));
  EXPECT_TRUE(shows(refused.body, "« creche » n'est pas un type de structure connu"));
  EXPECT_FALSE(stored("WEB-S-BAD"));
}

TEST_F(StructurePages, ReadersSeeStructuresButOnlyTheCafEditsAndFormsNeedTheirToken) {
  auto db = database();
  const auto nimes_structures = store::StructureRepository(*db).list_for_territory("30189");
  ASSERT_FALSE(nimes_structures.empty()) << "the demo places structures in Nîmes";
  const std::string nimes_href = "/structures/" + std::to_string(nimes_structures.front().id);

  Browser elu(server_->port());
  ASSERT_TRUE(elu.sign_in("elu.nimes"));
  const auto list = elu.get(list_path(kNimesMetropole));
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(shows(list.body, nimes_structures.front().name));
  EXPECT_FALSE(contains(list.body, "Ajouter une structure"));
  EXPECT_FALSE(contains(list.body, "/modifier\""));
  EXPECT_EQ(elu.post(list_path(kNimesMetropole),
                     {{"code_territoire", "30189"}, {"type", "eaje"}, {"nom", "Crèche de l'élu"}})
                .status,
            403);
  EXPECT_EQ(elu.get(nimes_href + "/modifier").status, 403);
  EXPECT_EQ(elu.post(nimes_href, {{"type", "eaje"}, {"nom", "X"}, {"version", "1"}}).status, 403);
  EXPECT_EQ(elu.get("/historique/structure/" + std::to_string(nimes_structures.front().id)).status,
            200);
  const auto profile = elu.get("/territoires/" + std::string(kNimesMetropole) + "/profil");
  ASSERT_EQ(profile.status, 200);
  EXPECT_FALSE(contains(profile.body, "name=\"specificites\""));
  EXPECT_EQ(elu.post("/territoires/" + std::string(kNimesMetropole) + "/profil",
                     {{"superficie_km2", "1"}, {"specificites", "x"}, {"version", "0"}})
                .status,
            403);

  Browser charente(server_->port());
  ASSERT_TRUE(charente.sign_in("admin.charente"));
  EXPECT_EQ(charente.get(list_path(kNimesMetropole)).status, 404);
  EXPECT_EQ(charente.get(nimes_href + "/modifier").status, 404);
  EXPECT_EQ(charente.get("/territoires/" + std::string(kNimesMetropole) + "/profil").status, 404);
  const auto forged = charente.post(list_path(kGrandAngouleme),
                                    {{"code_territoire", kAngouleme},
                                     {"type", "eaje"},
                                     {"nom", "Sans jeton"},
                                     {"reference", "WEB-S-CSRF"}},
                                    false);
  EXPECT_EQ(forged.status, 403);
  EXPECT_FALSE(stored("WEB-S-CSRF"));
}

TEST_F(StructurePages, TheProfileKeepsTheTypedAreaAndTheSpecificsWithTheirHistory) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.charente"));
  const std::string territory_href = "/territoires/" + std::string(kRouillacais);
  const auto territory = admin.get(territory_href);
  ASSERT_EQ(territory.status, 200);
  EXPECT_TRUE(contains(territory.body, "Aucune structure ouverte"));
  EXPECT_TRUE(shows(territory.body, territory_href + "/profil"));

  const auto page = admin.get(territory_href + "/profil");
  ASSERT_EQ(page.status, 200);
  const std::string version = hidden_value(page.body, "version");
  const auto refused =
      admin.post(territory_href + "/profil",
                 {{"superficie_km2", "12,345"}, {"specificites", ""}, {"version", version}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, "id=\"erreur-superficie_km2\""));
  EXPECT_TRUE(shows(refused.body, "« 12,345 » n'est pas une superficie"));

  const auto saved = admin.post(territory_href + "/profil",
                                {{"superficie_km2", "1 234,56"},
                                 {"specificites", "Compétence enfance-jeunesse\r\nZone rurale"},
                                 {"version", version}});
  ASSERT_EQ(saved.status, 303) << main_of(saved);
  EXPECT_EQ(saved.header("location"), territory_href);
  auto db = database();
  const auto profile = store::TerritoryProfileRepository(*db).find(kRouillacais);
  ASSERT_TRUE(profile);
  EXPECT_EQ(profile->area_hectares, 123'456);
  EXPECT_EQ(profile->area_source, core::AreaSource::kEntered);
  const auto shown = admin.get(territory_href);
  EXPECT_TRUE(shows(shown.body,
                    "1\xC2\xA0"
                    "234,56 km² (saisie par la Caf)"));
  EXPECT_TRUE(contains(shown.body, "<p class=\"mb-1\">Zone rurale</p>"));

  // The same form sent again: the version it carries is now stale.
  const auto stale =
      admin.post(territory_href + "/profil",
                 {{"superficie_km2", "1 000"}, {"specificites", "x"}, {"version", version}});
  EXPECT_EQ(stale.status, 409);

  const auto history = admin.get("/historique/profil/" + std::string(kRouillacais));
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(contains(history.body, "Zone rurale"));
  EXPECT_TRUE(shows(history.body, "Spécificités territoriales et compétences"));
}

TEST_F(StructurePages, TheImportPageChecksThenAppliesAStructuresFile) {
  Browser admin(server_->port());
  ASSERT_TRUE(admin.sign_in("admin.charente"));
  const auto page = admin.get("/imports?type=structures");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "<caption>Colonnes du fichier des structures</caption>"));
  const auto model = admin.get("/imports/modele-structures.csv");
  ASSERT_EQ(model.status, 200);
  EXPECT_TRUE(contains(model.body, "reference;code_territoire;type;nom;date_fermeture"));

  const std::string header = "reference;code_territoire;type;nom;date_fermeture\n";
  const auto refused =
      admin.post_file("/imports/apercu", {{"type", "structures"}}, "fichier", "structures.csv",
                      header + "WEB-IMP-1;16015;eaje;Crèche importée;\n" +
                          "WEB-IMP-2;30189;eaje;Crèche du Gard;\n");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(
      contains(refused.body, "<tr><th scope=\"row\">3</th><td><code>code_territoire</code></td>"))
      << main_of(refused);

  const auto checked =
      admin.post_file("/imports/apercu", {{"type", "structures"}}, "fichier", "structures.csv",
                      header + "WEB-IMP-1;16015;Centre social;Centre importé;\n");
  ASSERT_EQ(checked.status, 200) << main_of(checked);
  EXPECT_TRUE(contains(checked.body, "1 à créer"));
  EXPECT_FALSE(stored("WEB-IMP-1"));
  const auto applied =
      admin.post("/imports/application", {{"type", "structures"},
                                          {"nom", "structures.csv"},
                                          {"empreinte", hidden_value(checked.body, "empreinte")},
                                          {"contenu", hidden_value(checked.body, "contenu")}});
  ASSERT_EQ(applied.status, 303) << main_of(applied);
  const auto structure = stored("WEB-IMP-1");
  ASSERT_TRUE(structure);
  EXPECT_EQ(structure->kind, core::StructureKind::kCentreSocial);
  EXPECT_EQ(structure->territory_code, kAngouleme);
}

}  // namespace
}  // namespace maillage::testing
