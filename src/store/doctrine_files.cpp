#include "store/doctrine_files.hpp"

#include <fmt/core.h>

#include <toml++/toml.h>
#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/code_table.hpp"

namespace maillage::store {

namespace {

using core::Doctrine;
using core::Parameter;
using core::ParameterValue;
using core::Rule;

constexpr core::CodeTable<core::Phase, 3> kPhases{{
    {core::Phase::kImmediate, "immediate"},
    {core::Phase::kRenewal, "renouvellement"},
    {core::Phase::kEndOfRenewedCtg, "terme_ctg_renouvelee"},
}};

constexpr core::CodeTable<core::Scope, 3> kScopes{{
    {core::Scope::kAll, "tous"},
    {core::Scope::kExisting, "existants"},
    {core::Scope::kCreated, "creations"},
}};

constexpr core::CodeTable<core::CeilingBase, 2> kCeilingBases{{
    {core::CeilingBase::kCost, "cout"},
    {core::CeilingBase::kFunding, "financement"},
}};

// Units a parameter may have, and the index of the ParameterValue alternative each gives.
constexpr core::CodeTable<std::size_t, 6> kUnits{{
    {0, "euros"},
    {1, "etp"},
    {2, "pourcentage"},
    {3, "date"},
    {4, "entier"},
    {5, "codes"},
}};

class Reader {
 public:
  explicit Reader(std::string file_name) : file_(std::move(file_name)) {}

  void error(const toml::node* node, const std::string& message) {
    if (node != nullptr && node->source().begin.line > 0) {
      errors_.push_back(
          fmt::format("{}, ligne {} : {}", file_, node->source().begin.line, message));
    } else {
      errors_.push_back(fmt::format("{} : {}", file_, message));
    }
  }

  std::string text(const toml::table& table, std::string_view key, bool required = true) {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      if (required) error(&table, fmt::format("la clé « {} » est obligatoire", key));
      return {};
    }
    if (const auto value = node->value<std::string>()) return *value;
    error(node, fmt::format("« {} » doit être un texte", key));
    return {};
  }

  std::optional<core::Date> date(const toml::table& table, std::string_view key) {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      error(&table, fmt::format("la date « {} » est obligatoire", key));
      return std::nullopt;
    }
    return as_date(*node, key);
  }

  std::optional<core::Date> as_date(const toml::node& node, std::string_view key) {
    if (const auto* value = node.as_date()) {
      const auto date =
          core::Date::from_ymd(value->get().year, value->get().month, value->get().day);
      if (date) return date;
    }
    error(&node, fmt::format("« {} » doit être une date AAAA-MM-JJ", key));
    return std::nullopt;
  }

  core::Source source(const toml::table& table) {
    const toml::table* source = table["source"].as_table();
    if (source == nullptr) {
      error(&table, "la source (fichier, section, citation) est obligatoire");
      return {};
    }
    return {text(*source, "file"), text(*source, "section"), text(*source, "quote")};
  }

  std::optional<ParameterValue> value(const toml::node& node, std::size_t unit) {
    switch (unit) {
      case 0:
        if (const auto money = number_text(node)) {
          if (const auto parsed = core::parse_money(*money)) return *parsed;
        }
        break;
      case 1:
        if (const auto fte = number_text(node)) {
          if (const auto parsed = core::parse_fte(*fte)) return *parsed;
        }
        break;
      case 2:
        if (const auto percent = number_text(node)) {
          if (const auto parsed = core::parse_percent(*percent)) return *parsed;
        }
        break;
      case 3:
        if (const auto date = as_date(node, "value")) return *date;
        return std::nullopt;
      case 4:
        if (const auto integer = node.value<std::int64_t>()) return static_cast<int>(*integer);
        break;
      case 5:
        if (const auto* array = node.as_array()) {
          core::CodeList codes;
          for (const auto& item : *array) {
            if (const auto code = item.value<std::string>()) codes.push_back(*code);
          }
          if (codes.size() == array->size()) return codes;
        }
        break;
      default:
        break;
    }
    error(&node, fmt::format("valeur invalide pour l'unité « {} »", core::code_in(kUnits, unit)));
    return std::nullopt;
  }

  std::vector<std::string> take_errors() { return std::move(errors_); }
  bool ok() const { return errors_.empty(); }
  const std::string& file() const { return file_; }

 private:
  // Amounts and shares are written as text ("48 000", "0,5") or integers, never floats.
  static std::optional<std::string> number_text(const toml::node& node) {
    if (const auto text = node.value_exact<std::string>()) return *text;
    if (const auto integer = node.value_exact<std::int64_t>()) return std::to_string(*integer);
    return std::nullopt;
  }

  std::string file_;
  std::vector<std::string> errors_;
};

