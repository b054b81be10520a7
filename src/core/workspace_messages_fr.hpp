#pragma once
#include <string>
#include <string_view>

// French messages of the workspace's validation: what is wrong with a field, said to the person
// who typed it (a form, a line of an imported file).
namespace maillage::core::workspace_messages {

std::string required();
std::string invalid_date(std::string_view text);
std::string invalid_time(std::string_view text);
std::string invalid_integer(std::string_view text);
std::string invalid_money(std::string_view text);
std::string invalid_percent(std::string_view text);
std::string invalid_decimal(std::string_view text);
std::string invalid_yes_no(std::string_view text);
std::string invalid_email(std::string_view text);
std::string invalid_choice(std::string_view text, std::string_view allowed);
std::string invalid_reference_format(std::string_view text);
std::string unknown_reference(std::string_view reference, std::string_view kind_label);
std::string unknown_post(std::string_view post_id);
std::string end_before_start();
std::string copil_agenda_minimum();
std::string minutes_sent_before_meeting();
std::string update_due_before_date();
std::string value_without_date();
std::string date_without_value();
std::string too_long(std::size_t max_characters);
std::string still_referred_to(std::string_view referring);
std::string reference_taken(std::string_view reference);

}  // namespace maillage::core::workspace_messages
