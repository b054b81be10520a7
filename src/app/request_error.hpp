#pragma once
#include <stdexcept>

namespace maillage::app {

// Thrown for a request the user can fix (unknown Caf, unknown doctrine, login already used…);
// the message is in French and says what is wrong.
struct RequestError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace maillage::app
