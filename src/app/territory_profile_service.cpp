#include "app/territory_profile_service.hpp"

#include "app/audit_trail.hpp"
#include "app/structure_messages_fr.hpp"
#include "core/access_policy.hpp"
#include "core/text.hpp"
#include "store/territory_profile_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace {

namespace smsg = structure_messages;

// Larger than any French commune or EPCI (Maripasoula, the largest commune, has 18 360 km²).
constexpr std::int64_t kMaxAreaHectares = 100'000 * 100;
constexpr std::size_t kMaxSpecifics = 4000;

bool all_digits(std::string_view text) {
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// Lines ended by LF, trailing spaces of the whole text trimmed.
std::string normalized_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return std::string(core::trim(out));
}

}  // namespace

std::optional<std::int64_t> parse_area_km2(std::string_view text) {
  const std::string compact = core::strip_spaces(text);
  const std::size_t separator = compact.find_first_of(",.");
  const std::string_view whole = std::string_view(compact).substr(0, separator);
  const std::string_view decimals = separator == std::string::npos
                                        ? std::string_view{}
                                        : std::string_view(compact).substr(separator + 1);
  if (!all_digits(whole) || whole.size() > 7) return std::nullopt;
  if (separator != std::string::npos && (!all_digits(decimals) || decimals.size() > 2)) {
    return std::nullopt;
  }
  std::int64_t hectares = std::stoll(std::string(whole)) * 100;
  if (!decimals.empty()) {
    hectares += std::stoll(std::string(decimals)) * (decimals.size() == 1 ? 10 : 1);
  }
  if (hectares <= 0) return std::nullopt;
  return hectares;
}

std::string format_area_km2(std::int64_t hectares) {
  std::string text = core::group_thousands(std::to_string(hectares / 100));
  if (const auto rest = hectares % 100; rest != 0) {
    text += ',';
    text += static_cast<char>('0' + rest / 10);
    if (rest % 10 != 0) text += static_cast<char>('0' + rest % 10);
  }
  return text;
}

std::string_view area_source_label(core::AreaSource source) {
  switch (source) {
    case core::AreaSource::kBoundaries:
      return "calculée à partir des contours";
    case core::AreaSource::kEntered:
      return "saisie par la Caf";
    case core::AreaSource::kNone:
      break;
  }
  return "";
}

core::TerritoryProfile profile_or_empty(store::Database& database,
                                        const std::string& territory_code) {
  if (auto stored = store::TerritoryProfileRepository(database).find(territory_code)) {
    return *stored;
  }
  core::TerritoryProfile empty;
  empty.territory_code = territory_code;
  empty.version = 0;
  return empty;
}

ProfileFields profile_fields(const core::TerritoryProfile& profile) {
  const bool entered = profile.area_hectares && profile.area_source == core::AreaSource::kEntered;
  return {{"superficie_km2", entered ? format_area_km2(*profile.area_hectares) : ""},
          {"specificites", profile.specifics}};
}

nlohmann::json profile_audit_json(const core::TerritoryProfile& profile) {
  return {{"superficie_km2", profile.area_hectares ? format_area_km2(*profile.area_hectares) : ""},
          {"source_superficie", std::string(area_source_label(profile.area_source))},
          {"specificites", profile.specifics}};
}

SaveResult<core::TerritoryProfile> update_territory_profile(store::Database& database,
                                                            const core::Actor& actor,
                                                            const std::string& territory_code,
                                                            const ProfileFields& fields,
                                                            int expected_version, Timestamp now) {
  SaveResult<core::TerritoryProfile> result;
  const auto territory = store::TerritoryRepository(database).find(territory_code);
  if (!territory || !core::covers(actor, *territory)) {
    result.status = SaveStatus::kNotFound;
    return result;
  }
  if (!core::role_allows(actor.role, core::Permission::kEditTerritoryProfile)) {
    result.status = SaveStatus::kForbidden;
    return result;
  }
  const core::TerritoryProfile current = profile_or_empty(database, territory_code);
  const auto field = [&](const char* name) {
    const auto it = fields.find(name);
    return it == fields.end() ? std::string{} : it->second;
  };
  core::TerritoryProfile profile = current;
  const std::string area_text(core::trim(field("superficie_km2")));
  if (!area_text.empty()) {
    const auto hectares = parse_area_km2(area_text);
    if (!hectares) {
      result.errors.push_back({0, "superficie_km2", smsg::bad_area(area_text)});
    } else if (*hectares > kMaxAreaHectares) {
      result.errors.push_back(
          {0, "superficie_km2",
           smsg::area_too_large(format_area_km2(*hectares), format_area_km2(kMaxAreaHectares))});
    } else {
      profile.area_hectares = hectares;
      profile.area_source = core::AreaSource::kEntered;
    }
  } else if (current.area_source == core::AreaSource::kEntered) {
    profile.area_hectares.reset();
    profile.area_source = core::AreaSource::kNone;
  }
  profile.specifics = normalized_text(field("specificites"));
  if (const auto length = core::display_width(profile.specifics); length > kMaxSpecifics) {
    result.errors.push_back({0, "specificites", smsg::too_long(length, kMaxSpecifics)});
  }
  result.record = profile;
  if (!result.errors.empty()) {
    result.status = SaveStatus::kInvalid;
    return result;
  }
  if (current.version != expected_version) {
    result.status = SaveStatus::kStale;
    result.record = current;
    return result;
  }
  const bool saved = store::in_transaction(database, [&] {
    store::TerritoryProfileRepository profiles(database);
    if (expected_version == 0) {
      // Inside the write lock: nobody created it since we looked.
      if (profiles.find(territory_code)) return false;
      profiles.insert(profile);
    } else if (!profiles.update_if_version(profile, expected_version)) {
      return false;
    }
    profile.version = expected_version + 1;
    record_audit(database, actor,
                 {"territory_profile", territory_code, expected_version == 0 ? "create" : "update",
                  profile.version,
                  expected_version == 0 ? std::nullopt : std::optional(profile_audit_json(current)),
                  profile_audit_json(profile), "Superficie et spécificités du territoire"},
                 now);
    return true;
  });
  if (!saved) {
    result.status = SaveStatus::kStale;
    result.record = profile_or_empty(database, territory_code);
    return result;
  }
  result.record = std::move(profile);
  return result;
}

}  // namespace maillage::app
