#pragma once

#include <filesystem>
#include <map>
#include <string>

#include <mstch/mstch.hpp>

namespace maillage::web {

// The mustache templates of templates/, loaded once at start. Every template is also a partial
// under its path without extension ("components/badge", "posts/show").
class TemplateSet {
 public:
  // Throws std::runtime_error (French) if the folder is missing or holds no layout.
  static TemplateSet load(const std::filesystem::path& folder);

  // Renders a template with its data; the result is HTML.
  std::string render(const std::string& name, mstch::node data) const;
  // Renders the page template, then the layout around it (`content` holds the page's HTML).
  std::string render_page(const std::string& name, mstch::map data) const;
  bool has(const std::string& name) const { return templates_.count(name) != 0; }

 private:
  // mstch parses every partial it is given on each render: give each template only the
  // partials it uses, directly or through others.
  void compute_partials();

  std::map<std::string, std::string> templates_;
  std::map<std::string, std::map<std::string, std::string>> partials_of_;
};

// HTML escaping used for every {{value}}: & < > " ' (values sit in element content or in
// double-quoted attributes, never in unquoted ones).
std::string escape_html(const std::string& text);

}  // namespace maillage::web
