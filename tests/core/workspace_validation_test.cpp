#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/workspace_kind.hpp"
#include "core/workspace_messages_fr.hpp"
#include "core/workspace_validation.hpp"
#include "core/workspace_values.hpp"

namespace maillage::core {
namespace {

namespace msg = workspace_messages;
using Typed = std::map<std::string, std::string>;

const KindSpec& kind(std::string_view code) {
  const auto* spec = find_kind(code);
  if (spec == nullptr) throw std::logic_error("type de fiche introuvable : " + std::string(code));
  return *spec;
}

std::vector<std::string> fields_in_error(const CheckedRecord& checked) {
  std::vector<std::string> fields;
  for (const auto& error : checked.errors) fields.push_back(error.field);
  return fields;
}

// The one error of `checked`, which must be on `field`.
std::string only_error_on(const CheckedRecord& checked, const std::string& field) {
  EXPECT_EQ(fields_in_error(checked), std::vector<std::string>{field});
  return checked.errors.empty() ? "" : checked.errors.front().message;
}

// The fields each kind requires, filled with valid values; references point at `index`.
ReferenceIndex known_references() {
  ReferenceIndex index;
  index.add("objectif", "OBJ-001");
  index.add("action", "ACT-001");
  index.add("partenaire", "PAR-001");
  index.add("partenaire", "PAR-002");
  index.posts.insert("GARD-0012");
  return index;
}

Typed valid_action() {
  return {{"objectif", "OBJ-001"}, {"intitule", "Relais petite enfance"}, {"statut", "en_cours"}};
}

Typed valid_meeting(const std::string& instance) {
  return {{"instance", instance}, {"intitule", "COPIL 2027"}, {"date", "15/03/2027"}};
}

TEST(WorkspaceValidation, AValidRecordHasItsValuesCanonical) {
  auto typed = valid_action();
  typed["reference"] = " ACT-002 ";
  typed["budget"] = "12 000,50";
  typed["date_debut"] = "01/02/2027";
  typed["statut"] = "En cours";
  typed["partenaires"] = "PAR-002, PAR-001, PAR-002";
  const auto checked = check_record(kind("action"), typed, known_references());
  EXPECT_TRUE(checked.errors.empty()) << checked.errors.front().message;
  EXPECT_EQ(checked.reference, "ACT-002");
  EXPECT_EQ(checked.values.at("budget"), "1200050");
  EXPECT_EQ(checked.values.at("date_debut"), "2027-02-01");
  EXPECT_EQ(checked.values.at("statut"), "en_cours");
  EXPECT_EQ(checked.values.at("partenaires"), "PAR-002, PAR-001");
  EXPECT_FALSE(checked.values.contains("reference"));
  EXPECT_FALSE(checked.values.contains("date_fin")) << "empty values are absent";
}

TEST(WorkspaceValidation, EachMissingRequiredFieldHasItsError) {
  const auto checked = check_record(kind("action"), {}, known_references());
  EXPECT_EQ(fields_in_error(checked), (std::vector<std::string>{"objectif", "intitule", "statut"}));
  for (const auto& error : checked.errors) EXPECT_EQ(error.message, msg::required());

  const auto blank =
      check_record(kind("reunion"), {{"instance", "copil"}, {"intitule", "   "}}, {});
  EXPECT_EQ(fields_in_error(blank), (std::vector<std::string>{"intitule", "date"}));
}

TEST(WorkspaceValidation, EveryKindRequiresItsRequiredFields) {
  for (const auto& spec : workspace_kinds()) {
    std::vector<std::string> required;
    for (const auto& field : spec.fields) {
      if (field.required) required.emplace_back(field.code);
    }
    EXPECT_EQ(fields_in_error(check_record(spec, {}, {})), required) << spec.code;
  }
}

TEST(WorkspaceValidation, InvalidValuesAreErrorsOnTheirField) {
  auto typed = valid_action();
  typed["date_fin"] = "31/02/2027";
  typed["avancement"] = "150";
  const auto checked = check_record(kind("action"), typed, known_references());
  EXPECT_EQ(fields_in_error(checked), (std::vector<std::string>{"date_fin", "avancement"}));
  EXPECT_FALSE(checked.values.contains("date_fin"));
  EXPECT_FALSE(checked.values.contains("avancement"));
}

TEST(WorkspaceValidation, TheReferenceIsCheckedForItsFormatOnly) {
  auto typed = valid_action();
  typed["reference"] = "ACT 002";
  const auto message =
      only_error_on(check_record(kind("action"), typed, known_references()), "reference");
  EXPECT_NE(message.find("« ACT 002 »"), std::string::npos) << message;
  // Uniqueness is the store's: an existing reference is not an error here.
  typed["reference"] = "ACT-001";
  EXPECT_TRUE(check_record(kind("action"), typed, known_references()).errors.empty());
}

TEST(WorkspaceValidation, UnknownFieldCodesAreIgnored) {
  auto typed = valid_action();
  typed["colonne_en_trop"] = "n'importe quoi";
  const auto checked = check_record(kind("action"), typed, known_references());
  EXPECT_TRUE(checked.errors.empty());
  EXPECT_FALSE(checked.values.contains("colonne_en_trop"));
}

TEST(WorkspaceValidation, AnUnknownReferenceIsNamed) {
  auto typed = valid_action();
  typed["objectif"] = "OBJ-009";
  const auto message =
      only_error_on(check_record(kind("action"), typed, known_references()), "objectif");
  EXPECT_EQ(message, msg::unknown_reference("OBJ-009", "Objectif"));
  EXPECT_NE(message.find("« OBJ-009 »"), std::string::npos) << message;
}

TEST(WorkspaceValidation, AReferenceMustNameARecordOfTheTargetKind) {
  auto index = known_references();
  auto typed = valid_action();
  typed["objectif"] = "ACT-001";  // an action, not an objective
  only_error_on(check_record(kind("action"), typed, index), "objectif");
  index.add("objectif", "ACT-001");
  EXPECT_TRUE(check_record(kind("action"), typed, index).errors.empty());
}

TEST(WorkspaceValidation, EachUnknownReferenceOfAListIsNamed) {
  auto typed = valid_action();
  typed["partenaires"] = "PAR-001, PAR-007, PAR-002, PAR-008";
  const auto checked = check_record(kind("action"), typed, known_references());
  ASSERT_EQ(fields_in_error(checked), (std::vector<std::string>{"partenaires", "partenaires"}));
  EXPECT_EQ(checked.errors[0].message, msg::unknown_reference("PAR-007", "Partenaire"));
  EXPECT_EQ(checked.errors[1].message, msg::unknown_reference("PAR-008", "Partenaire"));
}

TEST(WorkspaceValidation, ReferencesAddedDuringAnImportAreKnown) {
  ReferenceIndex index;
  index.add("objectif", "OBJ-NOUVEAU");
  EXPECT_TRUE(index.has("objectif", "OBJ-NOUVEAU"));
  EXPECT_FALSE(index.has("objectif", "OBJ-001"));
  EXPECT_FALSE(index.has("action", "OBJ-NOUVEAU"));
  auto typed = valid_action();
  typed["objectif"] = "OBJ-NOUVEAU";
  EXPECT_TRUE(check_record(kind("action"), typed, index).errors.empty());
}

TEST(WorkspaceValidation, PostReferencesAreCheckedAgainstThePostsOfTheCaf) {
  const Typed typed{{"intitule", "Réseau départemental"},
                    {"date", "10/02/2027"},
                    {"postes_presents", "GARD-0012, GARD-0099"}};
  auto index = known_references();
  const auto message =
      only_error_on(check_record(kind("reunion_reseau"), typed, index), "postes_presents");
  EXPECT_EQ(message, msg::unknown_post("GARD-0099"));
  // A record that happens to carry the reference is not a post.
  index.add("poste", "GARD-0099");
  only_error_on(check_record(kind("reunion_reseau"), typed, index), "postes_presents");
  index.posts.insert("GARD-0099");
  EXPECT_TRUE(check_record(kind("reunion_reseau"), typed, index).errors.empty());
}

TEST(WorkspaceValidation, AnyTargetAcceptsARecordOfAnyKind) {
  const auto& comment = kind("commentaire");
  ASSERT_EQ(comment.field("sujet")->target, kAnyTarget);
  const auto index = known_references();
  for (const char* known : {"OBJ-001", "ACT-001", "PAR-002"}) {
    EXPECT_TRUE(check_record(comment, {{"texte", "Vu"}, {"sujet", known}}, index).errors.empty())
        << known;
  }
  const auto message =
      only_error_on(check_record(comment, {{"texte", "Vu"}, {"sujet", "XYZ-1"}}, index), "sujet");
  EXPECT_EQ(message, msg::unknown_reference("XYZ-1", "fiche"));
  // A post is not a record of the workspace.
  only_error_on(check_record(comment, {{"texte", "Vu"}, {"sujet", "GARD-0012"}}, index), "sujet");
}

TEST(WorkspaceValidation, AnActionEndsAfterItStarts) {
  auto typed = valid_action();
  typed["date_debut"] = "01/06/2027";
  typed["date_fin"] = "31/05/2027";
  EXPECT_EQ(only_error_on(check_record(kind("action"), typed, known_references()), "date_fin"),
            msg::end_before_start());
  typed["date_fin"] = "01/06/2027";
  EXPECT_TRUE(check_record(kind("action"), typed, known_references()).errors.empty());
  typed.erase("date_debut");
  typed["date_fin"] = "01/01/2020";
  EXPECT_TRUE(check_record(kind("action"), typed, known_references()).errors.empty());
}

TEST(WorkspaceValidation, ACopilAgendaHasAtLeastBilanAndPerspectives) {
  auto typed = valid_meeting("copil");
  typed["ordre_du_jour"] = "Tour de table\nQuestions diverses";
  EXPECT_EQ(only_error_on(check_record(kind("reunion"), typed, {}), "ordre_du_jour"),
            msg::copil_agenda_minimum());
  typed["ordre_du_jour"] = "Bilan 2026";
  only_error_on(check_record(kind("reunion"), typed, {}), "ordre_du_jour");
  typed["ordre_du_jour"] = "Perspectives 2027";
  only_error_on(check_record(kind("reunion"), typed, {}), "ordre_du_jour");
  for (const char* agenda : {"Bilan + perspectives", "1. BILAN 2026\n2. PERSPECTIVES 2027",
                             "Bilan de l'année et perspective"}) {
    typed["ordre_du_jour"] = agenda;
    EXPECT_TRUE(check_record(kind("reunion"), typed, {}).errors.empty()) << agenda;
  }
  // An agenda not yet written is not refused: the checklist shows it is missing.
  typed.erase("ordre_du_jour");
  EXPECT_TRUE(check_record(kind("reunion"), typed, {}).errors.empty());
}

TEST(WorkspaceValidation, OtherMeetingsHaveAFreeAgenda) {
  for (const char* instance :
       {"comite_technique", "groupe_travail", "commission_thematique", "comite_charges"}) {
    auto typed = valid_meeting(instance);
    typed["ordre_du_jour"] = "Tour de table";
    EXPECT_TRUE(check_record(kind("reunion"), typed, {}).errors.empty()) << instance;
  }
}

TEST(WorkspaceValidation, MinutesAreNotSentBeforeTheMeeting) {
  auto typed = valid_meeting("comite_technique");
  typed["compte_rendu_envoye_le"] = "14/03/2027";
  EXPECT_EQ(only_error_on(check_record(kind("reunion"), typed, {}), "compte_rendu_envoye_le"),
            msg::minutes_sent_before_meeting());
  for (const char* sent : {"15/03/2027", "16/03/2027"}) {
    typed["compte_rendu_envoye_le"] = sent;
    EXPECT_TRUE(check_record(kind("reunion"), typed, {}).errors.empty()) << sent;
  }
}

TEST(WorkspaceValidation, ADiagnosticUpdateIsDueAfterItsDate) {
  Typed typed{{"type", "abs"}, {"intitule", "ABS 2026"}, {"date", "01/01/2026"}};
  for (const char* due : {"01/01/2026", "31/12/2025"}) {
    typed["prochaine_mise_a_jour"] = due;
    EXPECT_EQ(only_error_on(check_record(kind("diagnostic"), typed, {}), "prochaine_mise_a_jour"),
              msg::update_due_before_date())
        << due;
  }
  typed["prochaine_mise_a_jour"] = "02/01/2026";
  EXPECT_TRUE(check_record(kind("diagnostic"), typed, {}).errors.empty());
  typed.erase("date");
  typed["prochaine_mise_a_jour"] = "01/01/2020";
  EXPECT_TRUE(check_record(kind("diagnostic"), typed, {}).errors.empty());
}

TEST(WorkspaceValidation, AnIndicatorValueComesWithItsDate) {
  const Typed base{{"action", "ACT-001"}, {"intitule", "Familles accueillies"}};
  const auto index = known_references();
  auto typed = base;
  typed["valeur"] = "12,5";
  EXPECT_EQ(only_error_on(check_record(kind("indicateur"), typed, index), "date_valeur"),
            msg::value_without_date());
  typed = base;
  typed["date_valeur"] = "31/12/2026";
  EXPECT_EQ(only_error_on(check_record(kind("indicateur"), typed, index), "valeur"),
            msg::date_without_value());
  typed["valeur"] = "0";
  const auto checked = check_record(kind("indicateur"), typed, index);
  EXPECT_TRUE(checked.errors.empty());
  EXPECT_EQ(checked.values.at("valeur"), "0");
  EXPECT_TRUE(check_record(kind("indicateur"), base, index).errors.empty());
}

// The kinds are data: these are the invariants the generic form, store and import rely on.
TEST(WorkspaceKinds, EveryKindIsWellFormed) {
  const auto& kinds = workspace_kinds();
  ASSERT_FALSE(kinds.empty());
  std::set<std::string_view> codes;
  std::set<std::string_view> prefixes;
  for (const auto& spec : kinds) {
    SCOPED_TRACE(std::string(spec.code));
    EXPECT_TRUE(codes.insert(spec.code).second) << "code en double";
    EXPECT_FALSE(spec.prefix.empty());
    EXPECT_TRUE(prefixes.insert(spec.prefix).second) << "préfixe en double : " << spec.prefix;
    EXPECT_TRUE(valid_reference(std::string(spec.prefix) + "-001")) << spec.prefix;
    EXPECT_FALSE(spec.label.empty());
    EXPECT_FALSE(spec.plural.empty());
    EXPECT_FALSE(spec.writers.empty());
    EXPECT_FALSE(spec.source.file.empty());
    EXPECT_FALSE(spec.source.quote.empty());
    EXPECT_EQ(find_kind(spec.code), &spec);

    ASSERT_FALSE(spec.fields.empty());
    EXPECT_EQ(spec.fields.front().code, kReferenceField);
    std::set<std::string_view> field_codes;
    for (const auto& field : spec.fields) {
      SCOPED_TRACE(std::string(field.code));
      EXPECT_TRUE(field_codes.insert(field.code).second) << "champ en double";
      EXPECT_NE(field.code, kVersionField) << "colonne réservée aux fichiers exportés";
      EXPECT_FALSE(field.label.empty());
      EXPECT_EQ(spec.field(field.code), &field);
      if (field.type == FieldType::kChoice) {
        EXPECT_FALSE(field.choices.empty());
        std::set<std::string_view> choice_codes;
        for (const auto& choice : field.choices) {
          EXPECT_TRUE(choice_codes.insert(choice.code).second) << choice.code;
          EXPECT_FALSE(choice.label.empty()) << choice.code;
          // Typed codes are lowered before they are compared: a code must be lower-case.
          EXPECT_TRUE(std::all_of(choice.code.begin(), choice.code.end(), [](char c) {
            return std::islower(static_cast<unsigned char>(c)) != 0 || c == '_';
          })) << choice.code;
        }
      } else {
        EXPECT_TRUE(field.choices.empty());
      }
      if (field.type == FieldType::kReference || field.type == FieldType::kReferences) {
        EXPECT_TRUE(field.target == kPostTarget || field.target == kAnyTarget ||
                    find_kind(field.target) != nullptr)
            << "cible inconnue : " << field.target;
      } else {
        EXPECT_TRUE(field.target.empty()) << field.target;
      }
    }
    EXPECT_NE(spec.field(spec.title_field), nullptr) << "title_field " << spec.title_field;
    if (!spec.date_field.empty()) {
      ASSERT_NE(spec.field(spec.date_field), nullptr) << "date_field " << spec.date_field;
      EXPECT_EQ(spec.field(spec.date_field)->type, FieldType::kDate) << spec.date_field;
    }
    EXPECT_EQ(spec.field("absent"), nullptr);
  }
  EXPECT_EQ(find_kind("inconnu"), nullptr);
}

TEST(WorkspaceKinds, TheCafNetworkMeetingsAreTheCafsOwn) {
  const auto& network = kind("reunion_reseau");
  EXPECT_EQ(network.level, WorkspaceLevel::kCaf);
  EXPECT_TRUE(network.writable_by(Role::kAgentCaf));
  EXPECT_FALSE(network.writable_by(Role::kChargeCooperation));
  for (const auto& spec : workspace_kinds()) {
    EXPECT_FALSE(spec.writable_by(Role::kElu)) << spec.code << " : un élu lit, n'écrit pas";
  }
}

}  // namespace
}  // namespace maillage::core
