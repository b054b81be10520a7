#include "export/content_disposition.hpp"

#include <fmt/format.h>

#include <vector>

namespace maillage::exports {

namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at `pos`, or 0.
std::size_t sequence_length(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t length = lead < 0x80   ? 1
                             : lead < 0xC2 ? 0
                             : lead < 0xE0 ? 2
                             : lead < 0xF0 ? 3
                             : lead < 0xF5 ? 4
                                           : 0;
  if (length == 0 || pos + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[pos + i]))) return 0;
  }
  return length;
}

bool is_unsafe_ascii(char c) {
  return static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '"' || c == '\\' || c == '/';
}

// The name split into characters, each unsafe character or invalid byte replaced by "_".
std::vector<std::string> safe_characters(std::string_view filename) {
  std::vector<std::string> out;
  for (std::size_t pos = 0; pos < filename.size();) {
    const std::size_t length = sequence_length(filename, pos);
    if (length == 0 || (length == 1 && is_unsafe_ascii(filename[pos]))) {
      out.emplace_back("_");
      pos += length == 0 ? 1 : length;
    } else {
      out.emplace_back(filename.substr(pos, length));
      pos += length;
    }
  }
  return out;
}

// RFC 5987 attr-char: these go unencoded in filename*, every other byte as %XX.
bool is_attr_char(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string attachment_header(std::string_view filename) {
  std::string fallback;
  std::string encoded;
  for (const auto& character : safe_characters(filename)) {
    fallback += character.size() == 1 ? character : "_";
    for (const char byte : character) {
      const auto c = static_cast<unsigned char>(byte);
      encoded += is_attr_char(c) ? std::string(1, byte) : fmt::format("%{:02X}", c);
    }
  }
  return fmt::format("attachment; filename=\"{}\"; filename*=UTF-8''{}", fallback, encoded);
}

}  // namespace maillage::exports
