// The steering dashboard (/pilotage) and its downloads over a real server on the demo data, on
// the demo's reference date.
#include <gtest/gtest.h>

#include <map>

#include "export/xlsx_package.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

constexpr const char* kDate = "date=2026-11-23";
const std::string kBom = "\xEF\xBB\xBF";

class SteeringPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    browsers_ = new std::map<std::string, Browser>();
    for (const char* login :
         {"admin.charente", "admin.gard", "agent.gard", "elu.nimes", "employeur.nimes"}) {
      auto [it, inserted] = browsers_->emplace(login, Browser(server_->port()));
      ASSERT_TRUE(it->second.sign_in(login)) << login;
    }
  }
  static void TearDownTestSuite() {
    delete browsers_;
    delete server_;
  }
  static Browser& as(const std::string& login) { return browsers_->at(login); }

  static TestServer* server_;
  static std::map<std::string, Browser>* browsers_;
};
TestServer* SteeringPages::server_ = nullptr;
std::map<std::string, Browser>* SteeringPages::browsers_ = nullptr;

// Position of a text in the page, to compare the order of rows.
std::size_t at(const std::string& body, const std::string& text) {
  const auto found = body.find(text);
  EXPECT_NE(found, std::string::npos) << text;
  return found;
}

std::string tbody_of(const std::string& body) {
  return between(body,
                 "<table class=\"table table-hover align-middle maillage-table\" "
                 "id=\"tableau-indicateurs\">",
                 "</tbody>");
}

TEST_F(SteeringPages, CharenteDashboardShowsSharesChartsAndMap) {
  const auto page = as("admin.charente").get(std::string("/pilotage?") + kDate);
  ASSERT_EQ(page.status, 200);
  const std::string& body = page.body;
  EXPECT_NE(body.find("Pilotage — Caf de la Charente"), std::string::npos);
  EXPECT_NE(body.find("au 23/11/2026"), std::string::npos);
  // Grand Angoulême: 2,5 ETP of 14,75, i.e. 16,95 %, explained with its figures.
  const std::string table = tbody_of(body);
  EXPECT_NE(table.find("Grand Angoul"), std::string::npos);
  EXPECT_NE(table.find("16,95"), std::string::npos);
  EXPECT_NE(body.find("2,5\xC2\xA0"
                      "ETP sur 14,75\xC2\xA0"
                      "ETP financés dans le département = "
                      "16,95\xC2\xA0%"),
            std::string::npos);
  EXPECT_NE(body.find("001_10d59468317a00ab.txt"), std::string::npos);
  // Key figures and typology.
  EXPECT_NE(body.find("14,75\xC2\xA0"
                      "ETP"),
            std::string::npos);
  EXPECT_NE(body.find("Chefs de service ou DGS"), std::string::npos);
  // Charts: SVG with role="img", a title and a description pointing to the table.
  EXPECT_NE(body.find("id=\"graphique-parts\""), std::string::npos);
  EXPECT_NE(body.find("role=\"img\""), std::string::npos);
  EXPECT_NE(body.find("<title id=\"graphique-parts-title\">"), std::string::npos);
  EXPECT_NE(body.find("<desc id=\"graphique-parts-desc\">"), std::string::npos);
  // The map of the gap by default, with each territory's CTG and posts in its details.
  EXPECT_NE(body.find("class=\"territory-map\""), std::string::npos);
  EXPECT_NE(body.find("Écart (points) par EPCI"), std::string::npos);
  EXPECT_NE(body.find("CTG en vigueur : "), std::string::npos);
  EXPECT_NE(body.find("Contact Caf : "), std::string::npos);
  // Links to the other steering tools and downloads, keeping the date.
  for (const char* link :
       {"/pilotage/simulateur?", "/pilotage/redeploiement?", "/pilotage/note.pdf?",
        "/pilotage/indicateurs.csv?", "/pilotage/indicateurs.xlsx?"}) {
    EXPECT_NE(body.find(std::string(link) + kDate), std::string::npos) << link;
  }
  // The navigation shows the entry, current.
  EXPECT_NE(body.find("href=\"/pilotage\" aria-current=\"page\""), std::string::npos);
}

TEST_F(SteeringPages, EachCafSeesItsOwnDepartement) {
  const auto gard = as("agent.gard").get(std::string("/pilotage?") + kDate);
  ASSERT_EQ(gard.status, 200);
  EXPECT_NE(gard.body.find("Pilotage — Caf du Gard"), std::string::npos);
  EXPECT_EQ(tbody_of(gard.body).find("Grand Angoul"), std::string::npos);
  // agent.gard is Nîmes Métropole's contact: the map says so.
  EXPECT_NE(gard.body.find("Julien Roux"), std::string::npos);
}

