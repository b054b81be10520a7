#pragma once
#include <string>
#include <string_view>

namespace maillage::core {

// Small text helpers shared by the value-type parsers.
std::string_view trim(std::string_view text);
// Removes ordinary, no-break (U+00A0) and narrow no-break (U+202F) spaces anywhere in the text.
std::string strip_spaces(std::string_view text);
// Groups digits by three with a no-break space: "12345" -> "12 345".
std::string group_thousands(std::string_view digits);
// Number of Unicode code points, for aligning columns of French text.
std::size_t display_width(std::string_view utf8);
std::string to_lower_ascii(std::string_view text);

inline constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

}  // namespace maillage::core
