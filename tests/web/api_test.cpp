// The JSON API against a real server: authentication, permissions (outside the perimeter is
// not found), CSRF for sessions, versions, malformed and invalid bodies, the posts list's filters
// and totals, and every resource read back after a write.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "web/api_client.hpp"

namespace maillage::testing {
namespace {

using nlohmann::json;

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    tokens_ = new std::map<std::string, std::string>();
    for (const char* login :
         {"admin.gard", "agent.gard", "employeur.nimes", "elu.nimes", "admin.charente"}) {
      (*tokens_)[login] = api_token(*server_, login);
    }
  }
  static void TearDownTestSuite() {
    delete tokens_;
    delete server_;
  }
  static ApiClient as(const std::string& login) {
    return ApiClient(server_->port(), tokens_->at(login));
  }
  static ApiClient anonymous() { return ApiClient(server_->port(), ""); }

  // A post every field of which is valid, in Nîmes Métropole.
  static json new_post(const std::string& id) {
    return {{"identifiant", id},
            {"code_territoire", "243000643"},
            {"porteur", "epci"},
            {"etp_agent_centiemes", 100},
            {"etp_mission_centiemes", 75},
            {"cout_annuel_centimes", 4800000},
            {"fonction", "cooperation"},
            {"niveau_diplome", 6},
            {"statut", "creation"},
            {"date_embauche", "2026-09-01"},
            {"vacant_depuis", nullptr},
            {"caf_associee_recrutement", true},
            {"participation_reseau", true},
            {"rapport_annuel_transmis", false}};
  }

  static TestServer* server_;
  static std::map<std::string, std::string>* tokens_;
};
TestServer* Api::server_ = nullptr;
std::map<std::string, std::string>* Api::tokens_ = nullptr;

void expect_problem(const HttpResult& result, int status) {
  EXPECT_EQ(result.status, status) << result.body;
  EXPECT_EQ(result.content_type.rfind("application/problem+json", 0), 0u) << result.content_type;
  const json body = json_of(result);
  EXPECT_EQ(body.value("status", 0), status);
  EXPECT_FALSE(body.value("title", "").empty());
  EXPECT_FALSE(body.value("detail", "").empty());
}

// The "errors" entry of `field`, or an empty object.
json error_on(const json& problem, const std::string& field) {
  for (const auto& error : problem.value("errors", json::array())) {
    if (error["champ"] == field) return error;
  }
  return json::object();
}

TEST_F(Api, WithoutTokenAnswers401ProblemJson) {
  const auto result = anonymous().get("/api/v1/posts");
  expect_problem(result, 401);
  EXPECT_NE(result.header("www-authenticate").find("Bearer"), std::string::npos);
  EXPECT_EQ(json_of(result)["title"], "Authentification requise");
  expect_problem(ApiClient(server_->port(), "jeton-inconnu").get("/api/v1/territories"), 401);
  expect_problem(anonymous().send("POST", "/api/v1/posts", new_post("GARD-ANON")), 401);
}

TEST_F(Api, UnknownRouteAndMethodAreProblems) {
  expect_problem(as("admin.gard").get("/api/v1/n-existe-pas"), 404);
  expect_problem(as("admin.gard").send("DELETE", "/api/v1/posts/GARD-001", json::object()), 405);
}

TEST_F(Api, ListsPostsWithFundingVerdictAndTotals) {
  const auto result = as("admin.gard").get("/api/v1/posts?limit=500");
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.content_type.rfind("application/json", 0), 0u);
  const json body = json_of(result);
  const auto& posts = body["postes"];
  ASSERT_GT(posts.size(), 10u);
  EXPECT_EQ(body["nombre"], posts.size());
  std::int64_t funding = 0;
  int eligible = 0;
  for (const auto& post : posts) {
    EXPECT_EQ(post["identifiant"].get<std::string>().rfind("GARD-", 0), 0u) << post;
    EXPECT_TRUE(post["etp_mission_centiemes"].is_number_integer());
    EXPECT_TRUE(post["cout_annuel_centimes"].is_number_integer());
    ASSERT_TRUE(post["financement"].is_object()) << post;
    funding += post["financement"]["financement_centimes"].get<std::int64_t>();
    if (post["financement"]["verdict"] == "eligible") ++eligible;
  }
  EXPECT_EQ(body["totaux"]["postes"], posts.size());
  EXPECT_EQ(body["totaux"]["financement_centimes"], funding);
  EXPECT_EQ(body["totaux"]["eligibles"], eligible);
  EXPECT_GT(funding, 0);
}

