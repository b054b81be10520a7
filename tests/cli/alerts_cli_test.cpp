// `maillage alerts`: the to-do digest of the CTG workspaces as an account sees it, on the demo.
#include <gtest/gtest.h>

#include "support/command_run.hpp"
#include "support/test_backend.hpp"
#include "web/test_server.hpp"

namespace maillage {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(AlertsCli, PrintsTheDigestOfAnAccountOnADate) {
  const std::string database = testing::demo_database_copy();
  const auto charge =
      testing::run_maillage("alerts --db " + database + " --compte charge.nimes --date 06/12/2026");
  EXPECT_EQ(charge.code, 0) << charge.output;
  EXPECT_TRUE(contains(charge.output, "À faire au 06/12/2026"));
  EXPECT_TRUE(contains(charge.output, "CTG CA de Nîmes Métropole (01/01/2026 – 31/12/2030)"));
  EXPECT_TRUE(contains(charge.output,
                       "Compte rendu de « Comité technique petite enfance (REU-002) » du "
                       "11/06/2026 non envoyé à la Caf (178 jours après la réunion)."));
  EXPECT_TRUE(contains(charge.output, "Source : 000_f7f48a8774440105.txt"));
  // The chargé sees their CTG only; the Caf officer sees all of their territories'.
  EXPECT_FALSE(contains(charge.output, "Alès"));
  const auto agent =
      testing::run_maillage("alerts --db " + database + " --compte agent.gard --date 06/12/2026");
  EXPECT_TRUE(contains(agent.output, "CTG CA Alès Agglomération"));

  const auto unknown = testing::run_maillage("alerts --db " + database + " --compte personne");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_TRUE(contains(unknown.output, "Aucun compte actif « personne »."));
  testing::drop_copy(database);
}

}  // namespace
}  // namespace maillage
