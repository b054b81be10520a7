#include "export/sheet_name.hpp"

#include <algorithm>
#include <vector>

#include "core/text.hpp"

namespace maillage::exports {

namespace {

constexpr std::size_t kMaxLength = 31;  // in UTF-16 code units, as Excel counts

bool is_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Splits UTF-8 text into its characters, each as its bytes.
std::vector<std::string> characters(std::string_view text) {
  std::vector<std::string> out;
  for (const char byte : text) {
    if (out.empty() || !is_continuation(byte)) out.emplace_back();
    out.back() += byte;
  }
  return out;
}

std::size_t utf16_length(const std::string& character) {
  return static_cast<unsigned char>(character.front()) >= 0xF0 ? 2 : 1;
}

std::string cleaned(std::string_view title) {
  std::string out;
  for (const char c : title) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) {
      out += '-';
    } else if (static_cast<unsigned char>(c) >= 0x20) {
      out += c;
    }
  }
  return out;
}

// At most `limit` UTF-16 units, cut between characters, without apostrophes or spaces at the ends.
std::string shortened(std::string_view text, std::size_t limit) {
  std::string out;
  std::size_t length = 0;
  for (const auto& character : characters(text)) {
    length += utf16_length(character);
    if (length > limit) break;
    out += character;
  }
  const auto first = out.find_first_not_of("' ");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of("' ") - first + 1);
}

bool is_taken(const std::string& name, std::span<const std::string> taken) {
  const std::string lower = core::to_lower_ascii(name);
  return lower == "history" ||
         std::any_of(taken.begin(), taken.end(), [&](const std::string& other) {
           return core::to_lower_ascii(other) == lower;
         });
}

}  // namespace

std::string sheet_name(std::string_view title, std::span<const std::string> taken) {
  std::string base = shortened(cleaned(title), kMaxLength);
  if (base.empty()) base = "Feuil" + std::to_string(taken.size() + 1);
  if (!is_taken(base, taken)) return base;
  for (std::size_t n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    const std::string name = shortened(base, kMaxLength - suffix.size()) + suffix;
    if (!is_taken(name, taken)) return name;
  }
}

}  // namespace maillage::exports
