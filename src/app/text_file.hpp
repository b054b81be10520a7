#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace maillage::app {

// The whole content of a file, or nothing if it cannot be read.
std::optional<std::string> read_text_file(const std::filesystem::path& path);

}  // namespace maillage::app
