#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/decimal.hpp"
#include "core/money.hpp"
#include "core/workspace_kind.hpp"
#include "core/workspace_values.hpp"

namespace maillage::core {
namespace {

const std::string kNbsp = "\xC2\xA0";

FieldSpec field_of(FieldType type) {
  return {"champ", "Champ", type};
}

// A real field of the shipped kinds: choices and reference targets come with it.
const FieldSpec& kind_field(std::string_view kind, std::string_view field) {
  const auto* spec = find_kind(kind);
  if (spec == nullptr || spec->field(field) == nullptr) {
    throw std::logic_error(std::string(kind) + "." + std::string(field) + " introuvable");
  }
  return *spec->field(field);
}

// Checks that `typed` reads into `canonical` without error.
void expect_canonical(const FieldSpec& field, std::string_view typed, std::string_view canonical) {
  const auto parsed = parse_value(field, typed);
  EXPECT_FALSE(parsed.error.has_value()) << "« " << typed << " » : " << parsed.error.value_or("");
  EXPECT_EQ(parsed.canonical, canonical) << "« " << typed << " »";
}

// Checks that `typed` is refused, with a message quoting it and no value kept.
void expect_refused(const FieldSpec& field, std::string_view typed) {
  const auto parsed = parse_value(field, typed);
  ASSERT_TRUE(parsed.error.has_value()) << "« " << typed << " » accepté : " << parsed.canonical;
  EXPECT_TRUE(parsed.canonical.empty()) << typed;
  EXPECT_FALSE(parsed.error->empty()) << typed;
}

TEST(WorkspaceValues, EmptyOrBlankTextIsAnEmptyValueForEveryType) {
  for (const auto type :
       {FieldType::kText, FieldType::kLongText, FieldType::kDate, FieldType::kTime,
        FieldType::kInteger, FieldType::kMoney, FieldType::kPercent, FieldType::kDecimal,
        FieldType::kYesNo, FieldType::kChoice, FieldType::kEmail, FieldType::kReference,
        FieldType::kReferences}) {
    for (const char* blank : {"", "   ", "\t\n"}) {
      const auto parsed = parse_value(field_of(type), blank);
      EXPECT_FALSE(parsed.error.has_value()) << static_cast<int>(type);
      EXPECT_EQ(parsed.canonical, "") << static_cast<int>(type);
    }
  }
}

TEST(WorkspaceValues, TextIsTrimmedAndKeptOnOneLine) {
  const auto text = field_of(FieldType::kText);
  expect_canonical(text, "  Réunion des élus  ", "Réunion des élus");
  expect_refused(text, "ligne 1\nligne 2");
  expect_canonical(text, std::string(300, 'a'), std::string(300, 'a'));
  expect_refused(text, std::string(301, 'a'));
  // Counted in characters, not bytes: 300 « é » fit.
  std::string accents;
  for (int i = 0; i < 300; ++i) accents += "é";
  expect_canonical(text, accents, accents);
}

TEST(WorkspaceValues, LongTextKeepsItsParagraphs) {
  const auto text = field_of(FieldType::kLongText);
  expect_canonical(text, "Bilan 2026\n\nPerspectives 2027\n", "Bilan 2026\n\nPerspectives 2027");
  expect_refused(text, std::string(20001, 'a'));
}

TEST(WorkspaceValues, DatesAreStoredIso) {
  const auto date = field_of(FieldType::kDate);
  expect_canonical(date, "31/01/2027", "2027-01-31");
  expect_canonical(date, "2027-01-31", "2027-01-31");
  expect_canonical(date, " 29/02/2028 ", "2028-02-29");
  for (const char* bad : {"31/02/2027", "29/02/2027", "1/1/2027", "2027/01/31", "demain",
                          "31-01-2027", "00/01/2027", "01/13/2027"}) {
    expect_refused(date, bad);
  }
  EXPECT_NE(parse_value(date, "31/02/2027").error->find("« 31/02/2027 »"), std::string::npos);
}

TEST(WorkspaceValues, TimesAreStoredHhMm) {
  const auto time = field_of(FieldType::kTime);
  expect_canonical(time, "14h30", "14:30");
  expect_canonical(time, "14H30", "14:30");
  expect_canonical(time, "14:30", "14:30");
  expect_canonical(time, "9h", "09:00");
  expect_canonical(time, "9:05", "09:05");
  expect_canonical(time, "00:00", "00:00");
  expect_canonical(time, "23:59", "23:59");
  for (const char* bad :
       {"25:00", "24:00", "14:60", "14:5", "14", "quatorze heures", "-1:30", "14:30:00", ":30"}) {
    expect_refused(time, bad);
  }
  EXPECT_NE(parse_value(time, "25:00").error->find("« 25:00 »"), std::string::npos);
}

TEST(WorkspaceValues, IntegersAreWholeAndNotNegative) {
  const auto integer = field_of(FieldType::kInteger);
  expect_canonical(integer, "12", "12");
  expect_canonical(integer, "0", "0");
  expect_canonical(integer, "1 000", "1000");
  expect_canonical(integer, "1" + kNbsp + "000", "1000");
  for (const char* bad : {"-1", "1,5", "douze", "1000000001", "12 personnes"}) {
    expect_refused(integer, bad);
  }
}

TEST(WorkspaceValues, MoneyIsStoredInCents) {
  const auto money = field_of(FieldType::kMoney);
  expect_canonical(money, "12 000,50", "1200050");
  expect_canonical(money, "12000", "1200000");
  expect_canonical(money, "12 000 €", "1200000");
  expect_canonical(money, "0,5", "50");
  for (const char* bad : {"-5", "12,345", "douze euros", "1,2,3", ",5"}) {
    expect_refused(money, bad);
  }
}

TEST(WorkspaceValues, DecimalsAreStoredInHundredths) {
  const auto decimal = field_of(FieldType::kDecimal);
  expect_canonical(decimal, "12,5", "1250");
  expect_canonical(decimal, "12.5", "1250");
  expect_canonical(decimal, "-3", "-300");
  expect_canonical(decimal, "0", "0");
  expect_canonical(decimal, "1 250,75", "125075");
  for (const char* bad : {"12,345", "douze", "1,2,3", "12 %", ",", "-"}) {
    expect_refused(decimal, bad);
  }
}

TEST(WorkspaceValues, PercentsAreWholeFromZeroToOneHundred) {
  const auto percent = field_of(FieldType::kPercent);
  expect_canonical(percent, "40 %", "40");
  expect_canonical(percent, "40%", "40");
  expect_canonical(percent, "40" + kNbsp + "%", "40");
  expect_canonical(percent, "0", "0");
  expect_canonical(percent, "100", "100");
  for (const char* bad : {"101", "-1", "40,5", "quarante", "%"}) expect_refused(percent, bad);
}

TEST(WorkspaceValues, YesNoAcceptsTheUsualSpellings) {
  const auto yes_no = field_of(FieldType::kYesNo);
  for (const char* yes : {"oui", "Oui", "OUI", "o", "1", "vrai"}) {
    expect_canonical(yes_no, yes, "oui");
  }
  for (const char* no : {"non", "NON", "n", "0", "faux"}) expect_canonical(yes_no, no, "non");
  for (const char* bad : {"peut-être", "yes", "2"}) expect_refused(yes_no, bad);
}

TEST(WorkspaceValues, EmailsArePlausibleAddresses) {
  const auto email = field_of(FieldType::kEmail);
  expect_canonical(email, " marie.dupont@caf.fr ", "marie.dupont@caf.fr");
  expect_canonical(email, "Marie.Dupont@Gard.gouv.fr", "Marie.Dupont@Gard.gouv.fr");
  for (const char* bad : {"marie.dupont", "marie@caf", "@caf.fr", "marie@@caf.fr",
                          "marie@caf@gard.fr", "marie dupont@caf.fr", "marie@caf.", "marie@.fr"}) {
    expect_refused(email, bad);
  }
}

TEST(WorkspaceValues, ChoicesAreReadByCodeOrByLabel) {
  const auto& status = kind_field("action", "statut");
  expect_canonical(status, "en_cours", "en_cours");
  expect_canonical(status, "EN_COURS", "en_cours");
  expect_canonical(status, "En cours", "en_cours");
  expect_canonical(status, "À lancer", "a_lancer");
  expect_canonical(status, "Abandonnée", "abandonnee");
  const auto refused = parse_value(status, "terminée");
  ASSERT_TRUE(refused.error.has_value());
  EXPECT_NE(refused.error->find("« terminée »"), std::string::npos) << *refused.error;
  // The message lists the codes a file may carry.
  EXPECT_NE(refused.error->find("a_lancer, en_cours, realisee, reportee, abandonnee"),
            std::string::npos)
      << *refused.error;
}

TEST(WorkspaceValues, ReferencesAreDeduplicatedInTheirOrder) {
  const auto& partners = kind_field("action", "partenaires");
  expect_canonical(partners, "A-1, B-2, A-1", "A-1, B-2");
  expect_canonical(partners, "A-1;B-2", "A-1, B-2");
  expect_canonical(partners, " PAR-003 ,, PAR-001 ", "PAR-003, PAR-001");
  expect_refused(partners, "PAR-001, PÂR-002");
  expect_refused(partners, "PAR 001");
  const auto refused = parse_value(partners, "PAR-001, Élus");
  ASSERT_TRUE(refused.error.has_value());
  EXPECT_NE(refused.error->find("« Élus »"), std::string::npos) << *refused.error;
}

TEST(WorkspaceValues, ASingleReferenceFieldTakesOneReference) {
  const auto& objective = kind_field("action", "objectif");
  expect_canonical(objective, "OBJ-001", "OBJ-001");
  expect_canonical(objective, "OBJ-001, OBJ-001", "OBJ-001");
  expect_refused(objective, "OBJ-001, OBJ-002");
  expect_refused(objective, "OBJ-É");
}

TEST(WorkspaceValues, ValidReferences) {
  for (const char* good : {"ACT-001", "a_b.c", "GARD-0012", "X"}) {
    EXPECT_TRUE(valid_reference(good)) << good;
  }
  EXPECT_TRUE(valid_reference(std::string(30, 'A')));
  for (const char* bad : {"", "ACT 001", "ÉLU-1", "ACT/001", "ACT,001"}) {
    EXPECT_FALSE(valid_reference(bad)) << bad;
  }
  EXPECT_FALSE(valid_reference(std::string(31, 'A')));
}

TEST(WorkspaceValues, EditableTextIsWhatFilesAndFormsCarry) {
  EXPECT_EQ(editable_text(field_of(FieldType::kDate), "2027-01-31"), "31/01/2027");
  EXPECT_EQ(editable_text(field_of(FieldType::kMoney), "1200050"), "12000,50");
  EXPECT_EQ(editable_text(field_of(FieldType::kMoney), "1200000"), "12000");
  EXPECT_EQ(editable_text(field_of(FieldType::kDecimal), "1250"), "12,5");
  EXPECT_EQ(editable_text(field_of(FieldType::kDecimal), "-300"), "-3");
  EXPECT_EQ(editable_text(field_of(FieldType::kDecimal), "125075"), "1250,75");
  EXPECT_EQ(editable_text(field_of(FieldType::kPercent), "40"), "40");
  EXPECT_EQ(editable_text(field_of(FieldType::kYesNo), "oui"), "oui");
  EXPECT_EQ(editable_text(kind_field("action", "statut"), "en_cours"), "en_cours");
  EXPECT_EQ(editable_text(field_of(FieldType::kDate), ""), "");
}

// What is exported re-imports unchanged: editable_text(parse(x)) parses to the same canonical.
TEST(WorkspaceValues, EditableTextRoundTrips) {
  const std::vector<std::pair<FieldSpec, std::string>> typed{
      {field_of(FieldType::kText), "Réunion des élus"},
      {field_of(FieldType::kLongText), "Bilan\n\nPerspectives"},
      {field_of(FieldType::kDate), "31/01/2027"},
      {field_of(FieldType::kDate), "2028-02-29"},
      {field_of(FieldType::kTime), "14h30"},
      {field_of(FieldType::kTime), "9h"},
      {field_of(FieldType::kInteger), "1 000"},
      {field_of(FieldType::kMoney), "12 000,50"},
      {field_of(FieldType::kMoney), "12 000 €"},
      {field_of(FieldType::kMoney), "0,05"},
      {field_of(FieldType::kPercent), "40 %"},
      {field_of(FieldType::kDecimal), "12,5"},
      {field_of(FieldType::kDecimal), "-3"},
      {field_of(FieldType::kDecimal), "-0,05"},
      {field_of(FieldType::kDecimal), "1 250,75"},
      {field_of(FieldType::kYesNo), "Vrai"},
      {field_of(FieldType::kEmail), "marie.dupont@caf.fr"},
      {kind_field("action", "statut"), "En cours"},
      {kind_field("action", "partenaires"), "A-1, B-2, A-1"},
      {kind_field("action", "objectif"), "OBJ-001"},
  };
  for (const auto& [field, text] : typed) {
    const auto first = parse_value(field, text);
    ASSERT_FALSE(first.error.has_value()) << text << " : " << *first.error;
    const std::string edited = editable_text(field, first.canonical);
    const auto second = parse_value(field, edited);
    EXPECT_FALSE(second.error.has_value()) << text << " → " << edited;
    EXPECT_EQ(second.canonical, first.canonical) << text << " → " << edited;
  }
}

TEST(WorkspaceValues, DisplayTextIsTheFrenchWayOfWritingIt) {
  EXPECT_EQ(display_text(field_of(FieldType::kMoney), "1200050"),
            "12" + kNbsp + "000,50" + kNbsp + "€");
  EXPECT_EQ(display_text(field_of(FieldType::kMoney), "1200050"),
            format_money(Money::from_cents(1200050)));
  EXPECT_EQ(display_text(field_of(FieldType::kPercent), "40"), "40" + kNbsp + "%");
  EXPECT_EQ(display_text(field_of(FieldType::kDecimal), "125075"), "1" + kNbsp + "250,75");
  EXPECT_EQ(display_text(field_of(FieldType::kDate), "2027-01-31"), "31/01/2027");
  EXPECT_EQ(display_text(field_of(FieldType::kTime), "14:30"), "14:30");
  EXPECT_EQ(display_text(field_of(FieldType::kYesNo), "oui"), "oui");
  EXPECT_EQ(display_text(kind_field("action", "statut"), "en_cours"), "En cours");
  EXPECT_EQ(display_text(kind_field("objectif", "thematique"), "education"), "Éducation");
  // A code the kind no longer knows is shown as it is rather than hidden.
  EXPECT_EQ(display_text(kind_field("action", "statut"), "ancien_code"), "ancien_code");
  EXPECT_EQ(display_text(field_of(FieldType::kMoney), ""), "");
}

TEST(WorkspaceValues, ChoiceLabelFallsBackOnTheCode) {
  const auto& status = kind_field("action", "statut");
  EXPECT_EQ(choice_label(status, "realisee"), "Réalisée");
  EXPECT_EQ(choice_label(status, "inconnu"), "inconnu");
}

TEST(Decimal, FormatsTheFrenchWay) {
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(1250)), "12,5");
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(1200)), "12");
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(125075)), "1" + kNbsp + "250,75");
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(-300)), "-3");
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(5)), "0,05");
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(-5)), "-0,05");
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(0)), "0");
  EXPECT_EQ(format_decimal(Decimal::from_hundredths(123456789)),
            "1" + kNbsp + "234" + kNbsp + "567,89");
  EXPECT_EQ(format_decimal_plain(Decimal::from_hundredths(125075)), "1250,75");
  EXPECT_EQ(format_decimal_plain(Decimal::from_hundredths(-125070)), "-1250,7");
}

