#include "export/sheet_name.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace maillage::exports {
namespace {

const std::vector<std::string> kNone;

TEST(XlsxSheetName, ReplacesCharactersExcelRefuses) {
  EXPECT_EQ(sheet_name("Portefeuille au 23/11/2026", kNone), "Portefeuille au 23-11-2026");
  EXPECT_EQ(sheet_name("a[b]c:d*e?f\\g", kNone), "a-b-c-d-e-f-g");
  EXPECT_EQ(sheet_name("'Caf de l'Allier'", kNone), "Caf de l'Allier");
}

TEST(XlsxSheetName, CutsAt31CharactersWithoutSplittingOne) {
  // 30 ASCII characters then "é" (two bytes) then more: the "é" is the 31st character.
  const std::string title = std::string(30, 'a') + "éèà";
  EXPECT_EQ(sheet_name(title, kNone), std::string(30, 'a') + "é");
  EXPECT_EQ(sheet_name("Financement des postes de la Caf du Gard", kNone),
            "Financement des postes de la Ca");
  EXPECT_EQ(sheet_name(std::string(30, 'a') + " b", kNone), std::string(30, 'a'));
}

TEST(XlsxSheetName, MakesNamesUniqueIgnoringCase) {
  const std::vector<std::string> taken = {"Postes", "Postes (2)"};
  EXPECT_EQ(sheet_name("POSTES", taken), "POSTES (3)");
  EXPECT_EQ(sheet_name("History", kNone), "History (2)");
  const std::vector<std::string> long_taken = {std::string(31, 'x')};
  EXPECT_EQ(sheet_name(std::string(40, 'x'), long_taken), std::string(27, 'x') + " (2)");
}

TEST(XlsxSheetName, NamesUntitledSheetsTheFrenchExcelWay) {
  EXPECT_EQ(sheet_name("", kNone), "Feuil1");
  const std::vector<std::string> taken = {"Postes"};
  EXPECT_EQ(sheet_name("''", taken), "Feuil2");
}

}  // namespace
}  // namespace maillage::exports
