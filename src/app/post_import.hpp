#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/import_report.hpp"
#include "core/post.hpp"
#include "store/database.hpp"

namespace maillage::app {

// The columns of a posts file, in the documented order.
const std::vector<std::string>& post_columns();

struct PostFile {
  std::vector<core::Post> posts;
  std::vector<ImportError> errors;
};

// Reads and checks a posts CSV without writing anything (also serves previews).
PostFile read_post_file(std::string_view csv_text,
                        const std::function<bool(const std::string&)>& territory_exists);

// Reads, checks, then writes every post in one transaction, or nothing if any line is wrong.
ImportReport import_posts(store::Database& database, std::string_view csv_text);

}  // namespace maillage::app
