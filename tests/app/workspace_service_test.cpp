// The CTG workspace through its services: who reads and writes, per-field messages, references
// between records, version-checked saves, deletions that keep the history, all-or-nothing
// imports in the export's format, and the network meetings that decide the network condition.
#include "app/workspace_service.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "app/audit_trail.hpp"
#include "app/funding_service.hpp"
#include "app/portfolio_facts.hpp"
#include "app/test_database.hpp"
#include "app/workspace_alert_service.hpp"
#include "app/workspace_import.hpp"
#include "core/network_attendance.hpp"
#include "store/caf_repository.hpp"
#include "store/ctg_repository.hpp"
#include "store/post_repository.hpp"
#include "store/workspace_repository.hpp"

namespace maillage::app {
namespace {

using testing::at;

const Timestamp kNow = at("2026-12-06T08:00:00Z");

core::Actor actor(core::Role role, std::string departement, std::vector<std::string> territories) {
  core::Actor actor;
  actor.user_id = 7;
  actor.login = std::string(core::code_of(role)) + ".test";
  actor.display_name = "Test " + actor.login;
  actor.role = role;
  actor.caf_departement = std::move(departement);
  actor.territory_codes = std::move(territories);
  return actor;
}

const core::Actor kCharge = actor(core::Role::kChargeCooperation, "30", {"243000643"});
const core::Actor kEmployer = actor(core::Role::kEmployeur, "30", {"243000643"});
const core::Actor kElu = actor(core::Role::kElu, "30", {"243000643"});
const core::Actor kAgent = actor(core::Role::kAgentCaf, "30", {"243000643"});
const core::Actor kUzesCharge = actor(core::Role::kChargeCooperation, "30", {"200034379"});
const core::Actor kAdmin = actor(core::Role::kAdminCaf, "30", {});
const core::Actor kCharenteAdmin = actor(core::Role::kAdminCaf, "16", {});

class WorkspaceServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = testing::gard_database();
    store::in_transaction(*database_, [&] {
      core::Ctg ctg;
      ctg.territory_code = "243000643";
      ctg.start = *core::Date::from_ymd(2026, 1, 1);
      ctg.end = *core::Date::from_ymd(2030, 12, 31);
      scope_ = {store::CtgRepository(*database_).insert(ctg), "30"};
    });
  }

  SaveResult<core::WorkspaceRecord> create(const core::Actor& who, const std::string& kind,
                                           WorkspaceFields fields) {
    return create_record(*database_, who, scope_, kind, fields, kNow);
  }

  std::unique_ptr<store::Database> database_;
  core::WorkspaceScope scope_;
};

std::vector<std::string> columns_of(const std::vector<ImportError>& errors) {
  std::vector<std::string> columns;
  for (const auto& error : errors) columns.push_back(error.column);
  return columns;
}

TEST_F(WorkspaceServiceTest, TheCtgsPeopleWriteWithGeneratedReferencesAndHistory) {
  const auto partner = create(kCharge, "partenaire", {{"nom", "Mme Durand"}, {"categorie", "elu"}});
  ASSERT_EQ(partner.status, SaveStatus::kSaved)
      << ::testing::PrintToString(columns_of(partner.errors));
  EXPECT_EQ(partner.record.reference, "PAR-001");
  const auto second = create(kEmployer, "partenaire", {{"nom", "Caf"}, {"categorie", "Caf"}});
  ASSERT_EQ(second.status, SaveStatus::kSaved);
  EXPECT_EQ(second.record.reference, "PAR-002");
  EXPECT_EQ(second.record.value("categorie"), "caf");  // code, whatever the case typed
  const auto taken = create(kCharge, "partenaire",
                            {{"reference", "PAR-001"}, {"nom", "Autre"}, {"categorie", "msa"}});
  ASSERT_EQ(taken.status, SaveStatus::kInvalid);
  EXPECT_EQ(columns_of(taken.errors), std::vector<std::string>{"reference"});
  EXPECT_NE(taken.errors.front().message.find("PAR-001"), std::string::npos);
  const auto history = history_of(*database_, "fiche", std::to_string(partner.record.id));
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history.front().action, "create");
  EXPECT_EQ(history.front().user_login, kCharge.login);
}

