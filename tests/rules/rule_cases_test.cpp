// Runs the rule cases written as data in tests/rules/*.toml against the doctrines of
// data/doctrines/: a Caf jurist can add a case without touching C++.
#include <gtest/gtest.h>

#include <toml++/toml.h>
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/funding_engine.hpp"
#include "core/messages_fr.hpp"
#include "store/doctrine_files.hpp"

namespace maillage {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = MAILLAGE_SOURCE_DIR;

struct RuleCase {
  std::string file;
  std::string doctrine_id;
  std::string name;
  toml::table spec;  // the case merged over the file's defaults
};

// Shows the case by its file and name in test listings, not as bytes.
void PrintTo(const RuleCase& rule_case, std::ostream* out) {
  *out << rule_case.file << " : " << rule_case.name;
}

// Deep-merges `over` into `base` (tables merge, other values replace).
void merge_into(toml::table& base, const toml::table& over) {
  for (const auto& [key, value] : over) {
    if (const auto* over_table = value.as_table()) {
      if (auto* base_table = base[key].as_table()) {
        merge_into(*base_table, *over_table);
        continue;
      }
    }
    base.insert_or_assign(key, value);
  }
}

std::vector<RuleCase> load_cases() {
  std::vector<RuleCase> cases;
  for (const auto& entry : fs::directory_iterator(kSourceDir / "tests" / "rules")) {
    if (entry.path().extension() != ".toml") continue;
    const toml::table file = toml::parse_file(entry.path().string());
    const toml::table defaults =
        file["defaults"].as_table() ? *file["defaults"].as_table() : toml::table{};
    for (const auto& node : *file["cases"].as_array()) {
      toml::table spec = defaults;
      merge_into(spec, *node.as_table());
      cases.push_back({entry.path().filename().string(), file["doctrine"].value_or(std::string{}),
                       spec["name"].value_or(std::string{}), std::move(spec)});
    }
  }
  return cases;
}

core::Date date_of(const toml::node_view<const toml::node>& node) {
  const auto* date = node.as_date();
  if (date == nullptr) throw std::runtime_error("date attendue");
  return *core::Date::from_ymd(date->get().year, date->get().month, date->get().day);
}

std::optional<core::Date> optional_date(const toml::node_view<const toml::node>& node) {
  if (!node) return std::nullopt;
  return date_of(node);
}

core::Post post_of(const toml::table& spec, const std::string& territory_code) {
  const auto post = spec["post"];
  core::Post out;
  out.id = "CAS";
  out.territory_code = territory_code;
  out.employer = *core::parse_employer_kind(post["employer"].value_or(std::string{"epci"}));
  out.holder_fte = *core::parse_fte(post["holder_fte"].value_or(std::string{"1"}));
  out.mission_fte = *core::parse_fte(post["mission_fte"].value_or(std::string{"1"}));
  out.annual_cost = *core::parse_money(post["annual_cost"].value_or(std::string{"45000"}));
  out.function = *core::parse_post_function(post["function"].value_or(std::string{"cooperation"}));
  out.qualification_level = post["qualification_level"].value_or(6);
  out.status = *core::parse_post_status(post["status"].value_or(std::string{"existant"}));
  out.hiring_date = optional_date(post["hiring_date"]);
  out.vacant_since = optional_date(post["vacant_since"]);
  out.caf_associated_to_recruitment = post["caf_associated_to_recruitment"].value_or(true);
  out.takes_part_in_network = post["takes_part_in_network"].value_or(true);
  out.annual_report_sent = post["annual_report_sent"].value_or(true);
  return out;
}

// French formatting puts no-break spaces in figures ("0,25 ETP"); cases are typed with plain ones.
std::string plain_spaces(std::string text) {
  for (const std::string nbsp : {"\xC2\xA0", "\xE2\x80\xAF"}) {
    for (auto at = text.find(nbsp); at != std::string::npos; at = text.find(nbsp, at)) {
      text.replace(at, nbsp.size(), " ");
    }
  }
  return text;
}

// A string, or an array of strings, as a list.
std::vector<std::string> strings_of(const toml::node& node) {
  std::vector<std::string> out;
  if (const auto text = node.value<std::string>()) out.push_back(*text);
  if (const auto* list = node.as_array()) {
    for (const auto& item : *list) out.push_back(item.value_or(std::string{}));
  }
  return out;
}

// `expect.remedy_contains`: text that the "what would change it" hints must contain. Either a
// string (or a list) found in the hint of any finding of the post or its CTG, or a table from a
// rule id to the text (or list) that this rule's hint must contain.
void check_remedies(const toml::node_view<const toml::node>& expected,
                    const std::vector<core::Finding>& findings) {
  const auto hint_of = [&](const std::string& rule_id) -> std::optional<std::string> {
    for (const auto& finding : findings) {
      if (finding.rule_id == rule_id) return plain_spaces(finding.remedy);
    }
    return std::nullopt;
  };
  if (const auto* by_rule = expected.as_table()) {
    for (const auto& [rule_id, texts] : *by_rule) {
      const auto hint = hint_of(std::string(rule_id.str()));
      if (!hint) {
        ADD_FAILURE() << "aucun constat de la règle " << rule_id.str();
        continue;
      }
      for (const auto& text : strings_of(texts)) {
        EXPECT_NE(hint->find(text), std::string::npos)
            << "[" << rule_id.str() << "] « " << text << " » absent de : " << *hint;
      }
    }
    return;
  }
  for (const auto& text : strings_of(*expected.node())) {
    const bool found = std::any_of(findings.begin(), findings.end(), [&](const auto& finding) {
      return plain_spaces(finding.remedy).find(text) != std::string::npos;
    });
    EXPECT_TRUE(found) << "« " << text << " » absent des pistes de mise en conformité";
  }
}

class RuleCaseTest : public ::testing::TestWithParam<RuleCase> {
 protected:
  static void SetUpTestSuite() {
    doctrines_ =
        new std::vector<core::Doctrine>(store::load_doctrines(kSourceDir / "data" / "doctrines"));
  }
  static void TearDownTestSuite() {
    delete doctrines_;
    doctrines_ = nullptr;
  }
  static const core::Doctrine& doctrine(const std::string& id) {
    for (const auto& doctrine : *doctrines_) {
      if (doctrine.id == id) return doctrine;
    }
    throw std::runtime_error("doctrine inconnue : " + id);
  }
  static std::vector<core::Doctrine>* doctrines_;
};

std::vector<core::Doctrine>* RuleCaseTest::doctrines_ = nullptr;

TEST_P(RuleCaseTest, GivesTheExpectedFundingVerdictAndRules) {
  const RuleCase& rule_case = GetParam();
  const toml::table& spec = rule_case.spec;
  SCOPED_TRACE(rule_case.file + " : " + rule_case.name);

  const auto territory_spec = spec["territory"];
  std::vector<core::Territory> territories;
  core::Territory territory;
  territory.code = territory_spec["code"].value_or(std::string{"200034379"});
  territory.name = territory_spec["name"].value_or(std::string{"Territoire du cas"});
  territory.kind = territory_spec["kind"].value_or(std::string{"epci"}) == "commune"
                       ? core::TerritoryKind::kCommune
                       : core::TerritoryKind::kEpci;
  if (const auto epci = territory_spec["epci"].value<std::string>()) territory.epci_code = *epci;
  territories.push_back(territory);
  if (territory.epci_code) {
    core::Territory epci;
    epci.code = *territory.epci_code;
    epci.name = "EPCI du cas";
    territories.push_back(epci);
  }

  std::vector<core::Ctg> ctgs;
  if (const auto* list = spec["ctgs"].as_array()) {
    std::int64_t id = 1;
    for (const auto& node : *list) {
      const auto& table = *node.as_table();
      core::Ctg ctg;
      ctg.id = id++;
      ctg.territory_code = table["territory"].value_or(
          territory.epci_code && table["on_epci"].value_or(false) ? *territory.epci_code
                                                                  : territory.code);
      ctg.start = date_of(table["start"]);
      ctg.end = date_of(table["end"]);
      ctg.renewal = table["renewal"].value_or(false);
      ctgs.push_back(ctg);
    }
  }
  const core::PortfolioIndex index(territories, ctgs);
  const core::FundingEngine engine(doctrine(rule_case.doctrine_id));
  const core::Date date = date_of(spec["date"]);
  // `post_count` copies of the post, for CTG-level rules (several posts on one CTG).
  std::vector<core::Post> posts;
  for (int i = 0; i < spec["post_count"].value_or(1); ++i) {
    posts.push_back(post_of(spec, territory.code));
    posts.back().id = "CAS-" + std::to_string(i + 1);
  }
  const auto portfolio = engine.evaluate_portfolio(index, posts, date);
  const auto& result = portfolio.posts.front();

  // Every finding with its sentence and hint, the funding formula's included, then the CTG's.
  std::vector<core::Finding> all_findings = core::explained_findings(result);
  for (const auto& ctg : portfolio.ctgs) {
    all_findings.insert(all_findings.end(), ctg.findings.begin(), ctg.findings.end());
  }
  std::string findings;
  for (const auto& finding : all_findings) {
    findings += "\n  [" + finding.rule_id + "] " + std::string(core::code_of(finding.level)) +
                " : " + finding.message;
    if (!finding.remedy.empty()) findings += "\n    → " + plain_spaces(finding.remedy);
  }
  SCOPED_TRACE("constats :" + findings);

  const auto expect = spec["expect"];
  if (const auto funding = expect["funding"].value<std::string>()) {
    EXPECT_EQ(core::format_money(result.funding), core::format_money(*core::parse_money(*funding)));
  }
  if (const auto eligible = expect["eligible_cost"].value<std::string>()) {
    EXPECT_EQ(core::format_money(result.eligible_cost),
              core::format_money(*core::parse_money(*eligible)));
  }
  if (const auto verdict = expect["verdict"].value<std::string>()) {
    EXPECT_EQ(core::code_of(result.verdict), *verdict);
  }
  if (expect["deadline"]) {
    ASSERT_TRUE(result.deadline.has_value());
    EXPECT_EQ(core::format_iso_date(*result.deadline),
              core::format_iso_date(date_of(expect["deadline"])));
  } else if (result.verdict == core::Verdict::kAMettreEnConformite) {
    ADD_FAILURE() << "un cas « à mettre en conformité » doit donner son échéance attendue";
  }
  if (const auto* rules = expect["rules"].as_array()) {
    std::set<std::string> expected;
    for (const auto& rule : *rules) expected.insert(rule.value_or(std::string{}));
    std::set<std::string> actual;
    for (const auto& finding : result.findings) {
      if (finding.level != core::Level::kInfo) actual.insert(finding.rule_id);
    }
    for (const auto& ctg : portfolio.ctgs) {
      for (const auto& finding : ctg.findings) actual.insert(finding.rule_id);
    }
    EXPECT_EQ(actual, expected);
  }
  if (expect["remedy_contains"]) check_remedies(expect["remedy_contains"], all_findings);
}

// Every rule of every doctrine is named by at least one case (the funding formula by a case that
// checks an amount): a rule without a test cannot be added unnoticed.
TEST(RuleCases, CoverEveryRuleOfEveryDoctrine) {
  std::map<std::string, std::set<std::string>> covered;
  std::set<std::string> doctrines_with_amounts;
  for (const auto& rule_case : load_cases()) {
    const auto expect = rule_case.spec["expect"];
    if (expect["funding"]) doctrines_with_amounts.insert(rule_case.doctrine_id);
    if (const auto* rules = expect["rules"].as_array()) {
      for (const auto& rule : *rules)
        covered[rule_case.doctrine_id].insert(rule.value_or(std::string{}));
    }
  }
  for (const auto& doctrine : store::load_doctrines(kSourceDir / "data" / "doctrines")) {
    for (const auto& rule : doctrine.rules) {
      if (rule.kind == "funding_formula") {
        EXPECT_TRUE(doctrines_with_amounts.count(doctrine.id))
            << doctrine.id << " : aucun cas ne vérifie un montant";
      } else {
        EXPECT_TRUE(covered[doctrine.id].count(rule.id))
            << doctrine.id << " : la règle " << rule.id << " n'a aucun cas de test";
      }
    }
  }
}

// Every kind of rule used by a doctrine has its hint checked by at least one case, keyed by a rule
// of that kind: a rule kind whose hint is wrong or missing cannot go unnoticed.
TEST(RuleCases, CheckTheHintOfEveryRuleKind) {
  const auto doctrines = store::load_doctrines(kSourceDir / "data" / "doctrines");
  const auto kind_of = [&](const std::string& doctrine_id, const std::string& rule_id) {
    for (const auto& doctrine : doctrines) {
      if (doctrine.id != doctrine_id) continue;
      if (const auto* rule = doctrine.rule(rule_id)) return rule->kind;
    }
    return std::string{};
  };
  std::set<std::string> checked;
  for (const auto& rule_case : load_cases()) {
    if (const auto* by_rule = rule_case.spec["expect"]["remedy_contains"].as_table()) {
      for (const auto& [rule_id, texts] : *by_rule) {
        checked.insert(kind_of(rule_case.doctrine_id, std::string(rule_id.str())));
      }
    }
  }
  for (const auto& doctrine : doctrines) {
    for (const auto& rule : doctrine.rules) {
      EXPECT_TRUE(checked.count(rule.kind))
          << "aucun cas ne vérifie la piste de mise en conformité des règles « " << rule.kind
          << " » (par exemple " << rule.id << ")";
    }
  }
}

std::string case_name(const ::testing::TestParamInfo<RuleCase>& info) {
  std::string name = info.param.doctrine_id + "_" + std::to_string(info.index);
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Doctrines, RuleCaseTest, ::testing::ValuesIn(load_cases()), case_name);

}  // namespace
}  // namespace maillage
