#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "app/workspace_service.hpp"
#include "core/workspace_kind.hpp"
#include "web/form_view.hpp"
#include "web/http_message.hpp"

namespace maillage::web::views {

// What a reference field may name, by target kind ("partenaire", "poste"…): value, label.
using ReferenceOptions = std::map<std::string, std::vector<std::pair<std::string, std::string>>>;

// The reference options of a workspace: its records by kind ("PAR-001 — Mme Durand") and, for
// the Caf's own workspace, the Caf's posts.
ReferenceOptions reference_options(const std::vector<core::WorkspaceRecord>& records,
                                   std::vector<std::pair<std::string, std::string>> posts);

// The form of a record kind, field by field from its spec: choices as lists, references to one
// record as a list of the workspace's records, to several as checkboxes.
FormView workspace_form(const core::KindSpec& kind, const ReferenceOptions& options);

// The fields a form sent, by field code (checkboxes joined with ", ").
app::WorkspaceFields workspace_fields_from(const Request& request, const core::KindSpec& kind);

// How a record names itself in lists and links: "ACT-001 — Ouvrir un lieu d'accueil".
std::string record_title(const core::KindSpec& kind, const core::WorkspaceRecord& record);

}  // namespace maillage::web::views
