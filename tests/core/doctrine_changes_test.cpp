// Changes to a doctrine for the simulator: typed like the parameter, applied to a copy, refused
// with a French message naming the parameter.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/doctrine_changes.hpp"
#include "store/doctrine_files.hpp"

namespace maillage {
namespace {

using core::Date;
using core::Money;

const std::filesystem::path kDoctrines =
    std::filesystem::path(MAILLAGE_SOURCE_DIR) / "data/doctrines";
const Date kDate = *Date::from_ymd(2026, 11, 23);

core::Doctrine load(const std::string& id) {
  auto loaded = store::load_doctrine_file(kDoctrines / (id + ".toml"));
  return std::get<core::Doctrine>(std::move(loaded));
}

core::ParameterValue parsed(const core::Doctrine& doctrine, const std::string& id,
                            const std::string& text) {
  auto value = core::parse_parameter_value(*doctrine.parameter(id), text);
  EXPECT_TRUE(std::holds_alternative<core::ParameterValue>(value)) << std::get<std::string>(value);
  return std::get<core::ParameterValue>(value);
}

std::string refusal(const core::Doctrine& doctrine, const std::string& id,
                    const std::string& text) {
  auto value = core::parse_parameter_value(*doctrine.parameter(id), text);
  EXPECT_TRUE(std::holds_alternative<std::string>(value)) << text << " was accepted";
  return std::holds_alternative<std::string>(value) ? std::get<std::string>(value) : "";
}

core::ChangedDoctrine applied(const core::Doctrine& doctrine, const core::DoctrineChanges& changes,
                              Date date = kDate) {
  auto result = core::apply_changes(doctrine, changes, date);
  if (auto* errors = std::get_if<std::vector<core::ChangeError>>(&result)) {
    ADD_FAILURE() << errors->front().message;
    return {doctrine, {}};
  }
  return std::get<core::ChangedDoctrine>(std::move(result));
}

std::vector<core::ChangeError> errors_of(const core::Doctrine& doctrine,
                                         const core::DoctrineChanges& changes) {
  auto result = core::apply_changes(doctrine, changes, kDate);
  EXPECT_TRUE(std::holds_alternative<std::vector<core::ChangeError>>(result));
  return std::holds_alternative<std::vector<core::ChangeError>>(result)
             ? std::get<std::vector<core::ChangeError>>(result)
             : std::vector<core::ChangeError>{};
}

TEST(DoctrineChanges, ReadsEachKindInFrenchFormats) {
  const auto gard = load("gard-2024");
  EXPECT_EQ(std::get<Money>(parsed(gard, "ceiling_per_fte", "50 000")), Money::from_euros(50000));
  EXPECT_EQ(std::get<Money>(parsed(gard, "ceiling_per_fte", "50 000,50 €")),
            Money::from_cents(5000050));
  EXPECT_EQ(std::get<core::Percent>(parsed(gard, "funding_rate", "60")).basis_points(), 6000);
  EXPECT_EQ(std::get<core::Percent>(parsed(gard, "funding_rate", "12,5 %")).basis_points(), 1250);
  EXPECT_EQ(std::get<core::Fte>(parsed(gard, "min_mission_fte_development", "0,5")).hundredths(),
            50);
  EXPECT_EQ(std::get<Date>(parsed(gard, "renewal_phase_start", "01/01/2027")),
            *Date::from_ymd(2027, 1, 1));
  EXPECT_EQ(std::get<Date>(parsed(gard, "renewal_phase_start", "2027-01-01")),
            *Date::from_ymd(2027, 1, 1));
  EXPECT_EQ(std::get<int>(parsed(gard, "vacancy_months", "3")), 3);
  EXPECT_EQ(std::get<core::CodeList>(
                parsed(gard, "intercommunal_exceptions", "243000643, 200034379 ;30189")),
            (core::CodeList{"243000643", "200034379", "30189"}));
  EXPECT_TRUE(std::get<core::CodeList>(parsed(gard, "intercommunal_exceptions", "aucun")).empty());
}

TEST(DoctrineChanges, RefusesBadTextNamingTheParameter) {
  const auto gard = load("gard-2024");
  const std::string money = refusal(gard, "ceiling_per_fte", "50 000 x");
  EXPECT_NE(money.find("Plafond de dépense par ETP de mission"), std::string::npos) << money;
  EXPECT_NE(money.find("ceiling_per_fte"), std::string::npos) << money;
  EXPECT_NE(money.find("« 50 000 x »"), std::string::npos) << money;
  EXPECT_NE(money.find("montant en euros"), std::string::npos) << money;
  EXPECT_NE(refusal(gard, "ceiling_per_fte", "-5").find("négative"), std::string::npos);
  EXPECT_NE(refusal(gard, "funding_rate", "120").find("entre 0 et 100"), std::string::npos);
  EXPECT_NE(refusal(gard, "renewal_phase_start", "31/02/2027").find("une date"), std::string::npos);
  EXPECT_NE(refusal(gard, "vacancy_months", "2,5").find("nombre entier"), std::string::npos);
  EXPECT_NE(refusal(gard, "min_mission_fte_development", "0,555").find("temps en ETP"),
            std::string::npos);
  EXPECT_NE(refusal(gard, "intercommunal_exceptions", "2430, 243000643").find("« 2430 »"),
            std::string::npos);
  EXPECT_NE(refusal(gard, "funding_rate", "  ").find("vide"), std::string::npos);
}

TEST(DoctrineChanges, ChangesACopyFromTheSimulatedDate) {
  const auto charente = load("charente-2021");
  core::DoctrineChanges changes;
  changes.parameters.push_back({"ceiling_per_fte", Money::from_euros(50000), std::nullopt});
  const auto changed = applied(charente, changes);
  EXPECT_EQ(std::get<Money>(*changed.doctrine.parameter("ceiling_per_fte")->value_on(kDate)),
            Money::from_euros(50000));
  // The stored doctrine is untouched, and so is the copy before the date.
  EXPECT_EQ(std::get<Money>(*charente.parameter("ceiling_per_fte")->value_on(kDate)),
            Money::from_euros(48000));
  EXPECT_EQ(std::get<Money>(
                *changed.doctrine.parameter("ceiling_per_fte")->value_on(kDate.plus_days(-1))),
            Money::from_euros(48000));
  ASSERT_EQ(changed.applied.size(), 1u);
  EXPECT_EQ(changed.applied[0].id, "ceiling_per_fte");
  EXPECT_EQ(changed.applied[0].before, "48\u00a0000\u00a0€");
  EXPECT_EQ(changed.applied[0].after, "50\u00a0000\u00a0€");
  EXPECT_EQ(changed.applied[0].from, kDate);
  EXPECT_EQ(changed.applied[0].source.file, "004_5379960f3bbf2085.txt");
}

TEST(DoctrineChanges, AFromDateReplacesLaterValues) {
  auto gard = load("gard-2024");
  // A value scheduled for 2028 is superseded by a change from 2027 on.
  gard.parameters.at("funding_rate")
      .values.push_back({*Date::from_ymd(2028, 1, 1), core::Percent::from_basis_points(4000)});
  core::DoctrineChanges changes;
  changes.from = *Date::from_ymd(2027, 1, 1);
  changes.parameters.push_back({"funding_rate", core::Percent::from_basis_points(6000), {}});
  const auto changed = applied(gard, changes);
  const auto& values = changed.doctrine.parameter("funding_rate")->values;
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].from, *Date::from_ymd(2022, 4, 1));
  EXPECT_EQ(values[1].from, *Date::from_ymd(2027, 1, 1));
  EXPECT_EQ(std::get<core::Percent>(values[1].value).basis_points(), 6000);
  // On the simulated date the rate in force is still 50 %.
  EXPECT_EQ(std::get<core::Percent>(*changed.doctrine.parameter("funding_rate")->value_on(kDate))
                .basis_points(),
            5000);
  // A change's own date wins over the default one.
  core::DoctrineChanges own;
  own.from = *Date::from_ymd(2027, 1, 1);
  own.parameters.push_back(
      {"funding_rate", core::Percent::from_basis_points(7000), *Date::from_ymd(2026, 1, 1)});
  EXPECT_EQ(applied(gard, own).applied[0].from, *Date::from_ymd(2026, 1, 1));
}