TEST_F(WorkspaceServiceTest, ElectedOfficialsReadAndTheCafCommentsOnly) {
  EXPECT_EQ(create(kElu, "partenaire", {{"nom", "X"}, {"categorie", "elu"}}).status,
            SaveStatus::kForbidden);
  EXPECT_EQ(create(kAgent, "partenaire", {{"nom", "X"}, {"categorie", "elu"}}).status,
            SaveStatus::kForbidden);
  const auto comment = create(kAgent, "commentaire", {{"texte", "Compte rendu attendu."}});
  EXPECT_EQ(comment.status, SaveStatus::kSaved);
  EXPECT_EQ(create(kElu, "commentaire", {{"texte", "Non."}}).status, SaveStatus::kForbidden);
  // Everyone of the CTG reads it; nobody outside.
  EXPECT_TRUE(find_record(*database_, kElu, comment.record.id));
  EXPECT_TRUE(find_record(*database_, kAdmin, comment.record.id));
  EXPECT_FALSE(find_record(*database_, kUzesCharge, comment.record.id));
  EXPECT_FALSE(find_record(*database_, kCharenteAdmin, comment.record.id));
  // Outside the perimeter answers as if the workspace did not exist.
  EXPECT_EQ(create(kUzesCharge, "partenaire", {{"nom", "X"}, {"categorie", "elu"}}).status,
            SaveStatus::kNotFound);
  // A Caf kind in a CTG's workspace does not exist there.
  EXPECT_EQ(create(kAdmin, "reunion_reseau", {{"intitule", "R"}, {"date", "01/02/2026"}}).status,
            SaveStatus::kNotFound);
}

TEST_F(WorkspaceServiceTest, EveryFieldSaysWhatIsWrongAndNothingIsWritten) {
  const auto result = create(kCharge, "action",
                             {{"objectif", "OBJ-404"},
                              {"intitule", ""},
                              {"date_debut", "31/02/2026"},
                              {"budget", "douze"},
                              {"statut", "fini"},
                              {"avancement", "140"},
                              {"partenaires", "PAR-1"}});
  ASSERT_EQ(result.status, SaveStatus::kInvalid);
  EXPECT_EQ(columns_of(result.errors),
            (std::vector<std::string>{"intitule", "date_debut", "budget", "statut", "avancement",
                                      "objectif", "partenaires"}));
  for (const auto& error : result.errors) EXPECT_FALSE(error.message.empty());
  EXPECT_TRUE(list_records(*database_, scope_).empty());
}

TEST_F(WorkspaceServiceTest, ACopilAgendaHoldsBilanAndPerspectives) {
  const auto refused = create(kCharge, "reunion",
                              {{"instance", "copil"},
                               {"intitule", "COPIL"},
                               {"date", "19/03/2026"},
                               {"ordre_du_jour", "Budget"}});
  ASSERT_EQ(refused.status, SaveStatus::kInvalid);
  EXPECT_EQ(columns_of(refused.errors), std::vector<std::string>{"ordre_du_jour"});
  const auto accepted = create(kCharge, "reunion",
                               {{"instance", "copil"},
                                {"intitule", "COPIL"},
                                {"date", "19/03/2026"},
                                {"ordre_du_jour", "Bilan + perspectives"}});
  EXPECT_EQ(accepted.status, SaveStatus::kSaved);
}

TEST_F(WorkspaceServiceTest, StaleSavesAreRefusedWithTheStoredRecord) {
  const auto created = create(kCharge, "partenaire", {{"nom", "A"}, {"categorie", "elu"}});
  auto fields = editable_fields(*core::find_kind("partenaire"), created.record);
  fields["nom"] = "B";
  ASSERT_EQ(update_record(*database_, kEmployer, created.record.id, fields, 1, kNow).status,
            SaveStatus::kSaved);
  fields["nom"] = "C";
  const auto stale = update_record(*database_, kCharge, created.record.id, fields, 1, kNow);
  EXPECT_EQ(stale.status, SaveStatus::kStale);
  EXPECT_EQ(stale.record.value("nom"), "B");
  EXPECT_EQ(stale.record.version, 2);
}

