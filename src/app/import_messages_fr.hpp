#pragma once
#include <string>
#include <string_view>
#include <vector>

// Every French sentence the imports write, in one place.
namespace maillage::app::import_messages {

std::string missing_column(std::string_view column);
std::string unknown_column(std::string_view column, const std::vector<std::string>& expected);
std::string wrong_width(std::size_t cells, std::size_t expected);
std::string required(std::string_view column);
std::string bad_fte(std::string_view value);
std::string bad_money(std::string_view value);
std::string bad_date(std::string_view value);
std::string bad_yes_no(std::string_view value);
std::string bad_integer(std::string_view value, int min, int max);
std::string bad_choice(std::string_view value, const std::vector<std::string>& allowed);
std::string unreadable_file(std::string_view path);
std::string no_rows();

std::string duplicate_id(std::string_view id, int first_line);
std::string unknown_territory(std::string_view code);
std::string holder_fte_range(std::string_view value);
std::string mission_fte_zero();
std::string mission_above_holder(std::string_view mission, std::string_view holder);
std::string cost_not_positive();
std::string end_before_start(std::string_view start, std::string_view end);
std::string overlapping_ctg(std::string_view territory, std::string_view other_start,
                            std::string_view other_end, std::string_view where);
// Forms and the API (no line, no column in the sentence).
std::string required();
std::string invalid_date(std::string_view value);
std::string post_id_taken(std::string_view id);
std::string territory_not_in_perimeter(std::string_view code);

std::string vacancy_before_hiring(std::string_view vacant, std::string_view hired);

// CTG forms and the API.
std::string closing_outside_period(std::string_view start, std::string_view end);
std::string closed_outside_new_period(std::string_view closed_on);
std::string too_many_entries(std::string_view what, std::size_t max);
std::string entry_too_long(std::size_t line, std::size_t length, std::size_t max);

// Files sent through the import page.
std::string empty_file();
std::string not_a_csv_name(std::string_view filename);
std::string spreadsheet_not_csv();
std::string unexpected_content_type(std::string_view content_type);
std::string no_file_chosen();
std::string unknown_import_kind();
std::string file_altered();

}  // namespace maillage::app::import_messages