TEST_F(Api, FiltersSortsAndPaginatesPosts) {
  auto api = as("admin.gard");
  const json excluded = json_of(api.get("/api/v1/posts?verdict=exclu&limit=500"));
  ASSERT_GT(excluded["nombre"].get<int>(), 0);
  for (const auto& post : excluded["postes"]) EXPECT_EQ(post["financement"]["verdict"], "exclu");
  EXPECT_EQ(excluded["totaux"]["exclus"], excluded["nombre"]);
  EXPECT_EQ(excluded["totaux"]["eligibles"], 0);

  const json nimes = json_of(api.get("/api/v1/posts?territoire=243000643&limit=500"));
  ASSERT_GT(nimes["nombre"].get<int>(), 0);
  const json all = json_of(api.get("/api/v1/posts?limit=500"));
  EXPECT_LT(nimes["nombre"].get<int>(), all["nombre"].get<int>());
  // The EPCI's posts, its communes' included.
  const json territory = json_of(api.get("/api/v1/territories/243000643"));
  bool commune_post = false;
  for (const auto& post : nimes["postes"]) {
    EXPECT_NE(
        std::find(territory["postes"].begin(), territory["postes"].end(), post["identifiant"]),
        territory["postes"].end())
        << post;
    if (post["code_territoire"] != "243000643") commune_post = true;
  }
  EXPECT_TRUE(commune_post);

  const json sorted = json_of(api.get("/api/v1/posts?tri=financement&ordre=desc&limit=500"));
  std::int64_t previous = INT64_MAX;
  for (const auto& post : sorted["postes"]) {
    const auto funding = post["financement"]["financement_centimes"].get<std::int64_t>();
    EXPECT_LE(funding, previous);
    previous = funding;
  }

  const json page = json_of(api.get("/api/v1/posts?tri=poste&limit=5&offset=5"));
  const json whole = json_of(api.get("/api/v1/posts?tri=poste&limit=500"));
  ASSERT_EQ(page["postes"].size(), 5u);
  EXPECT_EQ(page["limit"], 5);
  EXPECT_EQ(page["offset"], 5);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(page["postes"][i]["identifiant"], whole["postes"][i + 5]["identifiant"]);
  }
  // Totals cover every filtered post, not the page.
  EXPECT_EQ(page["totaux"], whole["totaux"]);
  EXPECT_EQ(json_of(api.get("/api/v1/posts"))["postes"].size(),
            std::min<std::size_t>(100, whole["postes"].size()));
}

TEST_F(Api, RefusesUnknownFilterValuesNamingTheParameter) {
  auto api = as("admin.gard");
  const auto verdict = api.get("/api/v1/posts?verdict=peut-etre");
  expect_problem(verdict, 400);
  EXPECT_TRUE(error_on(json_of(verdict), "verdict").contains("message")) << verdict.body;
  const auto limit = api.get("/api/v1/posts?limit=501");
  expect_problem(limit, 400);
  EXPECT_TRUE(error_on(json_of(limit), "limit").contains("message")) << limit.body;
  expect_problem(api.get("/api/v1/posts?offset=-1"), 400);
  expect_problem(api.get("/api/v1/posts?tri=salaire"), 400);
  const auto date = api.get("/api/v1/posts/GARD-001/financement?date=31/01/2027");
  expect_problem(date, 400);
  EXPECT_TRUE(error_on(json_of(date), "date").contains("message")) << date.body;
}

TEST_F(Api, AnotherCafsPostIsNotFoundLikeAMissingOne) {
  auto api = as("admin.gard");
  const auto other = api.get("/api/v1/posts/CHAR-001");
  const auto missing = api.get("/api/v1/posts/N-EXISTE-PAS");
  expect_problem(other, 404);
  EXPECT_EQ(other.body, missing.body);
  EXPECT_EQ(api.get("/api/v1/posts/CHAR-001/financement").body, missing.body);
  EXPECT_EQ(api.send("PUT", "/api/v1/posts/CHAR-001", {{"version", 1}}).body, missing.body);
  EXPECT_EQ(api.get("/api/v1/territories/200071827").status, 404);  // an EPCI of the Charente
  EXPECT_EQ(as("admin.charente").get("/api/v1/posts/CHAR-001").status, 200);
  // The elected official of Nîmes sees Nîmes' posts only.
  EXPECT_EQ(as("elu.nimes").get("/api/v1/posts/GARD-001").status, 200);
  const json nimes = json_of(as("elu.nimes").get("/api/v1/territories/243000643"));
  for (const auto& post : json_of(as("elu.nimes").get("/api/v1/posts?limit=500"))["postes"]) {
    EXPECT_NE(std::find(nimes["postes"].begin(), nimes["postes"].end(), post["identifiant"]),
              nimes["postes"].end())
        << post["identifiant"];
  }
}

