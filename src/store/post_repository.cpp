#include "store/post_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

namespace {

constexpr const char* kColumns =
    "id, territory_code, employer_kind, holder_fte_hundredths, mission_fte_hundredths,"
    " annual_cost_cents, function, qualification_level, status, hiring_date, vacant_since,"
    " caf_associated_to_recruitment, takes_part_in_network, annual_report_sent, version, closed_on";

std::optional<core::Date> optional_date(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) != soci::i_ok) return std::nullopt;
  return core::parse_date(row.get<std::string>(column));
}

core::Post from_row(const soci::row& row) {
  core::Post post;
  post.id = row.get<std::string>(0);
  post.territory_code = row.get<std::string>(1);
  post.employer =
      core::parse_employer_kind(row.get<std::string>(2)).value_or(core::EmployerKind::kEpci);
  post.holder_fte = core::Fte::from_hundredths(static_cast<int>(integer_at(row, 3)));
  post.mission_fte = core::Fte::from_hundredths(static_cast<int>(integer_at(row, 4)));
  post.annual_cost = core::Money::from_cents(integer_at(row, 5));
  post.function =
      core::parse_post_function(row.get<std::string>(6)).value_or(core::PostFunction::kCooperation);
  post.qualification_level = static_cast<int>(integer_at(row, 7));
  post.status =
      core::parse_post_status(row.get<std::string>(8)).value_or(core::PostStatus::kExistant);
  post.hiring_date = optional_date(row, 9);
  post.vacant_since = optional_date(row, 10);
  post.caf_associated_to_recruitment = integer_at(row, 11) != 0;
  post.takes_part_in_network = integer_at(row, 12) != 0;
  post.annual_report_sent = integer_at(row, 13) != 0;
  post.version = static_cast<int>(integer_at(row, 14));
  post.closed_on = optional_date(row, 15);
  return post;
}

struct OptionalDateColumn {
  std::string text;
  soci::indicator indicator = soci::i_null;
  explicit OptionalDateColumn(const std::optional<core::Date>& date) {
    if (date) {
      text = core::format_iso_date(*date);
      indicator = soci::i_ok;
    }
  }
};

}  // namespace

bool PostRepository::upsert(const core::Post& post) {
  const bool is_new = !exists(post.id);
  write(post,
        "INSERT INTO posts (id, territory_code, employer_kind, holder_fte_hundredths,"
        " mission_fte_hundredths, annual_cost_cents, function, qualification_level, status,"
        " hiring_date, vacant_since, caf_associated_to_recruitment, takes_part_in_network,"
        " annual_report_sent, closed_on)"
        " VALUES (:id, :territory, :employer, :holder, :mission, :cost, :function, :level,"
        " :status, :hiring, :vacant, :caf, :network, :report, :closed_on)"
        " ON CONFLICT (id) DO UPDATE SET territory_code = excluded.territory_code,"
        " employer_kind = excluded.employer_kind,"
        " holder_fte_hundredths = excluded.holder_fte_hundredths,"
        " mission_fte_hundredths = excluded.mission_fte_hundredths,"
        " annual_cost_cents = excluded.annual_cost_cents, function = excluded.function,"
        " qualification_level = excluded.qualification_level, status = excluded.status,"
        " hiring_date = excluded.hiring_date, vacant_since = excluded.vacant_since,"
        " caf_associated_to_recruitment = excluded.caf_associated_to_recruitment,"
        " takes_part_in_network = excluded.takes_part_in_network,"
        " annual_report_sent = excluded.annual_report_sent,"
        // An import line has no closing date: a post closed in Maillage stays closed.
        " version = posts.version + 1",
        std::nullopt);
  return is_new;
}

void PostRepository::insert(const core::Post& post) {
  write(post,
        "INSERT INTO posts (id, territory_code, employer_kind, holder_fte_hundredths,"
        " mission_fte_hundredths, annual_cost_cents, function, qualification_level, status,"
        " hiring_date, vacant_since, caf_associated_to_recruitment, takes_part_in_network,"
        " annual_report_sent, closed_on, version)"
        " VALUES (:id, :territory, :employer, :holder, :mission, :cost, :function, :level,"
        " :status, :hiring, :vacant, :caf, :network, :report, :closed_on, 1)",
        std::nullopt);
}

