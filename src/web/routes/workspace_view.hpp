#pragma once

#include <string_view>
#include <vector>

#include <mstch/mstch.hpp>

#include "core/workspace_alerts.hpp"
#include "core/workspace_kind.hpp"
#include "core/workspace_record.hpp"
#include "web/routes/workspace_place.hpp"

// How workspace records read on the list and record pages: values with their links, rows,
// column headings, the kinds' tabs.
namespace maillage::web::routes::workspace {

// A value as shown ({label, text} or {label, links}), references turned into links to their
// records among `all`.
mstch::map value_view(const core::FieldSpec& field, const core::WorkspaceRecord& record,
                      const std::vector<core::WorkspaceRecord>& all);
// A record's row in its kind's list: reference, title and the kind's list columns.
mstch::map row_view(const core::KindSpec& kind, const core::WorkspaceRecord& record,
                    const std::vector<core::WorkspaceRecord>& all);
mstch::array column_headers(const core::KindSpec& kind);
// The kinds of a place, as tabs: label, link, count, current.
mstch::array kind_tabs(const Place& place, const std::vector<core::WorkspaceRecord>& all,
                       std::string_view current);
// The records of one kind, newest first when it has a date, partners by category.
std::vector<const core::WorkspaceRecord*> of_kind(const std::vector<core::WorkspaceRecord>& all,
                                                  const core::KindSpec& kind);

// Alerts as listed: message, source, link to their record.
mstch::array alert_views(const std::vector<core::Alert>& alerts);

}  // namespace maillage::web::routes::workspace
