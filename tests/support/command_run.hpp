#pragma once
#include <string>

namespace maillage::testing {

struct CommandRun {
  int code = -1;
  std::string output;  // stdout and stderr together
};

// Runs the real `maillage` binary with `arguments` (shell words), as a user would.
CommandRun run_maillage(const std::string& arguments);

}  // namespace maillage::testing