bool PostRepository::update_if_version(const core::Post& post, int expected_version) {
  return write(post,
               "UPDATE posts SET territory_code = :territory, employer_kind = :employer,"
               " holder_fte_hundredths = :holder, mission_fte_hundredths = :mission,"
               " annual_cost_cents = :cost, function = :function, qualification_level = :level,"
               " status = :status, hiring_date = :hiring, vacant_since = :vacant,"
               " caf_associated_to_recruitment = :caf, takes_part_in_network = :network,"
               " annual_report_sent = :report, closed_on = :closed_on,"
               " version = :next_version WHERE id = :id AND version = :expected",
               expected_version) > 0;
}

long long PostRepository::write(const core::Post& post, const std::string& query,
                                std::optional<int> expected_version) {
  const std::string employer(core::code_of(post.employer));
  const std::string function(core::code_of(post.function));
  const std::string status(core::code_of(post.status));
  const int holder = post.holder_fte.hundredths();
  const int mission = post.mission_fte.hundredths();
  const long long cost = post.annual_cost.cents();
  OptionalDateColumn hiring(post.hiring_date);
  OptionalDateColumn vacant(post.vacant_since);
  OptionalDateColumn closed(post.closed_on);
  const int caf_associated = post.caf_associated_to_recruitment ? 1 : 0;
  const int network = post.takes_part_in_network ? 1 : 0;
  const int report = post.annual_report_sent ? 1 : 0;
  // Bound by name: the INSERT and the UPDATE name the same values in different orders.
  soci::statement statement(database_.session());
  statement.alloc();
  statement.prepare(query);
  statement.exchange(soci::use(post.id, "id"));
  statement.exchange(soci::use(post.territory_code, "territory"));
  statement.exchange(soci::use(employer, "employer"));
  statement.exchange(soci::use(holder, "holder"));
  statement.exchange(soci::use(mission, "mission"));
  statement.exchange(soci::use(cost, "cost"));
  statement.exchange(soci::use(function, "function"));
  statement.exchange(soci::use(post.qualification_level, "level"));
  statement.exchange(soci::use(status, "status"));
  statement.exchange(soci::use(hiring.text, hiring.indicator, "hiring"));
  statement.exchange(soci::use(vacant.text, vacant.indicator, "vacant"));
  statement.exchange(soci::use(caf_associated, "caf"));
  statement.exchange(soci::use(network, "network"));
  statement.exchange(soci::use(report, "report"));
  statement.exchange(soci::use(closed.text, closed.indicator, "closed_on"));
  const int expected = expected_version.value_or(0);
  const int next_version = expected + 1;
  if (expected_version) {
    statement.exchange(soci::use(expected, "expected"));
    statement.exchange(soci::use(next_version, "next_version"));
  }
  statement.define_and_bind();
  statement.execute(true);
  return statement.get_affected_rows();
}

std::vector<core::Post> PostRepository::select(const std::string& where,
                                               const std::string& parameter) const {
  auto& sql = database_.session();
  const std::string query =
      std::string("SELECT ") + kColumns + " FROM posts" + where + " ORDER BY id";
  std::vector<core::Post> posts;
  for_each_row(sql, query, parameter,
               [&](const soci::row& row) { posts.push_back(from_row(row)); });
  return posts;
}

std::vector<core::Post> PostRepository::list_all() const {
  return select("", "");
}

std::optional<core::Post> PostRepository::find(const std::string& id) const {
  auto found = select(" WHERE id = :id", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<std::string> PostRepository::ids_in_departement(const std::string& departement) const {
  std::vector<std::string> ids;
  soci::rowset<std::string> rows =
      (database_.session().prepare << "SELECT p.id FROM posts p JOIN territories t ON t.code ="
                                      " p.territory_code WHERE t.departement = :dep ORDER BY p.id",
       soci::use(departement));
  for (const auto& id : rows) ids.push_back(id);
  return ids;
}

bool PostRepository::exists(const std::string& id) const {
  int count = 0;
  database_.session() << "SELECT COUNT(*) FROM posts WHERE id = :id", soci::use(id),
      soci::into(count);
  return count > 0;
}

}  // namespace maillage::store
