#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace maillage::exports {

// A new, empty file with a unique name in the system's temporary directory, deleted when this
// object goes away, on every path (libxlsxwriter can only write to a named file).
class TemporaryFile {
 public:
  // Throws std::system_error when the file cannot be created.
  explicit TemporaryFile(std::string_view prefix);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The file's whole content. Throws std::system_error when it cannot be read.
  std::string read() const;

 private:
  std::filesystem::path path_;
};

}  // namespace maillage::exports
