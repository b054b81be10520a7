#pragma once
#include <string>
#include <string_view>

// The French messages of the redeployment form and of saved scenarios (the method and the
// refusals of the proposal itself are in core/redeployment_messages_fr).
namespace maillage::app::redeployment_messages {

std::string required();
std::string negative(std::string_view value, std::string_view what);
std::string too_many_decimals(std::string_view value, std::string_view what);
std::string not_a_number(std::string_view value, std::string_view example);
std::string too_large(std::string_view value, std::string_view maximum);
std::string bad_date(std::string_view value);
std::string bad_choice(std::string_view value);
std::string no_cost_per_fte(std::string_view basis);
std::string budget_too_small(std::string_view budget, std::string_view cost);
std::string name_too_long(std::size_t length, std::size_t maximum);
std::string unknown_territory(std::string_view code);

std::string scenario_created(std::string_view name);
std::string scenario_updated(std::string_view name);
std::string scenario_deleted(std::string_view name);

}  // namespace maillage::app::redeployment_messages
