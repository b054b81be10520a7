#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/doctrine.hpp"

namespace maillage::store {

// A doctrine read from its TOML file, or every problem found in it (French, with line numbers).
using DoctrineOrErrors = std::variant<core::Doctrine, std::vector<std::string>>;

DoctrineOrErrors parse_doctrine(std::string_view toml_text, const std::string& file_name);
DoctrineOrErrors load_doctrine_file(const std::filesystem::path& path);

// Every `*.toml` under `directory`, sorted by id. Throws std::runtime_error listing the errors
// of any file that does not load: a broken doctrine must never be silently skipped.
std::vector<core::Doctrine> load_doctrines(const std::filesystem::path& directory);

}  // namespace maillage::store
