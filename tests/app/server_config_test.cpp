#include "app/server_config.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace maillage::app {
namespace {

std::filesystem::path write_config(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path;
}

std::string error_of(const std::filesystem::path& path) {
  try {
    load_server_config(path);
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  return {};
}

TEST(ServerConfig, ReadsTheThemeAndServerSettings) {
  const auto path = write_config("maillage-theme-ok.toml",
                                 "[theme]\nnom = \"Maillage\"\norganisme = \"Caf de la Charente\"\n"
                                 "couleur_principale = \"#003366\"\n\n[serveur]\nhttps = true\n"
                                 "fils = 48\n");
  const auto config = load_server_config(path);
  EXPECT_EQ(config.theme.organisation, "Caf de la Charente");
  EXPECT_EQ(config.theme.primary_color, "#003366");
  EXPECT_EQ(config.theme.accent_color, Theme{}.accent_color);
  EXPECT_TRUE(config.behind_https);
  EXPECT_EQ(config.threads, 48);
}

TEST(ServerConfig, RefusesAnUnreadableColourWithItsLine) {
  const auto path = write_config("maillage-theme-bad.toml",
                                 "[theme]\norganisme = \"Caf\"\ncouleur_principale = \"bleu\"\n");
  const std::string error = error_of(path);
  EXPECT_NE(error.find("ligne 3"), std::string::npos) << error;
  EXPECT_NE(error.find("#rrvvbb"), std::string::npos) << error;
}

TEST(ServerConfig, RefusesAColourTooPaleForWhiteText) {
  const auto path =
      write_config("maillage-theme-pale.toml", "[theme]\ncouleur_principale = \"#ffcc00\"\n");
  const std::string error = error_of(path);
  EXPECT_NE(error.find("contraste"), std::string::npos) << error;
  EXPECT_NE(error.find("4,5:1"), std::string::npos) << error;
}

TEST(ServerConfig, RefusesAMissingLogoAndABadThreadCount) {
  EXPECT_NE(error_of(write_config("maillage-theme-logo.toml", "[theme]\nlogo = \"absent.svg\"\n"))
                .find("logo introuvable"),
            std::string::npos);
  EXPECT_NE(error_of(write_config("maillage-theme-threads.toml", "[serveur]\nfils = 1\n"))
                .find("« fils » est un entier entre 2 et 512"),
            std::string::npos);
}

TEST(ServerConfig, ContrastRatioFollowsWcag) {
  EXPECT_NEAR(contrast_ratio("#000000", "#ffffff"), 21.0, 0.01);
  EXPECT_NEAR(contrast_ratio("#ffffff", "#ffffff"), 1.0, 0.01);
  EXPECT_GT(contrast_ratio(Theme{}.primary_color, "#ffffff"), 4.5);
  EXPECT_GT(contrast_ratio(Theme{}.accent_color, "#ffffff"), 4.5);
}

}  // namespace
}  // namespace maillage::app
