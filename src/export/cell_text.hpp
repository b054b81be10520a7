#pragma once
#include <string>

#include "export/table.hpp"

namespace maillage::exports {

// A cell as plain French text that a French spreadsheet reads back as the same value: numbers with
// a decimal comma and no grouping or unit ("1234,56", "0,75", "12,5" for 12,5 %), dates
// "31/01/2027", booleans "oui"/"non", "" for an empty cell. Text is returned as is.
std::string plain_text(const Cell& cell);

}  // namespace maillage::exports