Parameter read_parameter(Reader& reader, const std::string& id, const toml::table& table) {
  Parameter parameter;
  parameter.id = id;
  parameter.label = reader.text(table, "label");
  parameter.source = reader.source(table);
  const std::string unit_code = reader.text(table, "unit");
  const auto unit = core::value_in(kUnits, unit_code);
  if (!unit) {
    reader.error(table.get("unit"), fmt::format("unité « {} » inconnue (euros, etp, pourcentage, "
                                                "date, entier, codes)",
                                                unit_code));
    return parameter;
  }
  const toml::array* values = table["values"].as_array();
  if (values == nullptr || values->empty()) {
    reader.error(&table, fmt::format("le paramètre « {} » n'a aucune valeur datée", id));
    return parameter;
  }
  for (const auto& item : *values) {
    const toml::table* dated = item.as_table();
    if (dated == nullptr) {
      reader.error(&item, "chaque valeur s'écrit { from = AAAA-MM-JJ, value = … }");
      continue;
    }
    const auto from = reader.date(*dated, "from");
    const toml::node* raw = dated->get("value");
    if (raw == nullptr) {
      reader.error(dated, "« value » manque");
      continue;
    }
    const auto value = reader.value(*raw, *unit);
    if (from && value) parameter.values.push_back({*from, *value});
  }
  std::sort(parameter.values.begin(), parameter.values.end(),
            [](const auto& left, const auto& right) { return left.from < right.from; });
  return parameter;
}

template <typename Enum, std::size_t N>
Enum read_code(Reader& reader, const toml::table& table, std::string_view key,
               const core::CodeTable<Enum, N>& codes, Enum fallback) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return fallback;
  const auto code = node->value<std::string>();
  if (code) {
    if (const auto value = core::value_in(codes, *code)) return *value;
  }
  std::string accepted;
  for (const auto& [_, candidate] : codes)
    accepted += (accepted.empty() ? "" : ", ") + std::string(candidate);
  reader.error(node, fmt::format("« {} » doit valoir : {}", key, accepted));
  return fallback;
}

template <typename Enum>
std::vector<Enum> read_code_list(Reader& reader, const toml::table& table, std::string_view key,
                                 std::optional<Enum> (*parse)(std::string_view)) {
  std::vector<Enum> out;
  const toml::array* array = table[key].as_array();
  if (array == nullptr) return out;
  for (const auto& item : *array) {
    const auto code = item.value<std::string>();
    const auto value = code ? parse(*code) : std::nullopt;
    if (value) {
      out.push_back(*value);
    } else {
      reader.error(&item, fmt::format("code inconnu dans « {} »", key));
    }
  }
  return out;
}

Rule read_rule(Reader& reader, const toml::table& table) {
  Rule rule;
  rule.id = reader.text(table, "id");
  rule.kind = reader.text(table, "kind");
  rule.statement = reader.text(table, "statement");
  rule.source = reader.source(table);
  rule.choice = reader.text(table, "choice", false);
  const std::string outcome = reader.text(table, "outcome");
  if (const auto level = core::parse_level(outcome)) {
    rule.outcome = *level;
  } else {
    reader.error(table.get("outcome"),
                 fmt::format("règle {} : issue « {} » inconnue (info, avertissement, "
                             "mise_en_conformite, exclusion, erreur_saisie)",
                             rule.id, outcome));
  }
  rule.phase = read_code(reader, table, "phase", kPhases, core::Phase::kImmediate);
  rule.scope = read_code(reader, table, "scope", kScopes, core::Scope::kAll);
  rule.ceiling_base =
      read_code(reader, table, "ceiling_on", kCeilingBases, core::CeilingBase::kCost);
  rule.functions = read_code_list(reader, table, "functions", &core::parse_post_function);
  rule.employers = read_code_list(reader, table, "employers", &core::parse_employer_kind);
  if (const toml::table* parameters = table["parameters"].as_table()) {
    for (const auto& [role, parameter_id] : *parameters) {
      if (const auto id = parameter_id.value<std::string>()) {
        rule.parameters.emplace(std::string(role.str()), *id);
      } else {
        reader.error(&parameter_id, "un paramètre de règle se désigne par son identifiant (texte)");
      }
    }
  }
  return rule;
}

