#include "app/import_perimeter.hpp"

#include <map>
#include <memory>

#include "app/import_messages_fr.hpp"
#include "store/territory_repository.hpp"

namespace maillage::app {

namespace msg = import_messages;

namespace {

// Remembers each code's answer: a file names the same few territories on many lines.
TerritoryCheck remembering(std::function<std::optional<std::string>(const std::string&)> check) {
  auto answers = std::make_shared<std::map<std::string, std::optional<std::string>>>();
  return [answers, check = std::move(check)](const std::string& code) {
    const auto it = answers->find(code);
    if (it != answers->end()) return it->second;
    return answers->emplace(code, check(code)).first->second;
  };
}

}  // namespace

bool is_command_line(const core::Actor& actor) {
  return actor.user_id == 0;
}

TerritoryCheck perimeter_check(store::Database& database, const core::Actor& actor,
                               core::Permission permission) {
  return remembering([&database, actor, permission](const std::string& code) {
    const auto territory = store::TerritoryRepository(database).find(code);
    if (territory && core::may(actor, permission, *territory)) return std::optional<std::string>{};
    return std::optional<std::string>{msg::territory_not_in_perimeter(code)};
  });
}

TerritoryCheck import_territory_check(store::Database& database, const core::Actor& author,
                                      core::Permission permission) {
  if (!is_command_line(author)) return perimeter_check(database, author, permission);
  return remembering([&database](const std::string& code) {
    if (store::TerritoryRepository(database).find(code)) return std::optional<std::string>{};
    return std::optional<std::string>{msg::unknown_territory(code)};
  });
}

}  // namespace maillage::app
