// The server and a PostgreSQL crash: while the database is down every page answers 503 with a
// French message, the server reconnects by itself once it is back, and every save it had
// acknowledged is still there. Runs on its own PostgreSQL cluster (the shared test server must
// not be stopped under the other tests), with fsync and synchronous commits on.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/database_copy.hpp"
#include "store/database.hpp"
#include "support/test_backend.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

class OwnPostgresql {
 public:
  OwnPostgresql()
      : folder_(std::filesystem::temp_directory_path() /
                ("maillage-pg-restart-" + std::to_string(::getpid()))) {
    run("start", " durable");
    std::ifstream in(folder_ / "url");
    std::getline(in, url_);
  }
  ~OwnPostgresql() { run("stop"); }
  void crash() { run("crash"); }
  void resume() { run("resume"); }
  const std::string& url() const { return url_; }

 private:
  void run(const std::string& action, const std::string& extra = "") {
    const std::string command = std::string(MAILLAGE_SOURCE_DIR) + "/scripts/test-postgresql " +
                                action + " " + folder_.string() + extra + " >/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
  }
  std::filesystem::path folder_;
  std::string url_;
};

TEST(PostgresqlRestart, AnswersUnavailableThenReconnectsAndLosesNothing) {
  if (!on_postgresql()) {
    GTEST_SKIP() << "PostgreSQL only";
  }
  OwnPostgresql postgresql;
  {
    // The demo, copied from the shared test server's template into this cluster.
    auto source = store::Database::open(demo_database_copy());
    auto target = store::Database::open(postgresql.url());
    std::string source_target = source->target();
    app::copy_database(*source, *target);
    source.reset();
    drop_copy(source_target);
  }
  TestServer server(postgresql.url(), app::ServerConfig{});
  Browser browser(server.port());
  ASSERT_TRUE(browser.sign_in("agent.gard"));
  ASSERT_EQ(browser.post("/postes", post_form_fields("GARD-CRASH-1")).status, 303);

  postgresql.crash();
  const auto down = browser.get("/postes/GARD-CRASH-1");
  EXPECT_EQ(down.status, 503);
  EXPECT_NE(down.body.find("La base de données ne répond pas"), std::string::npos);
  EXPECT_EQ(down.header("retry-after"), "5");

  postgresql.resume();
  // Each connection is checked when a request takes it: no request fails on a dead one.
  for (int request = 0; request < 12; ++request) {
    ASSERT_EQ(browser.get("/postes/GARD-CRASH-1").status, 200);  // session and post survived
  }
  ASSERT_EQ(browser.post("/postes", post_form_fields("GARD-CRASH-2")).status, 303);
  EXPECT_EQ(browser.get("/postes/GARD-CRASH-2").status, 200);
}

}  // namespace
}  // namespace maillage::testing
