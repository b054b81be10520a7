#pragma once
#include <cstddef>
#include <string>
#include <string_view>

// The French sentences of structures and territory profiles (forms and the structures file);
// the messages every import shares stay in import_messages_fr.
namespace maillage::app::structure_messages {

std::string bad_kind(std::string_view value);
std::string too_long(std::size_t length, std::size_t max);
std::string duplicate_reference(std::string_view reference, int first_line);
// Says nothing of where the other structure is: it may lie outside the user's perimeter.
std::string reference_taken(std::string_view reference);
std::string bad_area(std::string_view value);
std::string area_too_large(std::string_view value, std::string_view max);

}  // namespace maillage::app::structure_messages
