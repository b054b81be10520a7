#include "support/seed_citation.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace maillage::testing {

namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string folded(const std::string& text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '*' && i + 1 < text.size() && text[i + 1] == '*') {
      ++i;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

void expect_cited(const std::string& who, const core::Source& source) {
  SCOPED_TRACE(who);
  ASSERT_FALSE(source.file.empty());
  ASSERT_FALSE(source.quote.empty());
  const auto seed = std::filesystem::path(MAILLAGE_SOURCE_DIR) / "docs" / "sources" / source.file;
  ASSERT_TRUE(std::filesystem::exists(seed)) << source.file;
  const std::string text = folded(read(seed));
  EXPECT_NE(text.find(folded(source.section)), std::string::npos)
      << "section « " << source.section << " »";
  std::size_t from = 0;
  std::string quote = source.quote;
  for (std::size_t cut; !quote.empty();
       quote = cut == std::string::npos ? "" : quote.substr(cut + 3)) {
    cut = quote.find("...");
    const std::string part = folded(quote.substr(0, cut));
    if (part.empty()) continue;
    const auto at = text.find(part, from);
    EXPECT_NE(at, std::string::npos) << "« " << part << " » absent de " << source.file;
    if (at != std::string::npos) from = at + part.size();
  }
}

}  // namespace maillage::testing
