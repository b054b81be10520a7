#include "app/post_import.hpp"

#include <map>

#include "app/audit_trail.hpp"
#include "app/import_messages_fr.hpp"
#include "app/import_perimeter.hpp"
#include "app/post_service.hpp"
#include "app/row_reader.hpp"
#include "store/post_repository.hpp"

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

// Why an existing post id may not be used on a line, or nothing when it may.
using IdCheck = std::function<std::optional<std::string>(const std::string& id)>;

TerritoryCheck existence_check(const std::function<bool(const std::string&)>& territory_exists) {
  return [&territory_exists](const std::string& code) -> std::optional<std::string> {
    if (territory_exists(code)) return std::nullopt;
    return msg::unknown_territory(code);
  };
}

// Reads one data line; the post is complete only when no error was added.
core::Post read_post(RowReader& reader, const CsvRow& row, const TerritoryCheck& check_territory) {
  core::Post post;
  post.id = reader.text(row, "identifiant");
  post.territory_code = reader.text(row, "code_territoire");
  if (!post.territory_code.empty()) {
    if (auto refusal = check_territory(post.territory_code)) {
      reader.error(row, "code_territoire", std::move(*refusal));
    }
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

namespace {

PostFile read_checked_file(std::string_view csv_text, const TerritoryCheck& check_territory,
                           const IdCheck& check_id) {
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
    core::Post post = read_post(reader, row, check_territory);
    if (!post.id.empty()) {
      const auto [it, inserted] = first_line_of.emplace(post.id, row.line);
      if (!inserted) {
        reader.error(row, "identifiant", msg::duplicate_id(post.id, it->second));
      } else if (auto refusal = check_id(post.id)) {
        reader.error(row, "identifiant", std::move(*refusal));
      }
    }
    if (file.errors.size() == errors_before) file.posts.push_back(std::move(post));
  }
  if (!file.errors.empty()) file.posts.clear();
  return file;
}

}  // namespace

PostFile read_post_file(std::string_view csv_text,
                        const std::function<bool(const std::string&)>& territory_exists) {
  return read_checked_file(csv_text, existence_check(territory_exists),
                           [](const std::string&) { return std::optional<std::string>{}; });
}

PostFile read_post_file(store::Database& database, std::string_view csv_text,
                        const core::Actor& author) {
  const TerritoryCheck check_territory =
      import_territory_check(database, author, core::Permission::kImportPosts);
  const IdCheck check_id = [&](const std::string& id) -> std::optional<std::string> {
    if (is_command_line(author)) return std::nullopt;
    // An id already used outside the author's perimeter: refused without saying where it is.
    const auto stored = store::PostRepository(database).find(id);
    if (!stored || !check_territory(stored->territory_code)) return std::nullopt;
    return msg::post_id_taken(id);
  };
  return read_checked_file(csv_text, check_territory, check_id);
}

PostRecord read_post_record(const std::map<std::string, std::string>& fields,
                            const std::function<bool(const std::string&)>& territory_exists) {
  CsvTable table;
  table.header = post_columns();
  CsvRow row{1, {}};
  for (const auto& column : post_columns()) {
    const auto it = fields.find(column);
    row.cells.push_back(it == fields.end() ? std::string{} : it->second);
  }
  table.rows.push_back(row);
  PostRecord record;
  RowReader reader(table, record.errors);
  record.post = read_post(reader, table.rows.front(), existence_check(territory_exists));
  for (auto& error : record.errors) error.line = 0;  // a form has no lines
  return record;
}

std::map<std::string, std::string> post_fields(const core::Post& post) {
  const auto yes_no = [](bool value) { return std::string(value ? "oui" : "non"); };
  const auto date = [](const std::optional<core::Date>& value) {
    return value ? core::format_date(*value) : std::string{};
  };
  return {{"identifiant", post.id},
          {"code_territoire", post.territory_code},
          {"porteur", std::string(core::code_of(post.employer))},
          {"etp_agent", core::format_fte(post.holder_fte)},
          {"etp_mission", core::format_fte(post.mission_fte)},
          {"cout_annuel", core::format_money_plain(post.annual_cost)},
          {"fonction", std::string(core::code_of(post.function))},
          {"niveau_diplome", std::to_string(post.qualification_level)},
          {"statut", std::string(core::code_of(post.status))},
          {"date_embauche", date(post.hiring_date)},
          {"vacant_depuis", date(post.vacant_since)},
          {"caf_associee_recrutement", yes_no(post.caf_associated_to_recruitment)},
          {"participation_reseau", yes_no(post.takes_part_in_network)},
          {"rapport_annuel_transmis", yes_no(post.annual_report_sent)}};
}

ImportReport preview_posts(store::Database& database, std::string_view csv_text,
                           const core::Actor& author) {
  PostFile file = read_post_file(database, csv_text, author);
  ImportReport report;
  report.errors = std::move(file.errors);
  if (!report.errors.empty()) return report;
  store::PostRepository posts(database);
  for (const auto& post : file.posts) {
    if (posts.exists(post.id)) {
      ++report.updated;
    } else {
      ++report.created;
    }
  }
  report.rows = static_cast<int>(file.posts.size());
  return report;
}

ImportReport import_posts(store::Database& database, std::string_view csv_text,
                          const core::Actor& author, Timestamp now) {
  ImportReport report;
  store::PostRepository posts(database);
  // Checked inside the transaction, so that what was checked is what gets written.
  store::in_transaction(database, [&] {
    PostFile file = read_post_file(database, csv_text, author);
    report.errors = std::move(file.errors);
    if (!report.errors.empty()) return;
    for (const auto& post : file.posts) {
      const auto before = posts.find(post.id);
      posts.upsert(post);
      const auto after = posts.find(post.id);
      ++(before ? report.updated : report.created);
      record_audit(
          database, author,
          {"post", post.id, "import", after->version,
           before ? std::optional(post_audit_json(*before)) : std::nullopt, post_audit_json(*after),
           before ? "Mise à jour du poste par import" : "Création du poste par import"},
          now);
    }
    report.rows = static_cast<int>(file.posts.size());
    report.applied = true;
  });
  return report;
}

}  // namespace maillage::app
