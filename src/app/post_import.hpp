#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/import_report.hpp"
#include "app/timestamp.hpp"
#include "core/actor.hpp"
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

// One post typed in a form: the same checks and messages as a line of the file (field names are
// the file's column names), errors without a line number.
struct PostRecord {
  core::Post post;
  std::vector<ImportError> errors;
};
PostRecord read_post_record(const std::map<std::string, std::string>& fields,
                            const std::function<bool(const std::string&)>& territory_exists);

// The post as the cells of its line in a posts file (also what forms show and history records).
std::map<std::string, std::string> post_fields(const core::Post& post);

// Reads and checks a posts CSV sent by `author`, writing nothing. Unless the author is the command
// line, each line's territory must be in their perimeter (with the import permission) and an id
// already used outside it is refused as taken, without saying where.
PostFile read_post_file(store::Database& database, std::string_view csv_text,
                        const core::Actor& author);

// What import_posts would do — rows, created, updated — or every error. Writes nothing.
ImportReport preview_posts(store::Database& database, std::string_view csv_text,
                           const core::Actor& author);

// Reads, checks, then writes every post with its audit record ("import", before and after) in one
// transaction, or nothing if any line is wrong.
ImportReport import_posts(store::Database& database, std::string_view csv_text,
                          const core::Actor& author, Timestamp now);

}  // namespace maillage::app
