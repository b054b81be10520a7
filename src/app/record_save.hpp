#pragma once

#include <vector>

#include "app/import_report.hpp"

namespace maillage::app {

// How a save from a form or the API ended. Not found covers "outside your perimeter" too, so
// that nobody learns a record exists where they may not look.
enum class SaveStatus { kSaved, kInvalid, kStale, kNotFound, kForbidden };

template <typename Record>
struct SaveResult {
  SaveStatus status = SaveStatus::kSaved;
  Record record;                    // as saved; on kStale, as currently stored
  std::vector<ImportError> errors;  // on kInvalid: field (column name) and French message
};

}  // namespace maillage::app
