// The server answers over loopback: sign-in, a page per role, assets, security headers.
#include <gtest/gtest.h>

#include "app/server_config.hpp"
#include "web/http_server.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

class ServerSmoke : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static TestServer* server_;
};
TestServer* ServerSmoke::server_ = nullptr;

TEST_F(ServerSmoke, RedirectsToSignInWhenSignedOut) {
  Browser browser(server_->port());
  const auto result = browser.get("/portefeuille?verdict=exclu");
  EXPECT_EQ(result.status, 303);
  EXPECT_EQ(result.header("location"), "/connexion?retour=%2Fportefeuille%3Fverdict%3Dexclu");
}

TEST_F(ServerSmoke, SignsInAndShowsTheHomePage) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.gard"));
  const auto home = browser.get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("Bonjour"), std::string::npos);
  EXPECT_FALSE(browser.csrf_token().empty());
}

TEST_F(ServerSmoke, WrongPasswordIsRefusedWithoutSayingWhy) {
  Browser browser(server_->port());
  EXPECT_FALSE(browser.sign_in("admin.gard", "pas-le-bon-mot-de-passe"));
  const auto page = browser.get("/connexion");
  const std::string token = between(page.body, "name=\"_connexion\" value=\"", "\"");
  const auto result = browser.post(
      "/connexion", {{"_connexion", token}, {"identifiant", "personne"}, {"mot_de_passe", "x"}},
      false);
  EXPECT_EQ(result.status, 422);
  EXPECT_NE(result.body.find("Identifiant ou mot de passe incorrect."), std::string::npos)
      << between(result.body, "<ul class=\"mb-0\">", "</ul>");
}

TEST_F(ServerSmoke, EveryResponseCarriesTheSecurityHeaders) {
  Browser browser(server_->port());
  const auto result = browser.get("/connexion");
  EXPECT_NE(result.header("content-security-policy").find("script-src 'self'"), std::string::npos);
  EXPECT_NE(result.header("content-security-policy").find("frame-ancestors 'none'"),
            std::string::npos);
  EXPECT_EQ(result.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(result.header("referrer-policy"), "same-origin");
}

TEST_F(ServerSmoke, ServesAssetsWithLongCacheAndEtag) {
  Browser browser(server_->port());
  const auto css = browser.get("/assets/vendor/bootstrap/bootstrap.min.css");
  ASSERT_EQ(css.status, 200);
  EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
  EXPECT_NE(css.header("cache-control").find("max-age=31536000"), std::string::npos);
  const auto again = browser.get("/assets/vendor/bootstrap/bootstrap.min.css",
                                 {{"If-None-Match", css.header("etag")}});
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(browser.get("/assets/../CMakeLists.txt").status, 404);
}

TEST_F(ServerSmoke, EachRoleReachesItsHomeAndPortfolio) {
  for (const char* login :
       {"admin.gard", "agent.gard", "employeur.nimes", "charge.nimes", "elu.nimes"}) {
    Browser browser(server_->port());
    ASSERT_TRUE(browser.sign_in(login)) << login;
    EXPECT_EQ(browser.get("/").status, 200) << login;
    EXPECT_EQ(browser.get("/portefeuille").status, 200) << login;
    EXPECT_EQ(browser.get("/compte").status, 200) << login;
  }
}

TEST_F(ServerSmoke, PostPageExplainsTheFunding) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.gard"));
  const auto page = browser.get("/postes/GARD-002");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Le calcul expliqué"), std::string::npos);
  EXPECT_NE(page.body.find("source"), std::string::npos);
}

TEST_F(ServerSmoke, AnotherCafsPostIsNotFound) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.gard"));
  const auto other = browser.get("/postes/CHAR-001");
  const auto missing = browser.get("/postes/N-EXISTE-PAS");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(other.body, missing.body);
}

}  // namespace
}  // namespace maillage::testing

namespace maillage::testing {
namespace {

TEST(ServerStart, RefusesAPortAlreadyTaken) {
  TestServer first;
  web::HttpServer second(first.application(),
                         web::ListenSettings{.bind = "127.0.0.1", .port = first.port()});
  try {
    second.start();
    FAIL() << "a second server started on a taken port";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("Impossible d'écouter sur 127.0.0.1:"),
              std::string::npos);
  }
  // The first one still answers.
  EXPECT_EQ(Browser(first.port()).get("/connexion").status, 200);
}

TEST(ServerTheme, TheCafsNameAndColoursReachThePages) {
  app::ServerConfig config;
  config.theme.organisation = "Caf du Gard";
  config.theme.primary_color = "#004d40";
  TestServer server(config);
  Browser browser(server.port());
  EXPECT_NE(browser.get("/connexion").body.find("Caf du Gard"), std::string::npos);
  const auto css = browser.get("/theme.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_NE(css.body.find("--maillage-primary: #004d40"), std::string::npos);
}

}  // namespace
}  // namespace maillage::testing
