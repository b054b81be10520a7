#include "app/server_config.hpp"

#include <fmt/core.h>

#include <toml++/toml.h>
#include <cmath>
#include <regex>
#include <stdexcept>

namespace maillage::app {

namespace {

bool is_hex_colour(const std::string& text) {
  static const std::regex kColour("#[0-9a-fA-F]{6}");
  return std::regex_match(text, kColour);
}

double channel(int value) {
  const double c = value / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const std::string& colour) {
  const auto part = [&](int at) { return std::stoi(colour.substr(at, 2), nullptr, 16); };
  return 0.2126 * channel(part(1)) + 0.7152 * channel(part(3)) + 0.0722 * channel(part(5));
}

[[noreturn]] void fail(const std::filesystem::path& file, const toml::node* node,
                       const std::string& message) {
  const int line = node ? static_cast<int>(node->source().begin.line) : 0;
  throw std::runtime_error(fmt::format("{}, ligne {} : {}", file.string(), line, message));
}

std::string colour_at(const toml::table& theme, const std::filesystem::path& file, const char* key,
                      const std::string& fallback) {
  const toml::node* node = theme.get(key);
  if (node == nullptr) return fallback;
  const auto value = node->value<std::string>();
  if (!value || !is_hex_colour(*value)) {
    fail(file, node,
         fmt::format("« {} » doit être une couleur #rrvvbb, par exemple \"#1d5b79\".", key));
  }
  // White text sits on these colours (buttons, header): keep it readable (WCAG AA, 4.5:1).
  const double ratio = contrast_ratio(*value, "#ffffff");
  if (ratio < 4.5) {
    fail(file, node,
         fmt::format("« {} » = {} : contraste avec le blanc de {:.1f}:1, il faut au moins 4,5:1 "
                     "(choisissez une teinte plus foncée).",
                     key, *value, ratio));
  }
  return *value;
}

}  // namespace

double contrast_ratio(const std::string& first, const std::string& second) {
  const double a = luminance(first);
  const double b = luminance(second);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

ServerConfig load_server_config(const std::filesystem::path& file) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& error) {
    throw std::runtime_error(fmt::format("{}, ligne {} : {}", file.string(),
                                         error.source().begin.line, error.description()));
  }
  ServerConfig config;
  if (const auto* theme = root["theme"].as_table()) {
    const auto text = [&](const char* key, std::string& target) {
      if (const toml::node* node = theme->get(key)) {
        const auto value = node->value<std::string>();
        if (!value || value->empty())
          fail(file, node, fmt::format("« {} » doit être un texte non vide.", key));
        target = *value;
      }
    };
    text("nom", config.theme.application_name);
    text("organisme", config.theme.organisation);
    config.theme.primary_color =
        colour_at(*theme, file, "couleur_principale", config.theme.primary_color);
    config.theme.accent_color =
        colour_at(*theme, file, "couleur_accent", config.theme.accent_color);
    if (const toml::node* node = theme->get("logo")) {
      std::filesystem::path logo = node->value<std::string>().value_or("");
      if (logo.is_relative()) logo = file.parent_path() / logo;
      const auto extension = logo.extension().string();
      if (!std::filesystem::is_regular_file(logo) || (extension != ".svg" && extension != ".png")) {
        fail(file, node, fmt::format("logo introuvable ou ni SVG ni PNG : {}", logo.string()));
      }
      config.theme.logo = logo;
    }
  }
  if (const auto* server = root["serveur"].as_table()) {
    if (const toml::node* node = server->get("https")) {
      const auto value = node->value<bool>();
      if (!value) fail(file, node, "« https » vaut true ou false.");
      config.behind_https = *value;
    }
    const auto number = [&](const char* key, int min, int max, int& target) {
      if (const toml::node* node = server->get(key)) {
        const auto value = node->value<std::int64_t>();
        if (!value || *value < min || *value > max) {
          fail(file, node, fmt::format("« {} » est un entier entre {} et {}.", key, min, max));
        }
        target = static_cast<int>(*value);
      }
    };
    number("fils", 2, 512, config.threads);
    number("file_attente", 16, 10000, config.max_queued);
  }
  return config;
}

}  // namespace maillage::app
