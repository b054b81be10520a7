// The CTG workspace through the JSON API: the chargé writes with a token, values as in the forms,
// every refusal a problem+json with its field; the elected official reads only.
#include <gtest/gtest.h>

#include "store/ctg_repository.hpp"
#include "web/api_client.hpp"
#include "web/test_server.hpp"

namespace maillage::testing {
namespace {

using nlohmann::json;

class WorkspaceApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    auto db = store::Database::open(server_->database_target());
    for (const auto& ctg : store::CtgRepository(*db).list_for_territory("243000643")) {
      if (ctg.start.year() == 2026) ctg_path_ = "/api/v1/ctgs/" + std::to_string(ctg.id);
    }
    charge_token_ = new std::string(api_token(*server_, "charge.nimes"));
    elu_token_ = new std::string(api_token(*server_, "elu.nimes"));
  }
  static void TearDownTestSuite() {
    delete charge_token_;
    delete elu_token_;
    delete server_;
  }
  static ApiClient charge() { return ApiClient(server_->port(), *charge_token_); }
  static ApiClient elu() { return ApiClient(server_->port(), *elu_token_); }
  static TestServer* server_;
  static std::string ctg_path_;
  static std::string* charge_token_;
  static std::string* elu_token_;
};
TestServer* WorkspaceApi::server_ = nullptr;
std::string WorkspaceApi::ctg_path_;
std::string* WorkspaceApi::charge_token_ = nullptr;
std::string* WorkspaceApi::elu_token_ = nullptr;

TEST_F(WorkspaceApi, AChargeCreatesUpdatesAndDeletesAParticipationAction) {
  ASSERT_FALSE(ctg_path_.empty());
  auto api = charge();
  const auto refused = api.send("POST", ctg_path_ + "/espace",
                                {{"type", "participation"},
                                 {"valeurs",
                                  {{"type", "atelier"},
                                   {"date", "31/02/2026"},
                                   {"participants", "beaucoup"},
                                   {"couleur", "bleu"}}}});
  EXPECT_EQ(refused.status, 422);
  const json problem = json_of(refused);
  std::set<std::string> fields;
  for (const auto& error : problem["errors"]) fields.insert(error["champ"].get<std::string>());
  EXPECT_TRUE(fields.count("valeurs.couleur")) << refused.body;

  const auto created = api.send("POST", ctg_path_ + "/espace",
                                {{"type", "participation"},
                                 {"valeurs",
                                  {{"type", "atelier"},
                                   {"intitule", "Atelier API"},
                                   {"date", "01/12/2026"},
                                   {"participants", "25"},
                                   {"actions", "ACT-005"}}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const json record = json_of(created);
  EXPECT_EQ(record["reference"], "PTC-003");
  EXPECT_EQ(record["valeurs"]["date"], "01/12/2026");
  const std::string location = created.header("location");

  const json change{{"valeurs",
                     {{"type", "atelier"},
                      {"intitule", "Atelier API"},
                      {"date", "01/12/2026"},
                      {"participants", "30"}}},
                    {"version", 1}};
  ASSERT_EQ(api.send("PUT", location, change).status, 200);
  const auto stale = api.send("PUT", location, change);
  EXPECT_EQ(stale.status, 409);

  const auto list = json_of(api.get(ctg_path_ + "/espace?type=participation"));
  EXPECT_EQ(list["fiches"].size(), 3u);
  EXPECT_EQ(elu().get(location).status, 200);
  EXPECT_EQ(elu().send("PUT", location, {{"valeurs", {{"intitule", "x"}}}, {"version", 2}}).status,
            403);

  EXPECT_EQ(api.send("POST", location + "/suppression", {{"version", 1}}).status, 409);
  const auto deleted = api.send("POST", location + "/suppression", {{"version", 2}});
  EXPECT_EQ(deleted.status, 200) << deleted.body;
  EXPECT_EQ(api.get(location).status, 404);
  // An objective still named by actions is not deleted.
  const auto objectives = json_of(api.get(ctg_path_ + "/espace?type=objectif"));
  const std::string objective =
      "/api/v1/fiches/" + std::to_string(objectives["fiches"][0]["id"].get<long long>());
  EXPECT_EQ(api.send("POST", objective + "/suppression", {{"version", 1}}).status, 422);

  const auto alerts = json_of(api.get("/api/v1/alertes"));
  ASSERT_FALSE(alerts["ctgs"].empty());
  EXPECT_FALSE(alerts["ctgs"][0]["alertes"].empty());
}

}  // namespace
}  // namespace maillage::testing
