// Runs the alert cases written as data in tests/rules/workspace_alerts/*.toml against the real
// rules of data/alerts/alertes.toml: a case is added without touching C++.
#include <gtest/gtest.h>

#include <toml++/toml.h>
#include <algorithm>
#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/workspace_alerts.hpp"
#include "core/workspace_kind.hpp"
#include "core/workspace_values.hpp"
#include "store/alert_rules_file.hpp"

namespace maillage {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = MAILLAGE_SOURCE_DIR;

struct ExpectedAlert {
  std::string rule;
  std::string record;  // the record's reference; empty for an alert on the workspace
  std::string message_contains;
};

struct AlertCase {
  std::string file;
  std::string name;
  std::string today;
  std::vector<core::WorkspaceRecord> records;
  std::vector<ExpectedAlert> expected;
};

void PrintTo(const AlertCase& alert_case, std::ostream* out) {
  *out << alert_case.file << " : " << alert_case.name;
}

std::string text_of(const toml::node_view<const toml::node>& node, const std::string& what) {
  const auto text = node.value<std::string>();
  if (!text) throw std::runtime_error(what + " : texte attendu");
  return *text;
}

void add_records(const toml::node_view<const toml::node>& node, const std::string& where,
                 std::vector<core::WorkspaceRecord>& records) {
  const auto* list = node.as_array();
  if (list == nullptr) return;
  for (const auto& item : *list) {
    const toml::node_view<const toml::node> entry(item);
    core::WorkspaceRecord record;
    record.kind = text_of(entry["kind"], where + " : kind");
    record.reference = text_of(entry["reference"], where + " : reference");
    if (const auto* values = entry["values"].as_table()) {
      for (const auto& [field, value] : *values) {
        record.values[std::string(field.str())] =
            text_of(toml::node_view<const toml::node>(value), where + " : " + record.reference);
      }
    }
    records.push_back(std::move(record));
  }
}

std::vector<AlertCase> load_cases() {
  std::vector<AlertCase> cases;
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(kSourceDir / "tests" / "rules" / "workspace_alerts")) {
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const toml::table file = toml::parse_file(path.string());
    const std::string file_name = path.filename().string();
    const toml::node_view<const toml::node> root(file);
    std::vector<core::WorkspaceRecord> shared;
    add_records(root["records"], file_name, shared);
    const auto* list = root["cases"].as_array();
    if (list == nullptr) throw std::runtime_error(file_name + " : aucun [[cases]]");
    for (const auto& item : *list) {
      const toml::node_view<const toml::node> spec(item);
      AlertCase alert_case;
      alert_case.file = file_name;
      alert_case.name = text_of(spec["name"], file_name + " : name");
      const std::string where = file_name + " : " + alert_case.name;
      alert_case.today = spec["today"].value<std::string>().value_or(
          root["today"].value<std::string>().value_or(""));
      alert_case.records = shared;
      add_records(spec["records"], where, alert_case.records);
      const auto* expected = spec["expect"].as_array();
      if (expected == nullptr) throw std::runtime_error(where + " : « expect » manque");
      for (const auto& alert : *expected) {
        const toml::node_view<const toml::node> entry(alert);
        alert_case.expected.push_back({text_of(entry["rule"], where + " : rule"),
                                       text_of(entry["record"], where + " : record"),
                                       entry["message_contains"].value_or(std::string())});
      }
      cases.push_back(std::move(alert_case));
    }
  }
  return cases;
}

// French formatting may put no-break spaces in messages; cases are typed with plain ones.
std::string plain_spaces(std::string text) {
  for (const std::string nbsp : {"\xC2\xA0", "\xE2\x80\xAF"}) {
    for (auto at = text.find(nbsp); at != std::string::npos; at = text.find(nbsp, at)) {
      text.replace(at, nbsp.size(), " ");
    }
  }
  return text;
}

std::string describe(const std::vector<core::Alert>& alerts,
                     const std::vector<core::WorkspaceRecord>& records) {
  std::string out;
  for (const auto& alert : alerts) {
    const std::string reference =
        alert.record_id == 0 ? ""
                             : records.at(static_cast<std::size_t>(alert.record_id - 1)).reference;
    out += "\n  " + alert.rule_id + " [" + reference + "] " + alert.message;
  }
  return out.empty() ? " (aucune)" : out;
}

class WorkspaceAlertCaseTest : public ::testing::TestWithParam<AlertCase> {
 protected:
  static void SetUpTestSuite() {
    rules_ = new std::vector<core::AlertRule>(
        store::load_alert_rules(kSourceDir / "data" / "alerts" / "alertes.toml"));
  }
  static void TearDownTestSuite() {
    delete rules_;
    rules_ = nullptr;
  }
  static std::vector<core::AlertRule>* rules_;
};

std::vector<core::AlertRule>* WorkspaceAlertCaseTest::rules_ = nullptr;