TEST_F(WorkspaceServiceTest, ARecordStillNamedIsNeitherDeletedNorRenamed) {
  const auto objective =
      create(kCharge, "objectif", {{"thematique", "jeunesse"}, {"intitule", "O"}});
  const auto action = create(kCharge, "action",
                             {{"objectif", "OBJ-001"}, {"intitule", "A"}, {"statut", "en_cours"}});
  ASSERT_EQ(action.status, SaveStatus::kSaved);
  const auto refused = delete_record(*database_, kCharge, objective.record.id, 1, kNow);
  ASSERT_EQ(refused.status, SaveStatus::kInvalid);
  EXPECT_NE(refused.errors.front().message.find("ACT-001"), std::string::npos);
  auto renamed = editable_fields(*core::find_kind("objectif"), objective.record);
  renamed["reference"] = "OBJ-JEUNES";
  EXPECT_EQ(update_record(*database_, kCharge, objective.record.id, renamed, 1, kNow).status,
            SaveStatus::kInvalid);
  // Once the action is gone, the objective goes too, and its history keeps it.
  ASSERT_EQ(delete_record(*database_, kCharge, action.record.id, 1, kNow).status,
            SaveStatus::kSaved);
  ASSERT_EQ(delete_record(*database_, kCharge, objective.record.id, 1, kNow).status,
            SaveStatus::kSaved);
  const auto history = history_of(*database_, "fiche", std::to_string(objective.record.id));
  ASSERT_EQ(history.front().action, "delete");
  EXPECT_NE(history.front().before_json->find("\"O\""), std::string::npos);
  EXPECT_EQ(delete_record(*database_, kElu, action.record.id, 1, kNow).status,
            SaveStatus::kNotFound);
}

CsvTable table_of(const WorkspaceSheet& sheet) {
  CsvTable table;
  table.header = sheet.columns;
  int line = 1;
  for (const auto& row : sheet.rows) table.rows.push_back({++line, row});
  return table;
}

TEST_F(WorkspaceServiceTest, AnExportReimportsUnchangedAndUpdatesWhatChanged) {
  create(kCharge, "objectif", {{"thematique", "jeunesse"}, {"intitule", "O"}});
  create(kCharge, "action", {{"objectif", "OBJ-001"}, {"intitule", "A"}, {"statut", "en_cours"}});
  for (int i = 0; i < 3; ++i) {
    create(kCharge, "indicateur",
           {{"action", "ACT-001"}, {"intitule", "I" + std::to_string(i)}, {"cible", "10"}});
  }
  auto sheet = workspace_sheet("indicateur", list_records(*database_, scope_, "indicateur"));
  auto table = table_of(sheet);
  const auto unchanged =
      import_workspace_file(*database_, kCharge, scope_, "indicateur", table, true, kNow);
  ASSERT_TRUE(unchanged.report.applied);
  EXPECT_EQ(unchanged.report.created + unchanged.report.updated, 0);

  // Values of this year typed in the spreadsheet, and a new indicator without reference.
  const auto column = [&](const std::string& name) {
    return std::find(sheet.columns.begin(), sheet.columns.end(), name) - sheet.columns.begin();
  };
  for (auto& row : table.rows) {
    row.cells[column("valeur")] = "7,5";
    row.cells[column("date_valeur")] = "30/11/2026";
  }
  auto added = table.rows.front();
  added.line = 5;
  added.cells[column("reference")] = "";
  added.cells[column("version")] = "";
  added.cells[column("intitule")] = "Nouveau";
  table.rows.push_back(added);
  const auto preview =
      import_workspace_file(*database_, kCharge, scope_, "indicateur", table, false, kNow);
  EXPECT_FALSE(preview.report.applied);
  EXPECT_EQ(preview.report.updated, 3);
  EXPECT_EQ(preview.report.created, 1);
  EXPECT_EQ(list_records(*database_, scope_, "indicateur").size(), 3u);  // a preview writes nothing
  const auto applied =
      import_workspace_file(*database_, kCharge, scope_, "indicateur", table, true, kNow);
  ASSERT_TRUE(applied.report.applied);
  const auto indicators = list_records(*database_, scope_, "indicateur");
  ASSERT_EQ(indicators.size(), 4u);
  EXPECT_EQ(indicators[0].value("valeur"), "750");
  EXPECT_EQ(indicators[0].version, 2);
  EXPECT_EQ(indicators[3].reference, "IND-004");

  // The same file again: its versions are now old, every line is refused, nothing written.
  const auto stale =
      import_workspace_file(*database_, kCharge, scope_, "indicateur", table, true, kNow);
  EXPECT_FALSE(stale.report.applied);
  EXPECT_EQ(stale.report.errors.size(), 3u);
  EXPECT_EQ(stale.report.errors.front().line, 2);
  EXPECT_EQ(stale.report.errors.front().column, "version");
  EXPECT_EQ(list_records(*database_, scope_, "indicateur").size(), 4u);
}

