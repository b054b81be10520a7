#include "export/pdf_text.hpp"

#include <cstdio>
#include <fstream>
#include <string>

#include "export/temporary_file.hpp"

namespace maillage::exports::testing {

namespace {

std::string run(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return output;
  char buffer[4096];
  std::size_t read = 0;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, read);
  pclose(pipe);
  return output;
}

}  // namespace

std::string pdf_text(const std::string& pdf, int first_page, int last_page) {
  TemporaryFile file("maillage-pdf-test");
  std::ofstream(file.path(), std::ios::binary) << pdf;
  std::string command = "pdftotext -layout -enc UTF-8";
  if (first_page > 0) command += " -f " + std::to_string(first_page);
  if (last_page > 0) command += " -l " + std::to_string(last_page);
  return run(command + " '" + file.path().string() + "' - 2>/dev/null");
}

std::string pdf_flat_text(const std::string& pdf) {
  TemporaryFile file("maillage-pdf-test");
  std::ofstream(file.path(), std::ios::binary) << pdf;
  const std::string raw =
      plain_spaces(run("pdftotext -raw -enc UTF-8 '" + file.path().string() + "' - 2>/dev/null"));
  std::string out;
  for (const char c : raw) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

std::string pdf_info(const std::string& pdf, const std::string& key) {
  TemporaryFile file("maillage-pdf-test");
  std::ofstream(file.path(), std::ios::binary) << pdf;
  const std::string info = run("pdfinfo -enc UTF-8 '" + file.path().string() + "' 2>/dev/null");
  const std::string prefix = key + ":";
  std::size_t start = 0;
  while (start < info.size()) {
    std::size_t end = info.find('\n', start);
    if (end == std::string::npos) end = info.size();
    const std::string line = info.substr(start, end - start);
    if (line.rfind(prefix, 0) == 0) {
      const std::size_t value = line.find_first_not_of(' ', prefix.size());
      return value == std::string::npos ? std::string() : line.substr(value);
    }
    start = end + 1;
  }
  return {};
}

int pdf_pages(const std::string& pdf) {
  const std::string pages = pdf_info(pdf, "Pages");
  return pages.empty() ? 0 : std::stoi(pages);
}

std::string plain_spaces(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC2\xA0") == 0) {
      out += ' ';
      i += 1;
    } else if (text.compare(i, 3, "\xE2\x80\xAF") == 0) {
      out += ' ';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace maillage::exports::testing