TEST_F(Api, RolesThatMayNotWriteAre403) {
  const auto elu = as("elu.nimes").send("POST", "/api/v1/posts", new_post("GARD-ELU"));
  expect_problem(elu, 403);
  expect_problem(as("elu.nimes").send("PUT", "/api/v1/posts/GARD-001", new_post("GARD-001")), 403);
  expect_problem(as("employeur.nimes")
                     .send("POST", "/api/v1/ctgs",
                           {{"code_territoire", "243000643"},
                            {"date_debut", "2040-01-01"},
                            {"date_fin", "2040-12-31"},
                            {"renouvellement", false}}),
                 403);
  expect_problem(as("elu.nimes").get("/api/v1/financement"), 403);
  expect_problem(as("employeur.nimes").get("/api/v1/financement"), 403);
  EXPECT_EQ(as("agent.gard").get("/api/v1/financement").status, 200);
}

TEST_F(Api, SessionWritesNeedTheCsrfHeader) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.sign_in("admin.gard"));
  EXPECT_EQ(browser.get("/api/v1/posts/GARD-003").status, 200);  // reading needs no token
  const std::string body = new_post("GARD-CSRF").dump();
  const auto refused = browser.send("POST", "/api/v1/posts", body, "application/json");
  expect_problem(refused, 403);
  const auto wrong = browser.send("POST", "/api/v1/posts", body, "application/json",
                                  {{"X-CSRF-Token", "pas-le-bon"}});
  expect_problem(wrong, 403);
  const auto accepted = browser.send("POST", "/api/v1/posts", body, "application/json",
                                     {{"X-CSRF-Token", browser.csrf_token()}});
  EXPECT_EQ(accepted.status, 201) << accepted.body;
}

TEST_F(Api, CreatesAPostAndReadsItBack) {
  auto api = as("admin.gard");
  const auto created = api.send("POST", "/api/v1/posts", new_post("GARD-API-100"));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.header("location"), "/api/v1/posts/GARD-API-100");
  const json read = json_of(api.get(created.header("location")));
  EXPECT_EQ(read["identifiant"], "GARD-API-100");
  EXPECT_EQ(read["etp_mission_centiemes"], 75);
  EXPECT_EQ(read["cout_annuel_centimes"], 4800000);
  EXPECT_EQ(read["date_embauche"], "2026-09-01");
  EXPECT_EQ(read["vacant_depuis"], nullptr);
  EXPECT_EQ(read["caf_associee_recrutement"], true);
  EXPECT_EQ(read["rapport_annuel_transmis"], false);
  EXPECT_EQ(read["version"], 1);
  EXPECT_EQ(read, json_of(created));
  ASSERT_TRUE(read["financement"].is_object());
  EXPECT_GT(read["financement"]["financement_centimes"].get<std::int64_t>(), 0);
  // The list and the territory know it too.
  EXPECT_NE(api.get("/api/v1/posts?territoire=243000643&limit=500").body.find("GARD-API-100"),
            std::string::npos);
  EXPECT_NE(api.get("/api/v1/territories/243000643").body.find("GARD-API-100"), std::string::npos);
  // The id is taken now.
  const auto again = api.send("POST", "/api/v1/posts", new_post("GARD-API-100"));
  expect_problem(again, 422);
  EXPECT_TRUE(error_on(json_of(again), "identifiant").contains("message")) << again.body;
}

