#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace maillage::app {

// What the deploying Caf sets: its name, logo and colours (the product is not a State site and
// must not look like one), and how the server is reached.
struct Theme {
  std::string application_name = "Maillage";
  std::string organisation = "Caf";  // « Caf du Gard »
  std::string primary_color = "#1d5b79";
  std::string accent_color = "#a4452c";
  std::filesystem::path logo;  // SVG or PNG; empty: the name alone
};

struct ServerConfig {
  Theme theme;
  bool behind_https = false;  // cookies get `Secure` (set when a TLS proxy is in front)
  int threads = 32;
  int max_queued = 256;
};

// Reads a maillage.toml ([theme] nom, organisme, couleur_principale, couleur_accent, logo;
// [serveur] https, fils, file_attente). Throws std::runtime_error with a French message naming
// the key and line.
ServerConfig load_server_config(const std::filesystem::path& file);

// WCAG contrast ratio between two "#rrggbb" colours (1 to 21).
double contrast_ratio(const std::string& first, const std::string& second);

}  // namespace maillage::app
