#include "store/structure_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, territory_code, kind, name, reference, closed_on, version FROM structures";

core::Structure from_row(const soci::row& row) {
  core::Structure structure;
  structure.id = integer_at(row, 0);
  structure.territory_code = row.get<std::string>(1);
  structure.kind =
      core::parse_structure_kind(row.get<std::string>(2)).value_or(core::StructureKind::kAutre);
  structure.name = row.get<std::string>(3);
  structure.reference = optional_text_at(row, 4);
  if (const auto closed = optional_text_at(row, 5)) structure.closed_on = core::parse_date(*closed);
  structure.version = static_cast<int>(integer_at(row, 6));
  return structure;
}

// No reference is stored as NULL: the unique index then lets any number of structures have none.
std::optional<std::string> stored_reference(const core::Structure& structure) {
  if (!structure.reference || structure.reference->empty()) return std::nullopt;
  return structure.reference;
}

std::optional<std::string> optional_iso(const std::optional<core::Date>& date) {
  if (!date) return std::nullopt;
  return core::format_iso_date(*date);
}

}  // namespace

std::int64_t StructureRepository::insert(const core::Structure& structure) {
  const std::string kind(core::code_of(structure.kind));
  NullableText reference(stored_reference(structure));
  NullableText closed(optional_iso(structure.closed_on));
  long long id = 0;
  database_.session() << "INSERT INTO structures (territory_code, kind, name, reference,"
                         " closed_on, version)"
                         " VALUES (:territory, :kind, :name, :reference, :closed_on, 1)"
                         " RETURNING id",
      soci::use(structure.territory_code), soci::use(kind), soci::use(structure.name),
      soci::use(reference.text, reference.indicator), soci::use(closed.text, closed.indicator),
      soci::into(id);
  return id;
}

bool StructureRepository::update_if_version(const core::Structure& structure,
                                            int expected_version) {
  const long long id = structure.id;
  const std::string kind(core::code_of(structure.kind));
  NullableText reference(stored_reference(structure));
  NullableText closed(optional_iso(structure.closed_on));
  const int next_version = expected_version + 1;
  soci::statement statement =
      (database_.session().prepare
           << "UPDATE structures SET territory_code = :territory, kind = :kind, name = :name,"
              " reference = :reference, closed_on = :closed_on, version = :next_version"
              " WHERE id = :id AND version = :expected",
       soci::use(structure.territory_code), soci::use(kind), soci::use(structure.name),
       soci::use(reference.text, reference.indicator), soci::use(closed.text, closed.indicator),
       soci::use(next_version), soci::use(id), soci::use(expected_version));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

std::vector<core::Structure> StructureRepository::select(const std::string& where,
                                                         const std::string& parameter) const {
  std::vector<core::Structure> structures;
  for_each_row(database_.session(),
               std::string(kSelect) + where + " ORDER BY territory_code, name, id", parameter,
               [&](const soci::row& row) { structures.push_back(from_row(row)); });
  return structures;
}

std::optional<core::Structure> StructureRepository::find(std::int64_t id) const {
  const long long structure_id = id;
  std::optional<core::Structure> found;
  soci::rowset<soci::row> rows =
      (database_.session().prepare << std::string(kSelect) + " WHERE id = :id",
       soci::use(structure_id));
  for (const auto& row : rows) found = from_row(row);
  return found;
}

std::optional<core::Structure> StructureRepository::find_by_reference(
    const std::string& reference) const {
  if (reference.empty()) return std::nullopt;
  auto found = select(" WHERE reference = :reference", reference);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<core::Structure> StructureRepository::list_all() const {
  return select("", "");
}

std::vector<core::Structure> StructureRepository::list_for_territory(
    const std::string& territory_code) const {
  if (territory_code.empty()) return {};
  return select(" WHERE territory_code = :territory", territory_code);
}

}  // namespace maillage::store
