#include "app/audit_journal.hpp"

#include <algorithm>

namespace maillage::app {

namespace {

// Past this many events, the journal stops looking further back: it would be of no use to read
// the whole trail of a national database to fill one page.
constexpr std::size_t kMaxScanned = 200'000;

}  // namespace

std::vector<store::AuditRecord> recent_changes(
    store::Database& database, const std::function<bool(const store::AuditRecord&)>& visible,
    std::size_t count) {
  std::vector<store::AuditRecord> kept;
  // Most events of a Caf's journal are its own: start with a little more than a page, and read
  // four times further back each time the page is not full.
  for (std::size_t limit = count * 2;; limit = std::min(limit * 4, kMaxScanned)) {
    const auto records = store::AuditRepository(database).list_recent(static_cast<int>(limit));
    kept.clear();
    for (const auto& record : records) {
      if (kept.size() == count) break;
      if (visible(record)) kept.push_back(record);
    }
    if (kept.size() == count || records.size() < limit || limit == kMaxScanned) return kept;
  }
}

}  // namespace maillage::app
