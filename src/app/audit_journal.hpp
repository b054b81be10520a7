#pragma once
#include <cstddef>
#include <functional>
#include <vector>

#include "store/audit_repository.hpp"
#include "store/database.hpp"

namespace maillage::app {

// The most recent changes that `visible` lets through (the records of a user's perimeter), newest
// first, at most `count`. Reads further back only as far as needed to find them.
std::vector<store::AuditRecord> recent_changes(
    store::Database& database, const std::function<bool(const store::AuditRecord&)>& visible,
    std::size_t count);

}  // namespace maillage::app
