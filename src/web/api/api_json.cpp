#include "web/api/api_json.hpp"

#include "core/messages_fr.hpp"
#include "web/api/api_support.hpp"

namespace maillage::web::api {

using nlohmann::json;

json post_record_json(const core::Post& post) {
  return {{"identifiant", post.id},
          {"code_territoire", post.territory_code},
          {"porteur", core::code_of(post.employer)},
          {"etp_agent_centiemes", post.holder_fte.hundredths()},
          {"etp_mission_centiemes", post.mission_fte.hundredths()},
          {"cout_annuel_centimes", post.annual_cost.cents()},
          {"fonction", core::code_of(post.function)},
          {"niveau_diplome", post.qualification_level},
          {"statut", core::code_of(post.status)},
          {"date_embauche", iso_or_null(post.hiring_date)},
          {"vacant_depuis", iso_or_null(post.vacant_since)},
          {"caf_associee_recrutement", post.caf_associated_to_recruitment},
          {"participation_reseau", post.takes_part_in_network},
          {"rapport_annuel_transmis", post.annual_report_sent},
          {"cloture_le", iso_or_null(post.closed_on)},
          {"version", post.version}};
}

json funding_summary_json(const core::PostResult& result, core::Date date) {
  return {{"date", core::format_iso_date(date)},
          {"verdict", core::code_of(result.verdict)},
          {"verdict_libelle", core::messages::label_of(result.verdict)},
          {"financement_centimes", result.funding.cents()},
          {"cout_eligible_centimes", result.eligible_cost.cents()},
          {"etp_finance_centiemes", result.funded_fte.hundredths()},
          {"echeance", iso_or_null(result.deadline)},
          {"ctg_id", result.ctg_id ? json(*result.ctg_id) : json(nullptr)}};
}

json post_json(const core::Post& post, const app::PortfolioSnapshot& snapshot) {
  json out = post_record_json(post);
  const core::Territory* territory = snapshot.territory(post.territory_code);
  out["territoire_nom"] = territory ? territory->name : post.territory_code;
  const core::PostResult* result = snapshot.result_of(post.id);
  out["financement"] = result ? funding_summary_json(*result, snapshot.date()) : json(nullptr);
  return out;
}

json finding_json(const core::Finding& finding) {
  return {{"regle", finding.rule_id},
          {"niveau", core::code_of(finding.level)},
          {"niveau_libelle", core::messages::label_of(finding.level)},
          {"message", finding.message},
          {"source", finding.source},
          {"echeance", iso_or_null(finding.deadline)},
          {"piste", finding.remedy.empty() ? json(nullptr) : json(finding.remedy)}};
}

json findings_json(const std::vector<core::Finding>& findings) {
  json list = json::array();
  for (const auto& finding : findings) list.push_back(finding_json(finding));
  return list;
}

json ctg_record_json(const core::Ctg& ctg) {
  return {{"id", ctg.id},
          {"code_territoire", ctg.territory_code},
          {"date_debut", core::format_iso_date(ctg.start)},
          {"date_fin", core::format_iso_date(ctg.end)},
          {"renouvellement", ctg.renewal},
          {"signataires", ctg.signatories},
          {"thematiques", ctg.themes},
          {"cloture_le", iso_or_null(ctg.closed_on)},
          {"version", ctg.version}};
}

json ctg_json(const core::Ctg& ctg, const app::PortfolioSnapshot& snapshot, core::Date today) {
  json out = ctg_record_json(ctg);
  const core::Territory* territory = snapshot.territory(ctg.territory_code);
  out["territoire_nom"] = territory ? territory->name : ctg.territory_code;
  out["dernier_jour"] = core::format_iso_date(ctg.last_day());
  out["en_vigueur"] = ctg.in_force_on(today);
  return out;
}

json territory_json(const core::Territory& territory) {
  const bool epci = territory.kind == core::TerritoryKind::kEpci;
  return {{"code", territory.code},
          {"nom", territory.name},
          {"nature", epci ? "epci" : "commune"},
          {"type_epci",
           epci && !territory.epci_type.empty() ? json(territory.epci_type) : json(nullptr)},
          {"departement", territory.departement},
          {"population", territory.population},
          {"epci", territory.epci_code ? json(*territory.epci_code) : json(nullptr)}};
}

json totals_json(const app::PortfolioSelection& selection) {
  return {{"postes", selection.rows.size()},
          {"etp_mission_centiemes", selection.mission_fte.hundredths()},
          {"etp_finance_centiemes", selection.funded_fte.hundredths()},
          {"cout_annuel_centimes", selection.cost.cents()},
          {"financement_centimes", selection.funding.cents()},
          {"eligibles", selection.eligible},
          {"a_mettre_en_conformite", selection.to_fix},
          {"exclus", selection.excluded}};
}

}  // namespace maillage::web::api
