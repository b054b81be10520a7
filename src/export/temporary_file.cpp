#include "export/temporary_file.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

namespace maillage::exports {

TemporaryFile::TemporaryFile(std::string_view prefix) {
  // mkstemp creates the file atomically with a name nobody else holds (O_EXCL, mode 0600).
  const std::string pattern =
      (std::filesystem::temp_directory_path() / (std::string(prefix) + "XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) throw std::system_error(errno, std::generic_category(), "mkstemp " + pattern);
  close(fd);
  path_ = name.data();
}

TemporaryFile::~TemporaryFile() {
  std::error_code ignored;  // nothing sensible to do in a destructor if removal fails
  std::filesystem::remove(path_, ignored);
}

std::string TemporaryFile::read() const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw std::system_error(errno, std::generic_category(), "open " + path_.string());
  std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw std::system_error(errno, std::generic_category(), "read " + path_.string());
  return content;
}

}  // namespace maillage::exports
