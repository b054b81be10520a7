#include "support/command_run.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>

namespace maillage::testing {

CommandRun run_maillage(const std::string& arguments) {
  const std::string command = std::string(MAILLAGE_BINARY) + " " + arguments + " 2>&1";
  CommandRun result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  while (const std::size_t read = fread(buffer.data(), 1, buffer.size(), pipe)) {
    result.output.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace maillage::testing
