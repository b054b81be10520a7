// The checks behind each post-level rule kind. A check returns nothing when the post satisfies
// the rule, or what the rule says about it. Thresholds and lists come from the doctrine file.
#include <algorithm>
#include <map>

#include "core/messages_fr.hpp"
#include "core/rule_context.hpp"

namespace maillage::core {

namespace {

namespace msg = messages;

RuleOutcome undefined(const DatedRule& rule, const std::string& role, const PostContext& context) {
  return RuleOutcome{msg::parameter_undefined(rule.parameter_id(role), context.date),
                     Level::kAvertissement, std::nullopt, false}
      .with_remedy(msg::remedy_parameter_undefined(rule.parameter_id(role), context.date));
}

std::optional<RuleOutcome> ctg_in_force(const DatedRule&, const PostContext& context) {
  if (context.ctg != nullptr) return std::nullopt;
  RuleOutcome outcome{msg::no_ctg_in_force(context.date)};
  // A CTG already signed for later tells what to wait for; one that has ended, what to renew.
  const Ctg* next = nullptr;
  const Ctg* ended = nullptr;
  for (const Ctg* ctg : context.ctgs) {
    if (ctg->start > context.date && next == nullptr) next = ctg;
    if (ctg->start <= context.date) ended = ctg;
  }
  const std::string& name = context.territory->name;
  if (next != nullptr) return std::move(outcome).with_remedy(msg::remedy_ctg_starts(next->start));
  if (ended != nullptr) {
    return std::move(outcome).with_remedy(
        msg::remedy_renew_ctg(name, ended->last_day(), context.date));
  }
  return std::move(outcome).with_remedy(msg::remedy_sign_ctg(name, context.date));
}

std::optional<RuleOutcome> max_total_fte(const DatedRule& rule, const PostContext& context) {
  const Fte* max = rule.parameter<Fte>("max");
  if (max == nullptr) return undefined(rule, "max", context);
  if (context.post.holder_fte.is_zero()) {
    return RuleOutcome{msg::holder_fte_zero()}.with_remedy(msg::remedy_holder_fte_zero());
  }
  if (context.post.holder_fte <= *max) return std::nullopt;
  return RuleOutcome{msg::total_fte_exceeds(context.post.holder_fte, *max)}.with_remedy(
      msg::remedy_total_fte(context.post.holder_fte, *max));
}

std::optional<RuleOutcome> mission_within_holder_fte(const DatedRule&, const PostContext& context) {
  if (context.post.mission_fte <= context.post.holder_fte) return std::nullopt;
  return RuleOutcome{msg::mission_exceeds_holder(context.post.mission_fte, context.post.holder_fte)}
      .with_remedy(
          msg::remedy_mission_exceeds_holder(context.post.mission_fte, context.post.holder_fte));
}

std::optional<RuleOutcome> min_mission_share(const DatedRule& rule, const PostContext& context) {
  const Percent* threshold = rule.parameter<Percent>("threshold");
  if (threshold == nullptr) return undefined(rule, "threshold", context);
  const Post& post = context.post;
  if (post.holder_fte.is_zero()) return std::nullopt;  // reported by max_total_fte
  // Exact comparison: mission / holder < threshold  ⇔  mission × 10000 < threshold × holder.
  const long mission_scaled = static_cast<long>(post.mission_fte.hundredths()) * 10000;
  const long threshold_scaled =
      static_cast<long>(threshold->basis_points()) * post.holder_fte.hundredths();
  if (mission_scaled >= threshold_scaled) return std::nullopt;
  // Either lever, exactly: the least mission with mission × 10000 ≥ threshold × holder, or the
  // most holder time with the same inequality (none when there is no mission time to keep).
  const Fte least_mission =
      Fte::from_hundredths(static_cast<int>((threshold_scaled + 9999) / 10000));
  std::optional<Fte> most_holder;
  if (!post.mission_fte.is_zero()) {
    most_holder =
        Fte::from_hundredths(static_cast<int>(mission_scaled / threshold->basis_points()));
  }
  return RuleOutcome{msg::mission_share_below(
                         post.mission_fte, post.holder_fte,
                         share_of(post.mission_fte.hundredths(), post.holder_fte.hundredths()),
                         *threshold)}
      .with_remedy(
          msg::remedy_mission_share(least_mission, post.holder_fte, *threshold, most_holder));
}

std::optional<RuleOutcome> min_mission_fte(const DatedRule& rule, const PostContext& context) {
  const Fte* threshold = rule.parameter<Fte>("threshold");
  if (threshold == nullptr) return undefined(rule, "threshold", context);
  if (context.post.mission_fte >= *threshold) return std::nullopt;
  return RuleOutcome{msg::mission_fte_below(context.post.mission_fte, *threshold)}.with_remedy(
      msg::remedy_mission_fte(*threshold, context.post.holder_fte));
}

bool lists(const std::vector<PostFunction>& functions, PostFunction function) {
  return std::find(functions.begin(), functions.end(), function) != functions.end();
}

std::optional<RuleOutcome> excluded_function(const DatedRule& rule, const PostContext& context) {
  if (!lists(rule.rule->functions, context.post.function)) return std::nullopt;
  return RuleOutcome{msg::function_excluded(context.post.function)}.with_remedy(
      msg::remedy_function_excluded(context.post.function));
}

std::optional<RuleOutcome> service_funded_function(const DatedRule& rule,
                                                   const PostContext& context) {
  if (!lists(rule.rule->functions, context.post.function)) return std::nullopt;
  const Post& post = context.post;
  return RuleOutcome{msg::service_funded_function(post.function, post.mission_fte)}.with_remedy(
      msg::remedy_service_funded_function(post.function, post.mission_fte, post.holder_fte));
}

std::optional<RuleOutcome> intercommunal_level(const DatedRule& rule, const PostContext& context) {
  const Territory* territory = context.territory;
  if (territory == nullptr || territory->kind == TerritoryKind::kEpci) return std::nullopt;
  const CodeList* exceptions = rule.parameter<CodeList>("exceptions");
  if (exceptions == nullptr) return undefined(rule, "exceptions", context);
  const auto excepted = [&](const std::string& code) {
    return std::find(exceptions->begin(), exceptions->end(), code) != exceptions->end();
  };
  if (excepted(territory->code)) return std::nullopt;
  if (territory->epci_code && excepted(*territory->epci_code)) {
    return RuleOutcome{msg::intercommunal_exception(territory->name, *territory->epci_code),
                       Level::kInfo, std::nullopt, false};
  }
  const Territory* epci = context.epci;
  return RuleOutcome{msg::not_intercommunal(territory->name, territory->code)}.with_remedy(
      msg::remedy_not_intercommunal(epci ? std::optional<std::string>(epci->name) : std::nullopt,
                                    territory->epci_code));
}

std::optional<RuleOutcome> derogatory_employer(const DatedRule& rule, const PostContext& context) {
  const auto& employers = rule.rule->employers;
  if (std::find(employers.begin(), employers.end(), context.post.employer) == employers.end()) {
    return std::nullopt;
  }
  return RuleOutcome{msg::derogatory_employer(context.post.employer)}.with_remedy(
      msg::remedy_derogatory_employer(context.post.employer));
}

std::optional<RuleOutcome> min_qualification(const DatedRule& rule, const PostContext& context) {
  const int* level = rule.parameter<int>("level");
  if (level == nullptr) return undefined(rule, "level", context);
  if (context.post.qualification_level >= *level) return std::nullopt;
  return RuleOutcome{msg::qualification_below(context.post.qualification_level, *level)}
      .with_remedy(msg::remedy_qualification(context.post.qualification_level, *level));
}

std::optional<RuleOutcome> caf_in_recruitment(const DatedRule&, const PostContext& context) {
  if (context.post.caf_associated_to_recruitment) return std::nullopt;
  return RuleOutcome{msg::caf_not_in_recruitment()}.with_remedy(msg::remedy_caf_in_recruitment());
}

std::optional<RuleOutcome> network_participation(const DatedRule&, const PostContext& context) {
  if (context.post.takes_part_in_network) return std::nullopt;
  return RuleOutcome{msg::no_network_participation()}.with_remedy(msg::remedy_network());
}

// The report on year N is due on 31 January of N+1 (002_5bd4bd3a1da20a3e.txt, "ATTENDUS").
std::optional<RuleOutcome> annual_report(const DatedRule&, const PostContext& context) {
  const Post& post = context.post;
  if (post.annual_report_sent) return std::nullopt;
  const int report_year = context.date.year() - 1;
  // Someone hired during the current year owes no report on the previous one.
  if (post.hiring_date && post.hiring_date->year() > report_year) return std::nullopt;
  const Date due = *Date::from_ymd(context.date.year(), 1, 31);
  if (context.date <= due) {
    return RuleOutcome{msg::annual_report_due(report_year, due), Level::kInfo, due, false}
        .with_remedy(msg::remedy_annual_report_due(report_year, due));
  }
  const Date next_due = *Date::from_ymd(context.date.year() + 1, 1, 31);
  return RuleOutcome{msg::annual_report_late(report_year, due), std::nullopt, due, false}
      .with_remedy(msg::remedy_annual_report_late(report_year, due, next_due));
}

// Funding is kept for the first N months of a vacancy: from `since` up to the day before
// since + N months. On since + N months it stops.
std::optional<RuleOutcome> vacancy(const DatedRule& rule, const PostContext& context) {
  const auto& since = context.post.vacant_since;
  if (!since || context.date < *since) return std::nullopt;
  const int* months = rule.parameter<int>("months");
  if (months == nullptr) return undefined(rule, "months", context);
  const Date limit = since->plus_months(*months);
  if (context.date < limit) {
    const Date last_day = limit.plus_days(-1);
    return RuleOutcome{msg::vacancy_funding_kept(*since, last_day, *months),
                       Level::kMiseEnConformite, last_day, false}
        .with_remedy(msg::remedy_vacancy_kept(last_day));
  }
  return RuleOutcome{msg::vacancy_funding_stopped(*since, limit, *months), Level::kExclusion,
                     std::nullopt, false}
      .with_remedy(msg::remedy_vacancy_stopped());
}

}  // namespace

std::string DatedRule::parameter_id(const std::string& role) const {
  const auto it = rule->parameters.find(role);
  return it == rule->parameters.end() ? role : it->second;
}

DatedRule date_rule(const Rule& rule, const Doctrine& doctrine, Date date) {
  DatedRule dated{&rule, rule.source.citation(), {}};
  for (const auto& [role, parameter_id] : rule.parameters) {
    const Parameter* parameter = doctrine.parameter(parameter_id);
    dated.values.emplace_back(role, parameter == nullptr ? nullptr : parameter->value_on(date));
  }
  return dated;
}

PostCheck find_post_check(const std::string& kind) {
  static const std::map<std::string, PostCheck> kChecks{
      {"ctg_in_force", &ctg_in_force},
      {"max_total_fte", &max_total_fte},
      {"mission_within_holder_fte", &mission_within_holder_fte},
      {"min_mission_share", &min_mission_share},
      {"min_mission_fte", &min_mission_fte},
      {"excluded_function", &excluded_function},
      {"service_funded_function", &service_funded_function},
      {"intercommunal_level", &intercommunal_level},
      {"derogatory_employer", &derogatory_employer},
      {"min_qualification", &min_qualification},
      {"caf_in_recruitment", &caf_in_recruitment},
      {"network_participation", &network_participation},
      {"annual_report", &annual_report},
      {"vacancy", &vacancy},
  };
  const auto it = kChecks.find(kind);
  return it == kChecks.end() ? nullptr : it->second;
}

}  // namespace maillage::core
