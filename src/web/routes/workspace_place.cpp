#include "web/routes/workspace_place.hpp"

#include <fmt/core.h>

#include <set>

#include "core/role.hpp"
#include "web/texts_fr.hpp"

namespace maillage::web::routes::workspace {

namespace {

Place from_ctg(app::CtgWorkspace workspace) {
  Place place;
  place.scope = workspace.scope;
  place.title = "Espace CTG — " + workspace.territory_name;
  place.base_href = fmt::format("/ctg/{}/espace", workspace.ctg.id);
  place.crumbs = {{"Accueil", "/"},
                  {"CTG " + workspace.territory_name, fmt::format("/ctg/{}", workspace.ctg.id)},
                  {"Espace CTG", place.base_href}};
  place.ctg = std::move(workspace);
  return place;
}

}  // namespace

std::string Place::kind_href(std::string_view kind) const {
  return fmt::format("{}/{}", base_href, kind);
}

std::optional<Place> ctg_place(RequestContext& context, const std::string& id_text) {
  const auto id = parse_id(id_text);
  if (!id) return std::nullopt;
  auto workspace = app::ctg_workspace(context.database, context.user(), *id);
  if (!workspace) return std::nullopt;
  return from_ctg(std::move(*workspace));
}

Place caf_place(RequestContext& context) {
  Place place;
  place.scope = app::caf_workspace(context.user());
  place.title = "Réseau départemental des chargés de coopération";
  place.base_href = "/reseau";
  place.crumbs = {{"Accueil", "/"}, {"Réseau départemental", place.kind_href("reunion_reseau")}};
  return place;
}

std::optional<Place> place_of(RequestContext& context, const core::WorkspaceScope& scope) {
  if (scope.is_caf()) {
    if (scope.caf_departement != context.user().caf_departement) return std::nullopt;
    return caf_place(context);
  }
  return ctg_place(context, std::to_string(scope.ctg_id));
}

std::optional<Place> routed_place(RequestContext& context) {
  const auto id = context.params.find("id");
  if (id == context.params.end()) return caf_place(context);
  return ctg_place(context, id->second);
}

const core::KindSpec* routed_kind(RequestContext& context, const Place& place) {
  const auto* kind = core::find_kind(context.param("kind"));
  if (kind == nullptr) return nullptr;
  const bool caf_kind = kind->level == core::WorkspaceLevel::kCaf;
  return caf_kind == place.scope.is_caf() ? kind : nullptr;
}

std::optional<core::WorkspaceRecord> routed_record(RequestContext& context) {
  const auto id = parse_id(context.param("id"));
  if (!id) return std::nullopt;
  return app::find_record(context.database, context.user(), *id);
}

views::ReferenceOptions options_of(RequestContext& context, const Place& place) {
  std::vector<std::pair<std::string, std::string>> posts;
  if (place.scope.is_caf()) {
    const auto snapshot = context.snapshot();
    for (const auto& post : snapshot->facts().posts) {
      const auto* territory = snapshot->territory(post.territory_code);
      if (territory == nullptr || territory->departement != place.scope.caf_departement ||
          !post.open_on(context.today)) {
        continue;
      }
      posts.emplace_back(post.id, fmt::format("{} — {}", post.id, territory->name));
    }
  }
  return views::reference_options(app::list_records(context.database, place.scope),
                                  std::move(posts));
}

std::string record_href(std::int64_t id) {
  return fmt::format("/fiches/{}", id);
}

std::string agreed(const core::KindSpec& kind, std::string_view participle) {
  static const std::set<std::string_view> kFeminine{"action", "reunion", "participation",
                                                    "reunion_reseau"};
  return std::string(participle) + (kFeminine.contains(kind.code) ? "e" : "");
}

std::string may_not_write(const core::KindSpec& kind) {
  std::string roles;
  for (const auto role : kind.writers) {
    roles += (roles.empty() ? "" : ", ") + std::string(texts::role_label(role));
  }
  return fmt::format(
      "Seuls ces profils modifient les fiches « {} » : {}. Vous pouvez les "
      "consulter.",
      kind.plural, roles);
}

}  // namespace maillage::web::routes::workspace
