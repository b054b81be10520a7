#include "web/page.hpp"

#include "core/access_policy.hpp"
#include "web/texts_fr.hpp"

namespace maillage::web {

namespace {

struct NavEntry {
  const char* section;
  const char* label;
  const char* icon;
  const char* href;
};

std::vector<NavEntry> navigation_for(const core::Actor& actor) {
  std::vector<NavEntry> entries{{"accueil", "Accueil", "house", "/"}};
  if (core::role_allows(actor.role, core::Permission::kReadCafPortfolio)) {
    entries.push_back({"portefeuille", "Portefeuille", "table", "/portefeuille"});
    entries.push_back({"pilotage", "Pilotage", "speedometer2", "/pilotage"});
  } else {
    entries.push_back({"portefeuille", "Postes et financement", "table", "/portefeuille"});
  }
  entries.push_back({"alertes", "À faire", "check2-square", "/alertes"});
  if (core::is_caf_side(actor.role)) {
    entries.push_back({"reseau", "Réseau", "people", "/reseau"});
  }
  if (core::role_allows(actor.role, core::Permission::kImportPosts)) {
    entries.push_back({"imports", "Importer", "upload", "/imports"});
  }
  if (core::role_allows(actor.role, core::Permission::kManageUsers)) {
    entries.push_back({"journal", "Journal des modifications", "clock-history", "/journal"});
  }
  return entries;
}

mstch::map layout_data(RequestContext& context, const PageSetup& setup) {
  const auto& theme = context.services.config.theme;
  mstch::map data{
      {"page_title", setup.title},
      {"application_name", theme.application_name},
      {"organisation", theme.organisation},
      {"has_logo", !theme.logo.empty()},
      {"asset_version", context.services.asset_version},
      {"csrf_token", context.csrf_token},
  };
  if (!context.flash.empty()) data["flash"] = context.flash;
  if (context.actor) {
    const auto& actor = *context.actor;
    data["user_name"] = actor.display_name;
    data["user_role"] = std::string(texts::role_label(actor.role));
    mstch::array nav;
    for (const auto& entry : navigation_for(actor)) {
      nav.push_back(mstch::map{{"label", std::string(entry.label)},
                               {"icon", std::string(entry.icon)},
                               {"href", std::string(entry.href)},
                               {"current", setup.section == entry.section}});
    }
    data["nav"] = nav;
  }
  if (!setup.breadcrumb.empty()) {
    mstch::array crumbs;
    for (const auto& crumb : setup.breadcrumb) {
      crumbs.push_back(mstch::map{
          {"label", crumb.label}, {"href", crumb.href}, {"is_link", !crumb.href.empty()}});
    }
    data["breadcrumb"] = crumbs;
  }
  return data;
}

}  // namespace

Response render_page(RequestContext& context, const std::string& template_name, mstch::map data,
                     const PageSetup& setup) {
  for (auto& [key, value] : layout_data(context, setup)) data.emplace(key, value);
  Response response;
  response.status = setup.status;
  response.body = context.services.templates.render_page(template_name, std::move(data));
  return response;
}

Response not_found_page(RequestContext& context) {
  return render_page(context, "errors/message", {{"message", std::string(texts::kNotFound)}},
                     {.title = texts::kNotFoundTitle, .status = 404});
}

Response forbidden_page(RequestContext& context, const std::string& message) {
  return render_page(context, "errors/message", {{"message", message}},
                     {.title = texts::kForbiddenTitle, .status = 403});
}

mstch::map badge(const std::string& label, const std::string& css) {
  return mstch::map{{"label", label}, {"css", css}};
}

}  // namespace maillage::web
