#pragma once
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

// Phases: what a rule that is not yet in force means for the post today.
std::string applies_at_renewal(Date ctg_end);
std::string applies_after_renewed_ctg(Date renewed_end);
std::string applies_after_future_renewed_ctg();

std::string note_past_last_checked(Date last_checked, Date date);
std::string note_before_valid_from(Date valid_from, Date date);

}  // namespace maillage::core::messages
