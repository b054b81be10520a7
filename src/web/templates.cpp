#include "web/templates.hpp"

#include <fmt/core.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace maillage::web {

std::string escape_html(const std::string& text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

namespace {

// Mustache has no "if the list is not empty" (mstch ignores "list.0"): every list `x` of the
// data gets a `has_x` flag, so a template can wrap a list in <ul> or say "none".
void add_list_flags(mstch::node& node) {
  if (auto* map = boost::get<mstch::map>(&node)) {
    std::vector<std::pair<std::string, bool>> flags;
    for (auto& [key, value] : *map) {
      if (const auto* list = boost::get<mstch::array>(&value))
        flags.emplace_back("has_" + key, !list->empty());
      add_list_flags(value);
    }
    for (const auto& [key, flag] : flags) map->emplace(key, flag);
  } else if (auto* list = boost::get<mstch::array>(&node)) {
    for (auto& item : *list) add_list_flags(item);
  }
}

}  // namespace

TemplateSet TemplateSet::load(const std::filesystem::path& folder) {
  if (!std::filesystem::is_directory(folder)) {
    throw std::runtime_error(fmt::format(
        "Dossier des gabarits introuvable : {} (MAILLAGE_TEMPLATES_DIR).", folder.string()));
  }
  mstch::config::escape = escape_html;
  TemplateSet set;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    auto name =
        std::filesystem::relative(entry.path(), folder).replace_extension().generic_string();
    set.templates_[name] = text.str();
  }
  set.compute_partials();
  if (!set.has("layout")) {
    throw std::runtime_error(fmt::format(
        "Le dossier des gabarits {} ne contient pas layout.mustache.", folder.string()));
  }
  return set;
}

std::string TemplateSet::render(const std::string& name, mstch::node data) const {
  const auto it = templates_.find(name);
  if (it == templates_.end()) throw std::logic_error("gabarit inconnu : " + name);
  add_list_flags(data);
  return mstch::render(it->second, data, partials_of_.at(name));
}

void TemplateSet::compute_partials() {
  const auto direct = [&](const std::string& text) {
    std::vector<std::string> names;
    for (std::size_t at = text.find("{{>"); at != std::string::npos;
         at = text.find("{{>", at + 3)) {
      const std::size_t end = text.find("}}", at);
      if (end == std::string::npos) break;
      std::string name = text.substr(at + 3, end - at - 3);
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      names.push_back(name);
    }
    return names;
  };
  for (const auto& [name, text] : templates_) {
    auto& partials = partials_of_[name];
    std::vector<std::string> pending = direct(text);
    while (!pending.empty()) {
      const std::string partial = pending.back();
      pending.pop_back();
      const auto it = templates_.find(partial);
      if (it == templates_.end() || partials.count(partial)) continue;
      partials.emplace(partial, it->second);
      for (auto& nested : direct(it->second)) pending.push_back(std::move(nested));
    }
  }
}

std::string TemplateSet::render_page(const std::string& name, mstch::map data) const {
  mstch::node page = std::move(data);
  add_list_flags(page);
  auto& map = boost::get<mstch::map>(page);
  map["content"] = mstch::render(templates_.at(name), page, partials_of_.at(name));
  return mstch::render(templates_.at("layout"), page, partials_of_.at("layout"));
}

}  // namespace maillage::web
