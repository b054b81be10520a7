#include "web/views/territory_profile_view.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <set>

#include "app/territory_profile_service.hpp"
#include "core/access_policy.hpp"
#include "web/views/structure_form.hpp"

namespace maillage::web::views {

mstch::array text_lines(const std::string& text) {
  mstch::array lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

mstch::map territory_profile_view(RequestContext& context, const core::Territory& territory) {
  const auto snapshot = context.snapshot();
  std::set<std::string> codes(territory.communes.begin(), territory.communes.end());
  codes.insert(territory.code);
  std::map<core::StructureKind, int> open_by_kind;
  int open = 0;
  for (const auto& structure : snapshot->facts().structures) {
    if (codes.count(structure.territory_code) && structure.open_on(context.today)) {
      ++open_by_kind[structure.kind];
      ++open;
    }
  }
  mstch::array kinds;
  for (const auto kind : structure_kinds()) {
    if (open_by_kind[kind] == 0) continue;
    kinds.push_back(mstch::map{{"label", short_label(kind)},
                               {"title", std::string(core::label_of(kind))},
                               {"count", std::to_string(open_by_kind[kind])}});
  }
  const std::string base = "/territoires/" + territory.code;
  mstch::map view{
      {"structure_count", open == 0 ? std::string("Aucune structure ouverte")
                                    : fmt::format("{} structure{} ouverte{}", open,
                                                  open > 1 ? "s" : "", open > 1 ? "s" : "")},
      {"structure_kinds", kinds},
      {"structures_href", base + "/structures"},
      {"profile_href", base + "/profil"},
      {"history_href", "/historique/profil/" + territory.code},
      {"can_edit_structures",
       core::may(context.user(), core::Permission::kEditStructures, territory)},
      {"can_edit_profile",
       core::may(context.user(), core::Permission::kEditTerritoryProfile, territory)}};
  const auto& profiles = snapshot->facts().profiles;
  const auto profile = std::find_if(profiles.begin(), profiles.end(), [&](const auto& candidate) {
    return candidate.territory_code == territory.code;
  });
  if (profile != profiles.end() && profile->area_hectares) {
    view["area"] = app::format_area_km2(*profile->area_hectares) + " km²";
    view["area_source"] = std::string(app::area_source_label(profile->area_source));
  }
  const bool has_specifics = profile != profiles.end() && !profile->specifics.empty();
  view["specifics"] = has_specifics ? text_lines(profile->specifics) : mstch::array{};
  return view;
}

}  // namespace maillage::web::views