TEST_F(WorkspaceServiceTest, AFileWithOneBadLineWritesNothingAndNamesLineAndColumn) {
  CsvTable table;
  table.header = {"reference", "Nom",       "categorie", "organisme", "fonction",
                  "courriel",  "telephone", "notes"};  // a label instead of a code is read too
  table.rows = {{2, {"", "A", "elu", "", "", "a@exemple.fr", "", ""}},
                {3, {"", "B", "martien", "", "", "pas-un-courriel", "", ""}},
                {4, {"PAR-9", "C", "msa", "", "", "", "", ""}},
                {5, {"PAR-9", "D", "msa", "", "", "", "", ""}}};
  const auto result =
      import_workspace_file(*database_, kCharge, scope_, "partenaire", table, true, kNow);
  EXPECT_FALSE(result.report.applied);
  ASSERT_EQ(result.report.errors.size(), 3u);
  EXPECT_EQ(result.report.errors[0].line, 3);
  EXPECT_EQ(result.report.errors[0].column, "categorie");
  EXPECT_EQ(result.report.errors[1].column, "courriel");
  EXPECT_EQ(result.report.errors[2].line, 5);
  EXPECT_TRUE(list_records(*database_, scope_).empty());

  CsvTable wrong_header;
  wrong_header.header = {"reference", "nom", "couleur"};
  const auto refused =
      import_workspace_file(*database_, kCharge, scope_, "partenaire", wrong_header, true, kNow);
  EXPECT_FALSE(refused.report.applied);
  EXPECT_EQ(refused.report.errors.front().line, 1);
  EXPECT_EQ(import_workspace_file(*database_, kElu, scope_, "partenaire", table, true, kNow)
                .report.errors.size(),
            1u);
}

TEST_F(WorkspaceServiceTest, LinesOfAFileMayNameEachOther) {
  CsvTable table;
  const auto sheet = workspace_sheet("action", {});
  table.header = sheet.columns;
  create(kCharge, "objectif", {{"thematique", "jeunesse"}, {"intitule", "O"}});
  std::vector<std::string> row(sheet.columns.size());
  const auto set = [&](std::vector<std::string>& cells, const std::string& name,
                       const std::string& value) {
    cells[std::find(sheet.columns.begin(), sheet.columns.end(), name) - sheet.columns.begin()] =
        value;
  };
  set(row, "objectif", "OBJ-001");
  set(row, "intitule", "A");
  set(row, "statut", "a_lancer");
  table.rows = {{2, row}};
  EXPECT_TRUE(import_workspace_file(*database_, kCharge, scope_, "action", table, true, kNow)
                  .report.applied);
}

