#include "app/doctrine_changes_file.hpp"

#include <fmt/core.h>

#include <toml++/toml.h>
#include <fstream>
#include <sstream>

#include "core/simulation_messages_fr.hpp"

namespace maillage::app {

namespace {

namespace msg = core::change_messages;

class ChangesReader {
 public:
  ChangesReader(std::string file_name, const core::Doctrine& doctrine)
      : file_(std::move(file_name)), doctrine_(doctrine) {}

  void error(const toml::node* node, const std::string& message) {
    if (node != nullptr && node->source().begin.line > 0) {
      errors_.push_back(
          fmt::format("{}, ligne {} : {}", file_, node->source().begin.line, message));
    } else {
      errors_.push_back(fmt::format("{} : {}", file_, message));
    }
  }

  std::optional<core::Date> date(const toml::node& node, std::string_view key) {
    if (const auto* value = node.as_date()) {
      if (auto date = core::Date::from_ymd(value->get().year, value->get().month, value->get().day))
        return date;
    }
    if (const auto text = node.value_exact<std::string>()) {
      if (auto date = core::parse_date(*text)) return date;
    }
    error(&node, fmt::format("« {} » doit être une date (2027-01-01 ou \"01/01/2027\")", key));
    return std::nullopt;
  }

  void parameter(std::string_view id, const toml::node& node) {
    const core::Parameter* parameter = doctrine_.parameter(std::string(id));
    if (parameter == nullptr) return error(&node, msg::unknown_parameter(id, doctrine_));
    const toml::node* value_node = &node;
    std::optional<core::Date> from;
    if (const auto* table = node.as_table()) {
      value_node = table->get("value");
      if (value_node == nullptr) {
        return error(&node, fmt::format("« {} » : la clé « value » manque", id));
      }
      if (const toml::node* from_node = table->get("from")) {
        from = date(*from_node, "from");
        if (!from) return;
      }
    }
    const auto text = value_text(*value_node, *parameter);
    if (!text) return;
    auto parsed = core::parse_parameter_value(*parameter, *text);
    if (auto* problem = std::get_if<std::string>(&parsed)) return error(value_node, *problem);
    changes_.parameters.push_back(
        {parameter->id, std::move(std::get<core::ParameterValue>(parsed)), from});
  }

  void rule(std::string_view id, const toml::node& node) {
    const core::Rule* rule = doctrine_.rule(std::string(id));
    if (rule == nullptr) return error(&node, msg::unknown_rule(id, doctrine_));
    const auto applied = node.value_exact<bool>();
    if (!applied) {
      return error(&node, fmt::format("règle « {} » : écrivez true (appliquée) ou false "
                                      "(désactivée)",
                                      id));
    }
    if (*applied) return;
    if (rule->kind == "funding_formula") return error(&node, msg::funding_rule_required(id));
    changes_.disabled_rules.push_back(rule->id);
  }

  ChangesOrErrors finish(const toml::table& root) {
    if (errors_.empty() && changes_.empty()) {
      error(&root, "le fichier ne contient aucun changement ([parameters] ou [rules])");
    }
    if (!errors_.empty()) return std::move(errors_);
    return std::move(changes_);
  }

  core::DoctrineChanges& changes() { return changes_; }

 private:
  // The value as a user would type it, so that the file and the web form share one parser.
  // Floats are refused: amounts and shares are exact ("0,5", not 0.5).
  std::optional<std::string> value_text(const toml::node& node, const core::Parameter& parameter) {
    if (const auto text = node.value_exact<std::string>()) return *text;
    if (const auto integer = node.value_exact<std::int64_t>()) return std::to_string(*integer);
    if (const auto* date = node.as_date()) {
      return fmt::format("{:04}-{:02}-{:02}", date->get().year, date->get().month, date->get().day);
    }
    if (const auto* array = node.as_array()) {
      std::string codes;
      for (const auto& item : *array) {
        const auto code = item.value_exact<std::string>();
        if (!code) {
          error(&item, fmt::format("{} : chaque code s'écrit entre guillemets",
                                   msg::parameter_name(parameter)));
          return std::nullopt;
        }
        codes += (codes.empty() ? "" : ", ") + *code;
      }
      return codes.empty() ? std::string(msg::kNoCode) : codes;
    }
    if (node.is_floating_point()) {
      error(&node, fmt::format("{} : écrivez le nombre entre guillemets, avec une virgule "
                               "(\"0,5\") : pas de nombre à virgule flottante",
                               msg::parameter_name(parameter)));
      return std::nullopt;
    }
    error(&node, fmt::format("{} : valeur illisible", msg::parameter_name(parameter)));
    return std::nullopt;
  }

  std::string file_;
  const core::Doctrine& doctrine_;
  core::DoctrineChanges changes_;
  std::vector<std::string> errors_;
};

}  // namespace

ChangesOrErrors parse_changes_file(std::string_view toml_text, const std::string& file_name,
                                   const core::Doctrine& doctrine) {
  toml::table root;
  try {
    root = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& error) {
    return std::vector<std::string>{fmt::format("{}, ligne {} : syntaxe TOML invalide ({})",
                                                file_name, error.source().begin.line,
                                                error.description())};
  }
  ChangesReader reader(file_name, doctrine);
  for (const auto& [key, node] : root) {
    if (key.str() == "from") {
      if (auto from = reader.date(node, "from")) reader.changes().from = from;
    } else if (key.str() == "parameters" && node.is_table()) {
      for (const auto& [id, value] : *node.as_table()) reader.parameter(id.str(), value);
    } else if (key.str() == "rules" && node.is_table()) {
      for (const auto& [id, value] : *node.as_table()) reader.rule(id.str(), value);
    } else {
      reader.error(&node, fmt::format("clé « {} » inconnue (attendu : from, [parameters], "
                                      "[rules])",
                                      key.str()));
    }
  }
  return reader.finish(root);
}

ChangesOrErrors load_changes_file(const std::filesystem::path& path,
                                  const core::Doctrine& doctrine) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::vector<std::string>{
        fmt::format("{} : fichier de changements illisible", path.string())};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parse_changes_file(buffer.str(), path.filename().string(), doctrine);
}

}  // namespace maillage::app