TEST_F(Api, ReplacesAPostOnItsVersionAndRefusesAStaleOne) {
  auto api = as("admin.gard");
  ASSERT_EQ(api.send("POST", "/api/v1/posts", new_post("GARD-API-200")).status, 201);
  json changed = new_post("GARD-API-200");
  changed["etp_mission_centiemes"] = 50;
  changed["version"] = 1;
  const auto saved = api.send("PUT", "/api/v1/posts/GARD-API-200", changed);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(json_of(saved)["version"], 2);
  EXPECT_EQ(json_of(saved)["etp_mission_centiemes"], 50);

  changed["etp_mission_centiemes"] = 25;  // still on version 1: someone saved since
  const auto stale = api.send("PUT", "/api/v1/posts/GARD-API-200", changed);
  expect_problem(stale, 409);
  const json current = json_of(stale)["current"];
  EXPECT_EQ(current["version"], 2);
  EXPECT_EQ(current["etp_mission_centiemes"], 50);
  EXPECT_EQ(json_of(api.get("/api/v1/posts/GARD-API-200"))["etp_mission_centiemes"], 50);

  // The version may come as If-Match instead; a missing version is refused, never a blind write.
  changed.erase("version");
  const auto with_header =
      api.send("PUT", "/api/v1/posts/GARD-API-200", changed, {{"If-Match", "\"2\""}});
  ASSERT_EQ(with_header.status, 200) << with_header.body;
  EXPECT_EQ(json_of(with_header)["version"], 3);
  const auto without = api.send("PUT", "/api/v1/posts/GARD-API-200", changed);
  expect_problem(without, 422);
  EXPECT_TRUE(error_on(json_of(without), "version").contains("message")) << without.body;
  // What a GET returned may be sent back as it is.
  json read = json_of(api.get("/api/v1/posts/GARD-API-200"));
  read["niveau_diplome"] = 7;
  const auto round_trip = api.send("PUT", "/api/v1/posts/GARD-API-200", read);
  ASSERT_EQ(round_trip.status, 200) << round_trip.body;
  EXPECT_EQ(json_of(round_trip)["niveau_diplome"], 7);
  // The identity does not change.
  read = json_of(round_trip);
  read["code_territoire"] = "200066918";
  const auto moved = api.send("PUT", "/api/v1/posts/GARD-API-200", read);
  expect_problem(moved, 422);
  EXPECT_TRUE(error_on(json_of(moved), "code_territoire").contains("message")) << moved.body;
}

TEST_F(Api, MalformedJsonIs400WithItsPosition) {
  auto api = as("admin.gard");
  const auto result =
      api.send_text("POST", "/api/v1/posts", "{\n  \"identifiant\": \"X\",\n  \"porteur\": epci\n}",
                    "application/json");
  expect_problem(result, 400);
  const std::string detail = json_of(result)["detail"];
  EXPECT_NE(detail.find("ligne 3"), std::string::npos) << detail;
  EXPECT_NE(detail.find("colonne"), std::string::npos) << detail;
  expect_problem(api.send_text("POST", "/api/v1/posts", "", "application/json"), 400);
  expect_problem(api.send_text("POST", "/api/v1/posts", "[1, 2]", "application/json"), 400);
  // Invalid UTF-8 is refused too, and the answer stays valid JSON.
  expect_problem(
      api.send_text("POST", "/api/v1/posts", "{\"identifiant\": \"\xC3\x28\"}", "application/json"),
      400);
  // A surrogate encoded in UTF-8: invalid, and kept out of the answer's excerpt.
  expect_problem(api.send_text("POST", "/api/v1/posts", "{\"identifiant\": \"ab\xED\xA0\x80\"}",
                               "application/json"),
                 400);
  expect_problem(
      api.send_text("POST", "/api/v1/posts", "identifiant=X", "application/x-www-form-urlencoded"),
      415);
}

TEST_F(Api, InvalidFieldsAre422NamingEachField) {
  auto api = as("admin.gard");
  json post = new_post("GARD-API-300");
  post["etp_mission_centiemes"] = "0,75";  // a string where an integer is expected
  post["caf_associee_recrutement"] = "oui";
  post["date_embauche"] = "01/09/2026";
  const auto types = api.send("POST", "/api/v1/posts", post);
  expect_problem(types, 422);
  const json problem = json_of(types);
  for (const char* field : {"etp_mission_centiemes", "caf_associee_recrutement", "date_embauche"}) {
    EXPECT_TRUE(error_on(problem, field).contains("message")) << field << " " << types.body;
  }

  post = new_post("GARD-API-300");
  post["etp_mission_centiemes"] = 120;  // more than the holder's whole time
  post["fonction"] = "jardinier";
  post.erase("porteur");
  const auto rules = api.send("POST", "/api/v1/posts", post);
  expect_problem(rules, 422);
  EXPECT_TRUE(error_on(json_of(rules), "etp_mission_centiemes").contains("message")) << rules.body;
  EXPECT_TRUE(error_on(json_of(rules), "fonction").contains("message")) << rules.body;
  EXPECT_EQ(error_on(json_of(rules), "porteur")["message"], "Champ obligatoire.") << rules.body;

  post = new_post("GARD-API-300");
  post.erase("etp_mission_centiemes");
  post["etp_mission"] = 0.75;  // the float and the unit-less name this API refuses
  const auto unit = api.send("POST", "/api/v1/posts", post);
  expect_problem(unit, 422);
  const std::string hint = error_on(json_of(unit), "etp_mission").value("message", "");
  EXPECT_NE(hint.find("etp_mission_centiemes"), std::string::npos) << unit.body;
  EXPECT_EQ(api.get("/api/v1/posts/GARD-API-300").status, 404);  // nothing written
}

