#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/workspace_record.hpp"

namespace maillage::core {

// The eligibility condition "participent aux réunions de réseau des chargés de coopération
// organisées par la Caf" (000_f7f48a8774440105.txt, "Les conditions d'éligibilité du
// financement") read from the Caf's network meetings (kind "reunion_reseau") instead of a flag
// typed on the post: the post takes part when it was present at one meeting at least of the
// twelve months up to `date`. Meetings before `hired_on` (the holder was not there yet) do not
// count. None when no meeting counts: then the flag declared on the post stands.
std::optional<bool> attended_network(const std::vector<WorkspaceRecord>& caf_meetings,
                                     std::string_view post_id, Date date,
                                     std::optional<Date> hired_on = std::nullopt);

// How far back a meeting counts.
inline constexpr int kNetworkWindowMonths = 12;

}  // namespace maillage::core
