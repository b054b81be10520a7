#include "core/network_attendance.hpp"

#include <algorithm>

namespace maillage::core {

std::optional<bool> attended_network(const std::vector<WorkspaceRecord>& caf_meetings,
                                     std::string_view post_id, Date date,
                                     std::optional<Date> hired_on) {
  const Date window_start = date.plus_months(-kNetworkWindowMonths);
  bool any_meeting = false;
  for (const auto& meeting : caf_meetings) {
    const auto held = meeting.date("date");
    if (!held || *held > date || *held <= window_start) continue;
    if (hired_on && *held < *hired_on) continue;
    any_meeting = true;
    const auto present = meeting.references("postes_presents");
    if (std::find(present.begin(), present.end(), post_id) != present.end()) return true;
  }
  if (!any_meeting) return std::nullopt;
  return false;
}

}  // namespace maillage::core