TEST(DoctrineChanges, SwitchesARuleOffInTheCopyOnly) {
  const auto gard = load("gard-2024");
  core::DoctrineChanges changes;
  changes.disabled_rules.push_back("GARD-25PCT");
  const auto changed = applied(gard, changes);
  EXPECT_EQ(changed.doctrine.rule("GARD-25PCT"), nullptr);
  EXPECT_NE(gard.rule("GARD-25PCT"), nullptr);
  EXPECT_EQ(changed.doctrine.rules.size() + 1, gard.rules.size());
  ASSERT_EQ(changed.applied.size(), 1u);
  EXPECT_TRUE(changed.applied[0].is_rule);
  EXPECT_EQ(changed.applied[0].after, "désactivée");
}

TEST(DoctrineChanges, RefusesUnknownNamesWrongKindsAndTheFundingRule) {
  const auto charente = load("charente-2021");
  core::DoctrineChanges changes;
  changes.parameters.push_back({"plafond", Money::from_euros(1), {}});
  changes.parameters.push_back({"ceiling_per_fte", *Date::from_ymd(2027, 1, 1), {}});
  changes.parameters.push_back({"funding_rate", core::Percent::from_basis_points(15000), {}});
  changes.disabled_rules = {"CHARENTE-FINANCEMENT", "GARD-25PCT"};
  const auto errors = errors_of(charente, changes);
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0].key, "plafond");
  EXPECT_NE(errors[0].message.find("« plafond » n'existe pas"), std::string::npos);
  EXPECT_NE(errors[0].message.find("ceiling_per_fte"), std::string::npos);  // lists the known
  EXPECT_EQ(errors[1].key, "ceiling_per_fte");
  EXPECT_NE(errors[1].message.find("attend un montant en euros, pas une date"), std::string::npos)
      << errors[1].message;
  EXPECT_EQ(errors[2].key, "funding_rate");
  EXPECT_EQ(errors[3].key, "rules.CHARENTE-FINANCEMENT");
  EXPECT_NE(errors[3].message.find("ne peut pas être désactivée"), std::string::npos);
  EXPECT_EQ(errors[4].key, "rules.GARD-25PCT");
  EXPECT_NE(errors[4].message.find("n'existe pas dans la doctrine charente-2021"),
            std::string::npos);
}

TEST(DoctrineChanges, WritesValuesBackAsTyped) {
  const auto gard = load("gard-2024");
  for (const auto& [id, text] : std::vector<std::pair<std::string, std::string>>{
           {"ceiling_per_fte", "48\u00a0000"},
           {"funding_rate", "50"},
           {"min_mission_fte_development", "0,5"},
           {"renewal_phase_start", "01/01/2026"},
           {"vacancy_months", "2"},
           {"intercommunal_exceptions", "243000643"}}) {
    const auto* value = gard.parameter(id)->value_on(kDate);
    ASSERT_NE(value, nullptr) << id;
    EXPECT_EQ(core::input_text(*value), text) << id;
    // And what is written back reads as the same value.
    EXPECT_EQ(parsed(gard, id, core::input_text(*value)), *value) << id;
  }
  EXPECT_EQ(core::format_parameter_value(core::Percent::from_basis_points(1250)), "12,5\u00a0%");
  EXPECT_EQ(core::format_parameter_value(core::CodeList{}), "aucun");
}

}  // namespace
}  // namespace maillage
