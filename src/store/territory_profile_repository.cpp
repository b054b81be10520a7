#include "store/territory_profile_repository.hpp"

#include "core/code_table.hpp"
#include "store/rows.hpp"

namespace maillage::store {

namespace {

// The codes migration v3's CHECK constraint allows on territory_profiles.area_source.
constexpr core::CodeTable<core::AreaSource, 3> kSources{{
    {core::AreaSource::kNone, "none"},
    {core::AreaSource::kBoundaries, "boundaries"},
    {core::AreaSource::kEntered, "entered"},
}};

constexpr const char* kSelect =
    "SELECT territory_code, area_hectares, area_source, specifics, version"
    " FROM territory_profiles";

core::TerritoryProfile from_row(const soci::row& row) {
  core::TerritoryProfile profile;
  profile.territory_code = row.get<std::string>(0);
  if (row.get_indicator(1) == soci::i_ok) profile.area_hectares = integer_at(row, 1);
  profile.area_source =
      core::value_in(kSources, row.get<std::string>(2)).value_or(core::AreaSource::kNone);
  profile.specifics = row.get<std::string>(3);
  profile.version = static_cast<int>(integer_at(row, 4));
  return profile;
}

// The area to bind: soci::use(area.value, area.indicator).
struct NullableArea {
  long long value = 0;
  soci::indicator indicator = soci::i_null;
  explicit NullableArea(const std::optional<std::int64_t>& hectares) {
    if (hectares) {
      value = *hectares;
      indicator = soci::i_ok;
    }
  }
};

}  // namespace

void TerritoryProfileRepository::insert(const core::TerritoryProfile& profile) {
  NullableArea area(profile.area_hectares);
  const std::string source(core::code_in(kSources, profile.area_source));
  database_.session() << "INSERT INTO territory_profiles (territory_code, area_hectares,"
                         " area_source, specifics, version)"
                         " VALUES (:territory, :area, :source, :specifics, 1)",
      soci::use(profile.territory_code), soci::use(area.value, area.indicator), soci::use(source),
      soci::use(profile.specifics);
}

bool TerritoryProfileRepository::update_if_version(const core::TerritoryProfile& profile,
                                                   int expected_version) {
  NullableArea area(profile.area_hectares);
  const std::string source(core::code_in(kSources, profile.area_source));
  const int next_version = expected_version + 1;
  soci::statement statement =
      (database_.session().prepare
           << "UPDATE territory_profiles SET area_hectares = :area, area_source = :source,"
              " specifics = :specifics, version = :next_version"
              " WHERE territory_code = :territory AND version = :expected",
       soci::use(area.value, area.indicator), soci::use(source), soci::use(profile.specifics),
       soci::use(next_version), soci::use(profile.territory_code), soci::use(expected_version));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

std::optional<core::TerritoryProfile> TerritoryProfileRepository::find(
    const std::string& territory_code) const {
  std::optional<core::TerritoryProfile> found;
  if (territory_code.empty()) return found;
  for_each_row(database_.session(), std::string(kSelect) + " WHERE territory_code = :territory",
               territory_code, [&](const soci::row& row) { found = from_row(row); });
  return found;
}

std::vector<core::TerritoryProfile> TerritoryProfileRepository::list_all() const {
  std::vector<core::TerritoryProfile> profiles;
  for_each_row(database_.session(), std::string(kSelect) + " ORDER BY territory_code", "",
               [&](const soci::row& row) { profiles.push_back(from_row(row)); });
  return profiles;
}

}  // namespace maillage::store