TEST(Decimal, ParsesWhatPeopleType) {
  EXPECT_EQ(parse_decimal("12"), Decimal::from_hundredths(1200));
  EXPECT_EQ(parse_decimal("-3"), Decimal::from_hundredths(-300));
  EXPECT_EQ(parse_decimal("12,5"), Decimal::from_hundredths(1250));
  EXPECT_EQ(parse_decimal("12.5"), Decimal::from_hundredths(1250));
  EXPECT_EQ(parse_decimal("12,05"), Decimal::from_hundredths(1205));
  EXPECT_EQ(parse_decimal("1 250,75"), Decimal::from_hundredths(125075));
  EXPECT_EQ(parse_decimal("1" + kNbsp + "250,75"), Decimal::from_hundredths(125075));
  EXPECT_EQ(parse_decimal(" 7 "), Decimal::from_hundredths(700));
  EXPECT_EQ(parse_decimal("-0,5"), Decimal::from_hundredths(-50));
}

TEST(Decimal, RefusesWhatIsNotANumber) {
  for (const char* bad : {"", "-", "abc", "12,345", "1,2,3", "12a", "1e3", "+3", "--3", ",", "-,",
                          ".", "12,", ",5", "99999999999999"}) {
    EXPECT_FALSE(parse_decimal(bad).has_value()) << bad;
  }
}

TEST(Decimal, FormatThenParseIsTheIdentity) {
  for (const std::int64_t hundredths : {0, 1, 5, 10, 99, 100, 1250, -300, -5, 125075, 123456789}) {
    const auto value = Decimal::from_hundredths(hundredths);
    EXPECT_EQ(parse_decimal(format_decimal(value)), value) << hundredths;
    EXPECT_EQ(parse_decimal(format_decimal_plain(value)), value) << hundredths;
  }
}

}  // namespace
}  // namespace maillage::core
