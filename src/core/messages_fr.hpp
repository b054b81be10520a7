#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/finding.hpp"
#include "core/fte.hpp"
#include "core/funding_result.hpp"
#include "core/money.hpp"
#include "core/post.hpp"

// Every French sentence the rules engine writes, in one place.
namespace maillage::core::messages {

std::string_view label_of(PostFunction function);
std::string_view label_of(EmployerKind employer);
std::string_view label_of(PostStatus status);
std::string_view label_of(Verdict verdict);  // "éligible", "à mettre en conformité", "exclu"
std::string_view label_of(Level level);

std::string unknown_territory(std::string_view code);
std::string no_ctg_in_force(Date date);
std::string ctg_in_force(Date start, Date end, bool renewal);
std::string total_fte_exceeds(Fte holder, Fte max);
std::string mission_exceeds_holder(Fte mission, Fte holder);
std::string holder_fte_zero();

// How the funding was computed, with every figure ("Coût proratisé au temps de mission : …").
std::string funding_explained(const FundingFigures& figures);

std::string mission_share_below(Fte mission, Fte holder, Percent share, Percent threshold);
std::string mission_fte_below(Fte mission, Fte threshold);
std::string function_excluded(PostFunction function);
std::string service_funded_function(PostFunction function, Fte mission);
std::string not_intercommunal(std::string_view territory_name, std::string_view code);
std::string intercommunal_exception(std::string_view territory_name, std::string_view epci_code);
std::string derogatory_employer(EmployerKind employer);
std::string qualification_below(int level, int minimum);
std::string caf_not_in_recruitment();
std::string no_network_participation();
std::string annual_report_due(int year, Date due);
std::string annual_report_late(int year, Date due);
std::string vacancy_funding_kept(Date since, Date last_funded_day, int months);
std::string vacancy_funding_stopped(Date since, Date limit, int months);
std::string cooperation_committee_required(int posts, std::string_view territory_name);
std::string parameter_undefined(std::string_view parameter_id, Date date);

// "What would change it": one sentence per finding that lowers or blocks funding, saying what
// concretely would lift it, with the figures ("Pour lever ce point : …").
std::string remedy_unknown_territory(std::string_view code);
std::string remedy_sign_ctg(std::string_view territory_name, Date date);
std::string remedy_renew_ctg(std::string_view territory_name, Date ended_on, Date date);
std::string remedy_ctg_starts(Date start);
std::string remedy_total_fte(Fte holder, Fte max);
std::string remedy_holder_fte_zero();
std::string remedy_mission_exceeds_holder(Fte mission, Fte holder);
// `least_mission`: the mission time that reaches the threshold; `most_holder`: the total
// working time that the current mission reaches it with (none without mission time).
std::string remedy_mission_share(Fte least_mission, Fte holder, Percent threshold,
                                 std::optional<Fte> most_holder);
std::string remedy_mission_fte(Fte threshold, Fte holder);
std::string remedy_function_excluded(PostFunction function);
std::string remedy_service_funded_function(PostFunction function, Fte mission, Fte holder);
std::string remedy_not_intercommunal(std::optional<std::string> epci_name,
                                     std::optional<std::string> epci_code);
std::string remedy_derogatory_employer(EmployerKind employer);
std::string remedy_qualification(int level, int minimum);
std::string remedy_caf_in_recruitment();
std::string remedy_network();
std::string remedy_annual_report_due(int year, Date due);
std::string remedy_annual_report_late(int year, Date due, Date next_due);
std::string remedy_vacancy_kept(Date last_funded_day);
std::string remedy_vacancy_stopped();
std::string remedy_cooperation_committee(int posts, std::string_view territory_name, int min_posts);
std::string remedy_parameter_undefined(std::string_view parameter_id, Date date);
// Appended to a hint when the engine sets the finding's deadline (end of CTG, phase).
std::string remedy_deadline(Date deadline);
// The funding formula's hint: which bound sets the amount (the ceiling or the cost) and what
// would raise it.
std::string funding_hint(const FundingFigures& figures, const FundingLimits& limits,
                         FundingStanding standing);

// Phases: what a rule that is not yet in force means for the post today.
std::string applies_at_renewal(Date ctg_end);
std::string applies_after_renewed_ctg(Date renewed_end);
std::string applies_after_future_renewed_ctg();

std::string note_past_last_checked(Date last_checked, Date date);
std::string note_before_valid_from(Date valid_from, Date date);

}  // namespace maillage::core::messages