TEST_F(SteeringPages, OtherRolesAreRefused) {
  for (const char* login : {"elu.nimes", "employeur.nimes"}) {
    for (const char* path :
         {"/pilotage", "/pilotage/indicateurs.csv", "/pilotage/indicateurs.xlsx"}) {
      const auto page = as(login).get(path);
      EXPECT_EQ(page.status, 403) << login << " " << path;
      EXPECT_EQ(page.body.find("Part des ETP"), std::string::npos);
    }
    EXPECT_EQ(as(login).get("/").body.find("href=\"/pilotage\""), std::string::npos) << login;
  }
  Browser anonymous(server_->port());
  EXPECT_EQ(anonymous.get("/pilotage").status, 303);
}

TEST_F(SteeringPages, SortsByAnyColumn) {
  // Funded FTE, largest first: Grand Cognac (4) before Grand Angoulême (2,5) before Rouillacais.
  const auto page =
      as("admin.charente").get(std::string("/pilotage?") + kDate + "&tri=fte&ordre=desc");
  ASSERT_EQ(page.status, 200);
  const std::string table = tbody_of(page.body);
  EXPECT_LT(at(table, "Grand Cognac"), at(table, "Grand Angoul"));
  EXPECT_LT(at(table, "Grand Angoul"), at(table, "Rouillac"));
  EXPECT_NE(page.body.find("aria-sort=\"descending\" class=\"text-end\"><a href=\"/pilotage?" +
                           std::string(kDate) + "&amp;tri=fte#indicateurs\">ETP financés"),
            std::string::npos);
  // The same column ascending reverses the order; an unknown column sorts by name.
  const auto ascending = as("admin.charente").get(std::string("/pilotage?") + kDate + "&tri=fte");
  const std::string reversed = tbody_of(ascending.body);
  EXPECT_LT(at(reversed, "Grand Angoul"), at(reversed, "Grand Cognac"));
  const auto unknown = as("admin.charente").get(std::string("/pilotage?") + kDate + "&tri=rien");
  EXPECT_EQ(unknown.status, 200);
  EXPECT_NE(unknown.body.find("aria-sort=\"ascending\"><a href=\"/pilotage?" + std::string(kDate) +
                              "&amp;tri=name&amp;ordre=desc#indicateurs\">EPCI"),
            std::string::npos);
}

TEST_F(SteeringPages, DateChangesTheComputation) {
  const auto french = as("admin.charente").get("/pilotage?date=01/06/2027");
  ASSERT_EQ(french.status, 200);
  EXPECT_NE(french.body.find("au 01/06/2027"), std::string::npos);
  const auto wrong = as("admin.charente").get("/pilotage?date=31/02/2027");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(wrong.body.find("La date « 31/02/2027 » n&#39;est pas valide"), std::string::npos);
}

TEST_F(SteeringPages, MapShowsTheIndicatorAsked) {
  const auto page =
      as("admin.charente").get(std::string("/pilotage?") + kDate + "&carte=funding_per_fte");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Montant moyen par ETP par EPCI"), std::string::npos);
  EXPECT_NE(page.body.find("<option value=\"funding_per_fte\" selected>"), std::string::npos);
}

TEST_F(SteeringPages, CsvDownload) {
  const auto csv = as("admin.charente").get(std::string("/pilotage/indicateurs.csv?") + kDate);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("content-disposition").find("indicateurs-16-2026-11-23.csv"),
            std::string::npos);
  ASSERT_EQ(csv.body.rfind(kBom, 0), 0u);
  EXPECT_NE(csv.body.find("Code (SIREN);EPCI;Population;ETP financés;Part des ETP (%);"
                          "Part de la population (%);Écart (points);Financement Caf (€);"),
            std::string::npos);
  // Grand Angoulême's line: 2,5 ETP, 16,95 % of them.
  const std::string line = between(csv.body, "200071827;", "\r\n");
  EXPECT_NE(line.find(";2,5;16,95;"), std::string::npos) << line;
  EXPECT_NE(csv.body.find("\r\nTotal;Caf de la Charente;"), std::string::npos);
}

TEST_F(SteeringPages, XlsxDownloadHasTypedNumbers) {
  const auto xlsx = as("admin.charente").get(std::string("/pilotage/indicateurs.xlsx?") + kDate);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const exports::testing::XlsxPackage package(xlsx.body);
  const auto cells = package.cells("xl/worksheets/sheet1.xml");
  EXPECT_EQ(cells.at("A1").value, "Code (SIREN)");
  EXPECT_EQ(cells.at("D1").value, "ETP financés");
  bool found = false;
  for (const auto& [reference, cell] : cells) {
    if (reference[0] != 'A' || cell.value != "200071827") continue;
    const std::string row = reference.substr(1);
    EXPECT_EQ(cells.at("D" + row).type, "");  // a number
    EXPECT_EQ(std::stod(cells.at("D" + row).value), 2.5);
    EXPECT_NEAR(std::stod(cells.at("E" + row).value), 0.1695, 1e-9);
    found = true;
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(package.has_part("xl/worksheets/sheet2.xml"));  // the typology
}

}  // namespace
}  // namespace maillage::testing
