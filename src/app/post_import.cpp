#include "app/post_import.hpp"

#include <map>

#include "app/import_messages_fr.hpp"
#include "app/row_reader.hpp"
#include "store/post_repository.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace msg = import_messages;

const std::vector<std::string>& post_columns() {
  static const std::vector<std::string> kColumns{"identifiant",
                                                 "code_territoire",
                                                 "porteur",
                                                 "etp_agent",
                                                 "etp_mission",
                                                 "cout_annuel",
                                                 "fonction",
                                                 "niveau_diplome",
                                                 "statut",
                                                 "date_embauche",
                                                 "vacant_depuis",
                                                 "caf_associee_recrutement",
                                                 "participation_reseau",
                                                 "rapport_annuel_transmis"};
  return kColumns;
}

namespace {

const std::vector<std::string> kEmployers{"epci", "commune", "syndicat", "association",
                                          "prestataire"};
const std::vector<std::string> kFunctions{"cooperation", "assistant_administratif", "direction",
                                          "responsable_equipement"};
const std::vector<std::string> kStatuses{"existant", "creation"};

// Reads one data line; the post is complete only when no error was added.
core::Post read_post(RowReader& reader, const CsvRow& row,
                     const std::function<bool(const std::string&)>& territory_exists) {
  core::Post post;
  post.id = reader.text(row, "identifiant");
  post.territory_code = reader.text(row, "code_territoire");
  if (!post.territory_code.empty() && !territory_exists(post.territory_code)) {
    reader.error(row, "code_territoire", msg::unknown_territory(post.territory_code));
  }
  if (const auto employer = reader.choice(row, "porteur", kEmployers)) {
    post.employer = *core::parse_employer_kind(*employer);
  }
  const auto holder = reader.fte(row, "etp_agent");
  const auto mission = reader.fte(row, "etp_mission");
  if (holder) {
    post.holder_fte = *holder;
    if (holder->is_zero() || *holder > core::Fte::full_time()) {
      reader.error(row, "etp_agent", msg::holder_fte_range(core::format_fte(*holder)));
    }
  }
  if (mission) {
    post.mission_fte = *mission;
    if (mission->is_zero()) reader.error(row, "etp_mission", msg::mission_fte_zero());
    if (holder && *mission > *holder) {
      reader.error(
          row, "etp_mission",
          msg::mission_above_holder(core::format_fte(*mission), core::format_fte(*holder)));
    }
  }
  if (const auto cost = reader.money(row, "cout_annuel")) {
    post.annual_cost = *cost;
    if (*cost <= core::Money{}) reader.error(row, "cout_annuel", msg::cost_not_positive());
  }
  if (const auto function = reader.choice(row, "fonction", kFunctions)) {
    post.function = *core::parse_post_function(*function);
  }
  if (const auto level = reader.integer(row, "niveau_diplome", 3, 8)) {
    post.qualification_level = *level;
  }
  if (const auto status = reader.choice(row, "statut", kStatuses)) {
    post.status = *core::parse_post_status(*status);
  }
  post.hiring_date = reader.date(row, "date_embauche", false);
  post.vacant_since = reader.date(row, "vacant_depuis", false);
  if (post.hiring_date && post.vacant_since && *post.vacant_since < *post.hiring_date) {
    reader.error(row, "vacant_depuis",
                 msg::vacancy_before_hiring(core::format_date(*post.vacant_since),
                                            core::format_date(*post.hiring_date)));
  }
  post.caf_associated_to_recruitment =
      reader.yes_no(row, "caf_associee_recrutement").value_or(false);
  post.takes_part_in_network = reader.yes_no(row, "participation_reseau").value_or(false);
  post.annual_report_sent = reader.yes_no(row, "rapport_annuel_transmis").value_or(false);
  return post;
}

}  // namespace

PostFile read_post_file(std::string_view csv_text,
                        const std::function<bool(const std::string&)>& territory_exists) {
  PostFile file;
  auto parsed = parse_csv(csv_text);
  if (parsed.error) {
    file.errors.push_back({parsed.error->line, "", parsed.error->message});
    return file;
  }
  const CsvTable& table = *parsed.table;
  RowReader reader(table, file.errors);
  if (!reader.check_header(post_columns())) return file;
  if (table.rows.empty()) file.errors.push_back({0, "", msg::no_rows()});
  std::map<std::string, int> first_line_of;
  for (const auto& row : table.rows) {
    if (!reader.check_width(row)) continue;
    const std::size_t errors_before = file.errors.size();
    core::Post post = read_post(reader, row, territory_exists);
    if (!post.id.empty()) {
      const auto [it, inserted] = first_line_of.emplace(post.id, row.line);
      if (!inserted) reader.error(row, "identifiant", msg::duplicate_id(post.id, it->second));
    }
    if (file.errors.size() == errors_before) file.posts.push_back(std::move(post));
  }
  if (!file.errors.empty()) file.posts.clear();
  return file;
}

ImportReport import_posts(store::Database& database, std::string_view csv_text) {
  store::TerritoryRepository territories(database);
  std::map<std::string, bool> known;
  const auto exists = [&](const std::string& code) {
    const auto it = known.find(code);
    if (it != known.end()) return it->second;
    return known[code] = territories.find(code).has_value();
  };
  PostFile file = read_post_file(csv_text, exists);
  ImportReport report;
  report.errors = std::move(file.errors);
  if (!report.errors.empty()) return report;
  store::PostRepository posts(database);
  store::in_transaction(database, [&] {
    for (const auto& post : file.posts) {
      if (posts.upsert(post)) {
        ++report.created;
      } else {
        ++report.updated;
      }
    }
  });
  report.rows = static_cast<int>(file.posts.size());
  report.applied = true;
  return report;
}

}  // namespace maillage::app