TEST_P(WorkspaceAlertCaseTest, RaisesExactlyTheExpectedAlertsInOrder) {
  const AlertCase& alert_case = GetParam();
  SCOPED_TRACE(alert_case.file + " : " + alert_case.name);
  const auto today = core::parse_date(alert_case.today);
  ASSERT_TRUE(today.has_value()) << "today = « " << alert_case.today << " »";

  // Records are numbered in the case's order: an alert's record id leads back to its reference.
  auto records = alert_case.records;
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto& record = records[i];
    record.id = static_cast<std::int64_t>(i) + 1;
    // A case's values are canonical, as the store keeps them (a typo would test nothing): written
    // back as in a form, each reads into itself.
    const auto* kind = core::find_kind(record.kind);
    ASSERT_NE(kind, nullptr) << record.reference << " : type « " << record.kind << " »";
    for (const auto& [code, value] : record.values) {
      const auto* field = kind->field(code);
      ASSERT_NE(field, nullptr) << record.reference << " : champ « " << code << " »";
      const auto parsed = core::parse_value(*field, core::editable_text(*field, value));
      EXPECT_FALSE(parsed.error.has_value()) << record.reference << "." << code << " : " << value;
      EXPECT_EQ(parsed.canonical, value)
          << record.reference << "." << code << " n'est pas canonique";
    }
  }

  const auto alerts = core::workspace_alerts(*rules_, records, *today);
  ASSERT_EQ(alerts.size(), alert_case.expected.size()) << "alertes :" << describe(alerts, records);
  for (std::size_t i = 0; i < alerts.size(); ++i) {
    const auto& alert = alerts[i];
    const auto& expected = alert_case.expected[i];
    EXPECT_EQ(alert.rule_id, expected.rule) << "alerte " << i << describe(alerts, records);
    if (expected.record.empty()) {
      EXPECT_EQ(alert.record_id, 0) << "alerte " << i << " : " << alert.message;
      EXPECT_EQ(alert.record_kind, "");
    } else {
      ASSERT_GT(alert.record_id, 0) << "alerte " << i << " : " << alert.message;
      const auto& record = records.at(static_cast<std::size_t>(alert.record_id - 1));
      EXPECT_EQ(record.reference, expected.record) << "alerte " << i << describe(alerts, records);
      EXPECT_EQ(alert.record_kind, record.kind);
    }
    EXPECT_FALSE(alert.message.empty());
    EXPECT_NE(plain_spaces(alert.message).find(expected.message_contains), std::string::npos)
        << "« " << expected.message_contains << " » absent de : " << alert.message;
    // Every alert quotes the rule's source back to the user.
    EXPECT_FALSE(alert.source.quote.empty()) << alert.rule_id;
  }
}

std::string case_name(const ::testing::TestParamInfo<AlertCase>& info) {
  std::string name = info.param.file.substr(0, info.param.file.find('.'));
  name += "_" + std::to_string(info.index);
  std::replace_if(
      name.begin(), name.end(),
      [](char c) { return std::isalnum(static_cast<unsigned char>(c)) == 0; }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, WorkspaceAlertCaseTest, ::testing::ValuesIn(load_cases()),
                         case_name);

TEST(WorkspaceAlertCases, EveryRuleHasACase) {
  const auto cases = load_cases();
  ASSERT_FALSE(cases.empty());
  for (const auto& rule :
       store::load_alert_rules(kSourceDir / "data" / "alerts" / "alertes.toml")) {
    const bool covered = std::any_of(cases.begin(), cases.end(), [&](const AlertCase& c) {
      return std::any_of(c.expected.begin(), c.expected.end(),
                         [&](const ExpectedAlert& e) { return e.rule == rule.id; });
    });
    EXPECT_TRUE(covered) << rule.id << " : aucun cas ne la déclenche";
  }
}

// `a_partir_du_mois`: no shipped rule starts after January, so it is checked here.
TEST(WorkspaceAlerts, ARuleAppliesOnlyFromItsMonth) {
  core::AlertRule rule;
  rule.id = "INDICATEUR-ETE";
  rule.kind = core::AlertKind::kIndicatorWithoutValue;
  rule.from_month = 6;
  core::WorkspaceRecord indicator;
  indicator.id = 7;
  indicator.kind = "indicateur";
  indicator.reference = "IND-001";
  EXPECT_TRUE(
      core::workspace_alerts({rule}, {indicator}, *core::Date::from_ymd(2026, 5, 31)).empty());
  const auto alerts =
      core::workspace_alerts({rule}, {indicator}, *core::Date::from_ymd(2026, 6, 1));
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts.front().record_id, 7);
  EXPECT_EQ(alerts.front().since, *core::Date::from_ymd(2026, 6, 1));
}

}  // namespace
}  // namespace maillage