TEST_F(Api, ClosesAPost) {
  auto api = as("admin.gard");
  ASSERT_EQ(api.send("POST", "/api/v1/posts", new_post("GARD-API-400")).status, 201);
  const auto missing = api.send("POST", "/api/v1/posts/GARD-API-400/cloture", {{"version", 1}});
  expect_problem(missing, 422);
  EXPECT_TRUE(error_on(json_of(missing), "cloture_le").contains("message")) << missing.body;
  EXPECT_TRUE(error_on(json_of(missing), "motif").contains("message")) << missing.body;
  const auto closed = api.send("POST", "/api/v1/posts/GARD-API-400/cloture",
                               {{"cloture_le", "2027-01-31"}, {"motif", "Départ"}, {"version", 1}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(json_of(closed)["cloture_le"], "2027-01-31");
  const json after = json_of(api.get("/api/v1/posts/GARD-API-400/financement?date=2027-02-01"));
  EXPECT_EQ(after["ouvert"], false);
  EXPECT_EQ(after["resultat"], nullptr);
  const json before = json_of(api.get("/api/v1/posts/GARD-API-400/financement?date=2027-01-31"));
  EXPECT_EQ(before["ouvert"], true);
}

TEST_F(Api, ExplainsAPostsFundingRuleByRule) {
  const auto result = as("agent.gard").get("/api/v1/posts/GARD-002/financement?date=2027-01-31");
  ASSERT_EQ(result.status, 200) << result.body;
  const json body = json_of(result);
  EXPECT_EQ(body["date"], "2027-01-31");
  EXPECT_EQ(body["caf"]["departement"], "30");
  EXPECT_FALSE(body["doctrine"].get<std::string>().empty());
  ASSERT_GT(body["constats"].size(), 0u);
  for (const auto& finding : body["constats"]) {
    for (const char* key :
         {"regle", "niveau", "niveau_libelle", "message", "source", "echeance", "piste"}) {
      EXPECT_TRUE(finding.contains(key)) << key << " " << finding;
    }
    EXPECT_FALSE(finding["message"].get<std::string>().empty());
  }
  EXPECT_FALSE(body["constats"][0]["source"].get<std::string>().empty());
  EXPECT_TRUE(body["resultat"]["financement_centimes"].is_number_integer());
}

TEST_F(Api, TerritoriesOfThePerimeter) {
  const json agent = json_of(as("agent.gard").get("/api/v1/territories"));
  std::set<std::string> codes;
  for (const auto& territory : agent["territoires"])
    codes.insert(territory["code"].get<std::string>());
  EXPECT_EQ(codes, (std::set<std::string>{"243000643", "200066918", "243000650"}));
  const json gard = json_of(as("admin.gard").get("/api/v1/territories?departement=30"));
  EXPECT_GE(gard["territoires"].size(), 3u);
  for (const auto& territory : gard["territoires"]) EXPECT_EQ(territory["departement"], "30");
  EXPECT_TRUE(
      json_of(as("admin.gard").get("/api/v1/territories?departement=16"))["territoires"].empty());

  const json nimes = json_of(as("agent.gard").get("/api/v1/territories/243000643"));
  EXPECT_EQ(nimes["nom"], "CA de Nîmes Métropole");
  EXPECT_EQ(nimes["nature"], "epci");
  EXPECT_GT(nimes["nombre_communes"].get<int>(), 10);
  EXPECT_GT(nimes["population"].get<long>(), 200000);
  EXPECT_EQ(nimes["caf"]["departement"], "30");
  EXPECT_GE(nimes["ctgs"].size(), 2u);
  EXPECT_NE(std::find(nimes["postes"].begin(), nimes["postes"].end(), "GARD-001"),
            nimes["postes"].end());
}

TEST_F(Api, CtgsReadCreateReplaceAndClose) {
  auto api = as("admin.gard");
  const json list = json_of(api.get("/api/v1/ctgs?territoire=243000643"));
  ASSERT_EQ(list["ctgs"].size(), 2u) << list;
  const json first = list["ctgs"][0];
  EXPECT_EQ(first["date_debut"], "2021-01-01");
  const json detail = json_of(api.get("/api/v1/ctgs/" + std::to_string(first["id"].get<int>())));
  EXPECT_TRUE(detail["constats"].is_array());
  EXPECT_TRUE(detail["postes"].is_array());
  EXPECT_EQ(as("admin.charente").get("/api/v1/ctgs/" + std::to_string(first["id"].get<int>())).body,
            as("admin.charente").get("/api/v1/ctgs/999999").body);

  const json fields{{"code_territoire", "243000643"},
                    {"date_debut", "2041-01-01"},
                    {"date_fin", "2045-12-31"},
                    {"renouvellement", true},
                    {"signataires", {"Caf du Gard", "Nîmes Métropole"}},
                    {"thematiques", {"Petite enfance", "Jeunesse"}}};
  const auto created = api.send("POST", "/api/v1/ctgs", fields);
  ASSERT_EQ(created.status, 201) << created.body;
  const json ctg = json_of(created);
  EXPECT_EQ(created.header("location"), "/api/v1/ctgs/" + std::to_string(ctg["id"].get<int>()));
  EXPECT_EQ(ctg["signataires"], fields["signataires"]);
  EXPECT_EQ(ctg["renouvellement"], true);
  EXPECT_EQ(ctg["version"], 1);
  // Overlapping it is refused on its dates.
  const auto overlap = api.send("POST", "/api/v1/ctgs", fields);
  expect_problem(overlap, 422);
  EXPECT_TRUE(error_on(json_of(overlap), "date_debut").contains("message")) << overlap.body;

  const std::string path = created.header("location");
  json changed = fields;
  changed.erase("code_territoire");
  changed["thematiques"] = {"Parentalité"};
  changed["version"] = 1;
  const auto saved = api.send("PUT", path, changed);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(json_of(saved)["thematiques"], json::array({"Parentalité"}));
  const auto stale = api.send("PUT", path, changed);
  expect_problem(stale, 409);
  EXPECT_EQ(json_of(stale)["current"]["version"], 2);
  changed["signataires"] = "Caf du Gard";  // a string, not an array
  changed["version"] = 2;
  const auto wrong_type = api.send("PUT", path, changed);
  expect_problem(wrong_type, 422);
  EXPECT_TRUE(error_on(json_of(wrong_type), "signataires").contains("message")) << wrong_type.body;

  const auto closed =
      api.send("POST", path + "/cloture", {{"cloture_le", "2042-06-30"}, {"motif", "Fusion"}},
               {{"If-Match", "\"2\""}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(json_of(closed)["cloture_le"], "2042-06-30");
  EXPECT_EQ(json_of(closed)["dernier_jour"], "2042-06-30");
}

TEST_F(Api, FundingTotalsPerCafForCafRoles) {
  const json admin = json_of(as("admin.gard").get("/api/v1/financement?date=2027-01-31"));
  EXPECT_EQ(admin["date"], "2027-01-31");
  ASSERT_EQ(admin["cafs"].size(), 1u);
  EXPECT_EQ(admin["cafs"][0]["departement"], "30");
  EXPECT_GT(admin["cafs"][0]["postes"].get<int>(), 0);
  EXPECT_EQ(admin["cafs"][0]["financement_centimes"], admin["totaux"]["financement_centimes"]);
  const json list = json_of(as("admin.gard").get("/api/v1/posts?date=2027-01-31&limit=1"));
  EXPECT_EQ(admin["totaux"], list["totaux"]);
  // The officer's totals cover their territories only.
  const json agent = json_of(as("agent.gard").get("/api/v1/financement?date=2027-01-31"));
  EXPECT_LT(agent["totaux"]["postes"].get<int>(), admin["totaux"]["postes"].get<int>());
}

}  // namespace
}  // namespace maillage::testing
