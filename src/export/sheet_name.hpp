#pragma once
#include <span>
#include <string>
#include <string_view>

namespace maillage::exports {

// A worksheet name Excel accepts, made from a table title: at most 31 characters, none of
// []:*?/\ (replaced by "-"), no apostrophe at either end, and different, regardless of case, from
// the names already `taken` in the workbook and from "History" (reserved by Excel), by a suffix
// " (2)", " (3)"… An empty title gives "Feuil1", "Feuil2"…, as French Excel names new sheets.
std::string sheet_name(std::string_view title, std::span<const std::string> taken);

}  // namespace maillage::exports
