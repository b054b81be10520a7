#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/workspace_service.hpp"
#include "web/page.hpp"
#include "web/request_context.hpp"
#include "web/views/workspace_form.hpp"

// What the workspace pages share: where a workspace is (a CTG's, or the Caf's own network) and
// how to reach its pages.
namespace maillage::web::routes::workspace {

struct Place {
  core::WorkspaceScope scope;
  std::string title;          // "Espace CTG — Nîmes Métropole"
  std::string base_href;      // "/ctg/12/espace" or "/reseau"
  std::vector<Crumb> crumbs;  // down to the workspace itself, linked
  std::optional<app::CtgWorkspace> ctg;

  std::string kind_href(std::string_view kind) const;
};

// The CTG's workspace if the user sees the CTG; none otherwise (answered "not found").
std::optional<Place> ctg_place(RequestContext& context, const std::string& id_text);
// The user's Caf's network workspace.
Place caf_place(RequestContext& context);
// The workspace a record belongs to, as the user reaches it.
std::optional<Place> place_of(RequestContext& context, const core::WorkspaceScope& scope);
// The place named by the route: {id} of /ctg/{id}/espace…, or the Caf's for /reseau….
std::optional<Place> routed_place(RequestContext& context);

// The kind named by {kind} if it lives at this place's level; none otherwise.
const core::KindSpec* routed_kind(RequestContext& context, const Place& place);

// A record the user may read, by {id}.
std::optional<core::WorkspaceRecord> routed_record(RequestContext& context);

// The reference choices of a form in this place.
views::ReferenceOptions options_of(RequestContext& context, const Place& place);

std::string record_href(std::int64_t id);

// A past participle agreed with the kind's French gender: "enregistrée" for an action.
std::string agreed(const core::KindSpec& kind, std::string_view participle);

// "Seuls le chargé de coopération et l'employeur…" for a kind the user may not write.
std::string may_not_write(const core::KindSpec& kind);

}  // namespace maillage::web::routes::workspace
