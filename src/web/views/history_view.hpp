#pragma once

#include <functional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "store/audit_repository.hpp"

namespace maillage::web::views {

// The French name of an audit action: création, modification, fin, import.
std::string action_label(const std::string& action);

// "23/11/2026 à 16:54" for a stored instant.
std::string event_date(const store::AuditRecord& event);

// How a field and its value read on the history page, and in which order the fields come (as
// on the record's form; fields not listed come last).
struct FieldWording {
  std::function<std::string(const std::string& field)> label;
  std::function<std::string(const std::string& field, const std::string& value)> value;
  std::vector<std::string> order;
};

// One event of a record's history: when, who, what, and each changed field before and after.
mstch::map event_view(const store::AuditRecord& event, const FieldWording& wording);

}  // namespace maillage::web::views
