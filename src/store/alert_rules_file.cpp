#include "store/alert_rules_file.hpp"

#include <fmt/core.h>

#include <toml++/toml.h>
#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace maillage::store {

namespace {

std::string where(const std::string& file, const toml::node& node) {
  return node.source().begin.line > 0 ? fmt::format("{}, ligne {}", file, node.source().begin.line)
                                      : file;
}

}  // namespace

std::vector<core::AlertRule> parse_alert_rules(std::string_view toml_text,
                                               const std::string& file_name) {
  toml::table document;
  try {
    document = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& error) {
    throw std::runtime_error(fmt::format("{}, ligne {} : {}", file_name, error.source().begin.line,
                                         error.description()));
  }
  std::vector<core::AlertRule> rules;
  std::vector<std::string> errors;
  const toml::array* entries = document["alerte"].as_array();
  if (entries == nullptr) errors.push_back(file_name + " : aucune table [[alerte]]");
  // Both branches are lvalues: a copied array would lose the source lines of its tables.
  static const toml::array kNoRules;
  for (const auto& node : entries != nullptr ? *entries : kNoRules) {
    const auto* table = node.as_table();
    if (table == nullptr) continue;
    const auto problem = [&](const std::string& message) {
      errors.push_back(fmt::format("{} : {}", where(file_name, node), message));
    };
    // A misspelt key or a number written as text would silently fall back to a default.
    for (const auto& [key, value] : *table) {
      const std::string_view name = key.str();
      if (name != "id" && name != "type" && name != "delai_jours" && name != "a_partir_du_mois" &&
          name != "source") {
        problem(fmt::format("clé inconnue « {} »", name));
      } else if ((name == "delai_jours" || name == "a_partir_du_mois") && !value.is_integer()) {
        problem(fmt::format("« {} » doit être un nombre entier", name));
      }
    }
    if (const auto ids = std::count_if(entries->begin(), entries->end(),
                                       [&](const auto& other) {
                                         return other.as_table() &&
                                                (*other.as_table())["id"] == (*table)["id"];
                                       });
        ids > 1) {
      problem(fmt::format("l'identifiant « {} » est en double",
                          (*table)["id"].value_or(std::string())));
    }
    core::AlertRule rule;
    rule.id = (*table)["id"].value_or(std::string());
    if (rule.id.empty()) problem("la clé « id » est obligatoire");
    const std::string kind = (*table)["type"].value_or(std::string());
    if (const auto parsed = core::parse_alert_kind(kind)) {
      rule.kind = *parsed;
    } else {
      problem(fmt::format("type d'alerte inconnu « {} »", kind));
    }
    rule.days = static_cast<int>((*table)["delai_jours"].value_or(std::int64_t{0}));
    if (rule.kind == core::AlertKind::kMinutesNotSent && rule.days <= 0) {
      problem("« delai_jours » doit être un nombre de jours positif");
    }
    rule.from_month = static_cast<int>((*table)["a_partir_du_mois"].value_or(std::int64_t{1}));
    if (rule.from_month < 1 || rule.from_month > 12) {
      problem("« a_partir_du_mois » doit aller de 1 à 12");
    }
    rule.source.file = (*table)["source"]["file"].value_or(std::string());
    rule.source.section = (*table)["source"]["section"].value_or(std::string());
    rule.source.quote = (*table)["source"]["quote"].value_or(std::string());
    if (rule.source.file.empty() || rule.source.quote.empty()) {
      problem("chaque règle cite sa source (source = { file, section, quote })");
    }
    rules.push_back(std::move(rule));
  }
  if (!errors.empty()) {
    std::string all;
    for (const auto& error : errors) all += (all.empty() ? "" : "\n") + error;
    throw std::runtime_error(all);
  }
  return rules;
}

std::vector<core::AlertRule> load_alert_rules(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{} : fichier introuvable", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_alert_rules(text.str(), path.filename().string());
}

}  // namespace maillage::store
