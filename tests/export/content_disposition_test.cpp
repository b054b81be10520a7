#include "export/content_disposition.hpp"

#include <gtest/gtest.h>

namespace maillage::exports {
namespace {

TEST(ContentDisposition, GivesAnAsciiFallbackAndTheExactUtf8Name) {
  EXPECT_EQ(attachment_header("portefeuille-nîmes-2026-11-23.xlsx"),
            "attachment; filename=\"portefeuille-n_mes-2026-11-23.xlsx\"; "
            "filename*=UTF-8''portefeuille-n%C3%AEmes-2026-11-23.xlsx");
}

TEST(ContentDisposition, KeepsAPlainAsciiNameAsIs) {
  EXPECT_EQ(attachment_header("portefeuille-2026-11-23.csv"),
            "attachment; filename=\"portefeuille-2026-11-23.csv\"; "
            "filename*=UTF-8''portefeuille-2026-11-23.csv");
}

TEST(ContentDisposition, EncodesSpacesAndOneUnderscorePerCharacter) {
  // "é" is two bytes but one character, hence one "_"; the euro sign is three bytes.
  EXPECT_EQ(attachment_header("Coût été €.csv"),
            "attachment; filename=\"Co_t _t_ _.csv\"; "
            "filename*=UTF-8''Co%C3%BBt%20%C3%A9t%C3%A9%20%E2%82%AC.csv");
}

TEST(ContentDisposition, CannotSplitTheHeaderNorNameAPath) {
  EXPECT_EQ(attachment_header("../a\"b\\c\r\nSet-Cookie: x\xFF.csv"),
            "attachment; filename=\".._a_b_c__Set-Cookie: x_.csv\"; "
            "filename*=UTF-8''.._a_b_c__Set-Cookie%3A%20x_.csv");
}

}  // namespace
}  // namespace maillage::exports
