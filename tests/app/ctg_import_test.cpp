#include "app/ctg_import.hpp"

#include <gtest/gtest.h>

#include "app/test_database.hpp"
#include "store/ctg_repository.hpp"

namespace maillage::app {
namespace {

TEST(CtgImport, ImportsCommaSeparatedIsoDatesAndUpdatesSameStart) {
  auto database = testing::gard_database();
  const auto report = import_ctgs(*database,
                                  "code_territoire,date_debut,date_fin,renouvellement\n"
                                  "243000643,2021-01-01,2025-12-31,non\n"
                                  "243000643,2026-01-01,2030-12-31,oui\n");
  ASSERT_TRUE(report.applied);
  EXPECT_EQ(report.created, 2);
  const auto again = import_ctgs(*database,
                                 "code_territoire;date_debut;date_fin;renouvellement\n"
                                 "243000643;01/01/2026;31/12/2029;oui\n");
  ASSERT_TRUE(again.applied) << (again.errors.empty() ? "" : describe(again.errors.front()));
  EXPECT_EQ(again.updated, 1);
  const auto ctgs = store::CtgRepository(*database).list_for_territory("243000643");
  ASSERT_EQ(ctgs.size(), 2u);
  EXPECT_EQ(ctgs[1].end, core::Date::from_ymd(2029, 12, 31));
}

TEST(CtgImport, RefusesOverlapsUnknownTerritoriesAndReversedDates) {
  auto database = testing::gard_database();
  ASSERT_TRUE(import_ctgs(*database,
                          "code_territoire;date_debut;date_fin;renouvellement\n"
                          "243000643;01/01/2026;31/12/2029;oui\n")
                  .applied);
  const auto report = import_ctgs(*database,
                                  "code_territoire;date_debut;date_fin;renouvellement\n"
                                  "243000643;01/06/2029;31/12/2032;oui\n"
                                  "200034379;01/01/2026;31/12/2025;non\n"
                                  "000000000;01/01/2026;31/12/2029;non\n"
                                  "200034379;01/01/2024;31/12/2027;peut-être\n"
                                  "200034379;01/01/2024;31/12/2027;non\n"
                                  "200034379;01/01/2027;31/12/2030;oui\n");
  EXPECT_FALSE(report.applied);
  std::vector<std::string> located;
  for (const auto& error : report.errors)
    located.push_back(std::to_string(error.line) + ":" + error.column);
  EXPECT_EQ(located, (std::vector<std::string>{"2:date_debut", "3:date_fin", "4:code_territoire",
                                               "5:renouvellement", "7:date_debut"}));
  EXPECT_EQ(store::CtgRepository(*database).list_all().size(), 1u);
}

}  // namespace
}  // namespace maillage::app
