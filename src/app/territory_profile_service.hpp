#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/record_save.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
#include "core/territory_profile.hpp"
#include "store/database.hpp"

namespace maillage::app {

// Fields of the profile form: "superficie_km2" (as typed, "1 234,56") and "specificites".
using ProfileFields = std::map<std::string, std::string>;

// A positive number of km² with at most two decimals ("1 234,56", "1234.5", "12"), as
// hectares (1 km² = 100 ha, so exact); nothing when the text is not one.
std::optional<std::int64_t> parse_area_km2(std::string_view text);
// "1 234,56" (no-break space between thousands, decimals only when there are some).
std::string format_area_km2(std::int64_t hectares);

// The stored profile of a territory, or an empty one at version 0 when it has none yet.
core::TerritoryProfile profile_or_empty(store::Database& database,
                                        const std::string& territory_code);

// Saves a territory's area and specifics (regulation indicators 6 and 5 of the Gard doctrine)
// over `expected_version` (0: it has no profile yet), with the record before and after in the
// history. A typed area replaces any other (source: entered); an empty one clears an entered
// area and keeps one computed from the boundaries. Only a Caf-side user whose perimeter holds
// the territory may; anyone else gets not found (outside their perimeter) or forbidden.
SaveResult<core::TerritoryProfile> update_territory_profile(store::Database& database,
                                                            const core::Actor& actor,
                                                            const std::string& territory_code,
                                                            const ProfileFields& fields,
                                                            int expected_version, Timestamp now);

// The profile as form fields (the area only when it was typed) and as the history records it.
ProfileFields profile_fields(const core::TerritoryProfile& profile);
nlohmann::json profile_audit_json(const core::TerritoryProfile& profile);

// "saisie par la Caf", "calculée à partir des contours", "" when unknown.
std::string_view area_source_label(core::AreaSource source);

}  // namespace maillage::app