TEST_F(WorkspaceServiceTest, AlertsDisappearWhenTheMinutesAreSent) {
  const auto meeting =
      create(kCharge, "reunion",
             {{"instance", "comite_technique"}, {"intitule", "Comité"}, {"date", "01/10/2026"}});
  ASSERT_EQ(meeting.status, SaveStatus::kSaved);
  const auto today = *core::Date::from_ymd(2026, 12, 6);
  auto alerts = alerts_of(*database_, scope_, shipped_alert_rules(), today);
  const auto has = [&](const std::string& rule) {
    return std::any_of(alerts.begin(), alerts.end(),
                       [&](const core::Alert& alert) { return alert.rule_id == rule; });
  };
  EXPECT_TRUE(has("COMPTE-RENDU-CAF"));
  EXPECT_TRUE(has("COPIL-ANNUEL"));
  auto fields = editable_fields(*core::find_kind("reunion"), meeting.record);
  fields["compte_rendu_envoye_le"] = "05/10/2026";
  ASSERT_EQ(update_record(*database_, kCharge, meeting.record.id, fields, 1, kNow).status,
            SaveStatus::kSaved);
  alerts = alerts_of(*database_, scope_, shipped_alert_rules(), today);
  EXPECT_FALSE(has("COMPTE-RENDU-CAF"));
  EXPECT_EQ(alerts_for(*database_, kAgent, shipped_alert_rules(), today).size(), 1u);
  EXPECT_TRUE(alerts_for(*database_, kUzesCharge, shipped_alert_rules(), today).empty());
  EXPECT_NE(alert_digest(alerts_for(*database_, kAgent, shipped_alert_rules(), today), today)
                .find("COPIL"),
            std::string::npos);
}

TEST_F(WorkspaceServiceTest, NetworkMeetingsDecideTheNetworkCondition) {
  core::Post post;
  post.id = "GARD-T1";
  post.territory_code = "243000643";
  post.holder_fte = core::Fte::from_hundredths(100);
  post.mission_fte = core::Fte::from_hundredths(100);
  post.annual_cost = core::Money::from_cents(4'000'000);
  post.takes_part_in_network = true;  // declared, but the Caf's meetings say otherwise below
  store::in_transaction(*database_, [&] {
    store::CafRepository(*database_).add_if_missing({"30", "Caf du Gard", "gard-2024"});
    store::PostRepository(*database_).insert(post);
  });
  const core::WorkspaceScope caf{0, "30"};
  const auto absent = create_record(*database_, kAdmin, caf, "reunion_reseau",
                                    {{"intitule", "Réseau"}, {"date", "12/03/2026"}}, kNow);
  ASSERT_EQ(absent.status, SaveStatus::kSaved);
  EXPECT_EQ(
      create_record(*database_, kAdmin, caf, "reunion_reseau",
                    {{"intitule", "R"}, {"date", "12/03/2026"}, {"postes_presents", "X-1"}}, kNow)
          .status,
      SaveStatus::kInvalid);  // not a post of the Caf
  EXPECT_EQ(create_record(*database_, kCharge, caf, "reunion_reseau",
                          {{"intitule", "R"}, {"date", "12/03/2026"}}, kNow)
                .status,
            SaveStatus::kForbidden);
  const auto facts = load_facts(*database_);
  const auto meetings = facts.network_meetings.at("30");
  const auto june = *core::Date::from_ymd(2026, 6, 1);
  EXPECT_EQ(core::attended_network(meetings, "GARD-T1", june), std::optional<bool>(false));
  EXPECT_EQ(core::attended_network(meetings, "GARD-T1", *core::Date::from_ymd(2026, 1, 1)),
            std::nullopt);  // no meeting yet: the declared flag stands
  EXPECT_EQ(core::attended_network(meetings, "GARD-T1", june, core::Date::from_ymd(2026, 4, 1)),
            std::nullopt);  // hired after the meeting: it does not count against the post
  auto fields = editable_fields(*core::find_kind("reunion_reseau"), absent.record);
  fields["postes_presents"] = "GARD-T1";
  ASSERT_EQ(update_record(*database_, kAdmin, absent.record.id, fields, 1, kNow).status,
            SaveStatus::kSaved);
  EXPECT_EQ(
      core::attended_network(load_facts(*database_).network_meetings.at("30"), "GARD-T1", june),
      std::optional<bool>(true));
  EXPECT_EQ(core::attended_network(load_facts(*database_).network_meetings.at("30"), "GARD-T1",
                                   *core::Date::from_ymd(2027, 4, 1)),
            std::nullopt);  // more than twelve months later
}

}  // namespace
}  // namespace maillage::app
