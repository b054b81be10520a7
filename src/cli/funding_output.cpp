#include "cli/funding_output.hpp"

#include <fmt/ostream.h>

#include "cli/text_table.hpp"
#include "core/messages_fr.hpp"

namespace maillage::cli {

namespace {

namespace msg = core::messages;

std::string deadline_text(const std::optional<core::Date>& deadline) {
  return deadline ? core::format_date(*deadline) : "";
}

std::string csv_cell(const std::string& text) {
  if (text.find_first_of(";\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string rules_of(const core::PostResult& result) {
  std::string rules;
  for (const auto& finding : result.findings) {
    if (finding.level == core::Level::kInfo) continue;
    rules += (rules.empty() ? "" : ",") + finding.rule_id;
  }
  return rules;
}

// What would change the finding, right under it.
void print_remedy(std::ostream& out, const core::Finding& finding) {
  if (!finding.remedy.empty()) fmt::print(out, "    → {}\n", finding.remedy);
}

}  // namespace

void print_funding_table(std::ostream& out, const app::FundingReport& report) {
  fmt::print(out, "Financement des postes de chargé de coopération au {}\n",
             core::format_date(report.date));
  for (const auto& caf : report.cafs) {
    fmt::print(out, "\n{} — {}\n", caf.caf.name, caf.doctrine->name);
    TextTable table;
    table.add_column("Poste", TextTable::Align::kLeft);
    table.add_column("Territoire", TextTable::Align::kLeft);
    table.add_column("ETP financés", TextTable::Align::kRight);
    table.add_column("Coût éligible", TextTable::Align::kRight);
    table.add_column("Financement", TextTable::Align::kRight);
    table.add_column("Verdict", TextTable::Align::kLeft);
    table.add_column("Échéance", TextTable::Align::kLeft);
    for (const auto& post : caf.result.posts) {
      const auto name = report.territory_names.find(post.territory_code);
      table.add_row({post.post_id,
                     name == report.territory_names.end() ? post.territory_code : name->second,
                     core::format_fte(post.funded_fte), core::format_money(post.eligible_cost),
                     core::format_money(post.funding), std::string(msg::label_of(post.verdict)),
                     deadline_text(post.deadline)});
      for (const auto& finding : post.findings) {
        if (finding.level == core::Level::kInfo) continue;
        table.add_note(fmt::format("• {} [{}] {}", msg::label_of(finding.level), finding.rule_id,
                                   finding.message));
      }
    }
    table.print(out);
    for (const auto& ctg : caf.result.ctgs) {
      for (const auto& finding : ctg.findings) {
        fmt::print(out, "CTG {} : [{}] {}\n", ctg.territory_code, finding.rule_id, finding.message);
      }
    }
    const auto& totals = caf.result.totals;
    fmt::print(out, "Total {} : {} postes, {} financés, {}.\n", caf.caf.name, totals.posts,
               core::format_fte_unit(totals.fte_funded), core::format_money(totals.funding));
    for (const auto& note : caf.result.notes) fmt::print(out, "Remarque : {}\n", note);
  }
  if (report.cafs.size() > 1) {
    fmt::print(out, "\nTotal général : {} postes, {} financés, {}.\n", report.totals.posts,
               core::format_fte_unit(report.totals.fte_funded),
               core::format_money(report.totals.funding));
  }
  if (report.cafs.empty()) fmt::print(out, "Aucun poste enregistré.\n");
}

void print_funding_csv(std::ostream& out, const app::FundingReport& report) {
  out << "\xEF\xBB\xBF";
  out << "caf;doctrine;identifiant;code_territoire;territoire;etp_finance;cout_eligible;"
         "financement;verdict;echeance;regles\n";
  for (const auto& caf : report.cafs) {
    for (const auto& post : caf.result.posts) {
      const auto name = report.territory_names.find(post.territory_code);
      fmt::print(out, "{};{};{};{};{};{};{};{};{};{};{}\n", caf.caf.departement, caf.doctrine->id,
                 csv_cell(post.post_id), post.territory_code,
                 csv_cell(name == report.territory_names.end() ? "" : name->second),
                 core::format_fte(post.funded_fte), core::format_money_plain(post.eligible_cost),
                 core::format_money_plain(post.funding), core::code_of(post.verdict),
                 deadline_text(post.deadline), rules_of(post));
    }
  }
}

void print_explanation(std::ostream& out, const app::PostExplanation& explanation) {
  const auto& post = explanation.post;
  const auto& result = explanation.result;
  fmt::print(out, "Poste {} — {} ({})\n", post.id, explanation.territory.name, post.territory_code);
  fmt::print(out, "{} — doctrine : {}\n", explanation.caf.name, explanation.doctrine->name);
  fmt::print(out,
             "Porteur : {} · {} · temps de travail : {} dont {} de mission · coût annuel : {} · "
             "autre fonction : {} · niveau de qualification : {}\n",
             msg::label_of(post.employer), msg::label_of(post.status),
             core::format_fte_unit(post.holder_fte), core::format_fte_unit(post.mission_fte),
             core::format_money(post.annual_cost), msg::label_of(post.function),
             post.qualification_level);
  fmt::print(out, "\nAu {} : {} — coût éligible {}, financement Caf {}{}.\n",
             core::format_date(explanation.date), msg::label_of(result.verdict),
             core::format_money(result.eligible_cost), core::format_money(result.funding),
             result.deadline ? ", échéance " + core::format_date(*result.deadline) : "");
  fmt::print(out, "\nRègles appliquées :\n");
  const auto findings = core::explained_findings(result);
  for (const auto& finding : findings) {
    fmt::print(out, "  • [{}] {} — {}\n", finding.rule_id, msg::label_of(finding.level),
               finding.message);
    print_remedy(out, finding);
    fmt::print(out, "    Source : {}\n", finding.source);
    if (const auto* rule = explanation.doctrine->rule(finding.rule_id)) {
      fmt::print(out, "    Règle : {}\n", rule->statement);
    }
  }
  if (findings.empty()) fmt::print(out, "  (aucune remarque)\n");
  for (const auto& finding : explanation.ctg_findings) {
    fmt::print(out, "  • CTG [{}] {} — {}\n", finding.rule_id, msg::label_of(finding.level),
               finding.message);
    print_remedy(out, finding);
    fmt::print(out, "    Source : {}\n", finding.source);
  }
}

}  // namespace maillage::cli