// Each rule's kind exists and the parameters it names exist with the unit its kind expects.
void check_rules(Reader& reader, const Doctrine& doctrine, const toml::array& rules_node) {
  int funding_rules = 0;
  std::size_t index = 0;
  for (const auto& rule : doctrine.rules) {
    const toml::node* node = rules_node.get(index++);
    const core::RuleKindSpec* spec = core::find_rule_kind(rule.kind);
    if (spec == nullptr) {
      reader.error(node, fmt::format("règle {} : type « {} » inconnu", rule.id, rule.kind));
      continue;
    }
    if (rule.kind == "funding_formula") ++funding_rules;
    auto expected = spec->parameters;
    if (rule.phase != core::Phase::kImmediate) expected.emplace_back("phase_start", 3);
    for (const auto& [role, unit_index] : expected) {
      const auto it = rule.parameters.find(role);
      if (it == rule.parameters.end()) {
        reader.error(node, fmt::format("règle {} : le paramètre « {} » manque", rule.id, role));
        continue;
      }
      const Parameter* parameter = doctrine.parameter(it->second);
      if (parameter == nullptr) {
        reader.error(node,
                     fmt::format("règle {} : paramètre « {} » introuvable", rule.id, it->second));
      } else if (!parameter->values.empty() &&
                 parameter->values.front().value.index() != unit_index) {
        reader.error(node, fmt::format("règle {} : le paramètre « {} » doit être en {}", rule.id,
                                       it->second, core::code_in(kUnits, unit_index)));
      }
    }
    if (rule.source.file.empty() || rule.source.section.empty()) {
      reader.error(
          node, fmt::format("règle {} : la source doit citer un fichier et une section", rule.id));
    }
  }
  if (funding_rules != 1) {
    reader.error(nullptr, fmt::format("la doctrine doit avoir exactement une règle de type "
                                      "funding_formula (elle en a {})",
                                      funding_rules));
  }
}

}  // namespace

DoctrineOrErrors parse_doctrine(std::string_view toml_text, const std::string& file_name) {
  Reader reader(file_name);
  toml::table root;
  try {
    root = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& error) {
    return std::vector<std::string>{fmt::format("{}, ligne {} : syntaxe TOML invalide ({})",
                                                file_name, error.source().begin.line,
                                                error.description())};
  }
  Doctrine doctrine;
  doctrine.id = reader.text(root, "id");
  doctrine.name = reader.text(root, "name");
  doctrine.caf_name = reader.text(root, "caf");
  if (const auto departement = root["departement"].value<std::string>()) {
    doctrine.departement = *departement;
  }
  if (const auto from = reader.date(root, "valid_from")) doctrine.valid_from = *from;
  if (const auto checked = reader.date(root, "last_checked")) doctrine.last_checked = *checked;

  if (const toml::table* parameters = root["parameters"].as_table()) {
    for (const auto& [id, node] : *parameters) {
      if (const toml::table* table = node.as_table()) {
        doctrine.parameters.emplace(std::string(id.str()),
                                    read_parameter(reader, std::string(id.str()), *table));
      } else {
        reader.error(&node, fmt::format("le paramètre « {} » doit être une table", id.str()));
      }
    }
  }
  const toml::array* rules = root["rules"].as_array();
  if (rules == nullptr || rules->empty()) {
    reader.error(nullptr, "la doctrine n'a aucune règle ([[rules]])");
    return reader.take_errors();
  }
  for (const auto& node : *rules) {
    if (const toml::table* table = node.as_table())
      doctrine.rules.push_back(read_rule(reader, *table));
  }
  std::vector<std::string> seen;
  for (const auto& rule : doctrine.rules) {
    if (std::find(seen.begin(), seen.end(), rule.id) != seen.end()) {
      reader.error(nullptr, fmt::format("identifiant de règle en double : {}", rule.id));
    }
    seen.push_back(rule.id);
  }
  check_rules(reader, doctrine, *rules);
  if (!reader.ok()) return reader.take_errors();
  return doctrine;
}

DoctrineOrErrors load_doctrine_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::vector<std::string>{
        fmt::format("{} : fichier de doctrine illisible", path.string())};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parse_doctrine(buffer.str(), path.filename().string());
}

std::vector<core::Doctrine> load_doctrines(const std::filesystem::path& directory) {
  std::vector<core::Doctrine> doctrines;
  std::vector<std::string> errors;
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ignored)) {
    if (entry.path().extension() != ".toml") continue;
    auto loaded = load_doctrine_file(entry.path());
    if (auto* doctrine = std::get_if<core::Doctrine>(&loaded)) {
      doctrines.push_back(std::move(*doctrine));
    } else {
      const auto& problems = std::get<std::vector<std::string>>(loaded);
      errors.insert(errors.end(), problems.begin(), problems.end());
    }
  }
  if (!errors.empty()) {
    std::string joined = "Doctrine invalide :";
    for (const auto& error : errors) joined += "\n  - " + error;
    throw std::runtime_error(joined);
  }
  if (doctrines.empty()) {
    throw std::runtime_error(fmt::format("Aucune doctrine trouvée dans {}", directory.string()));
  }
  std::sort(doctrines.begin(), doctrines.end(),
            [](const Doctrine& left, const Doctrine& right) { return left.id < right.id; });
  return doctrines;
}

}  // namespace maillage::store
