#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/workspace_kind.hpp"

namespace maillage::core {

// A field's value as typed in a form or a file cell, read into its canonical stored form:
// dates "2027-01-31", money in cents, decimals in hundredths, choices as their code,
// yes/no as "oui"/"non", references as "A-001, B-002". Empty text gives an empty value.
struct ParsedValue {
  std::string canonical;
  std::optional<std::string> error;  // French, for the field
};
ParsedValue parse_value(const FieldSpec& field, std::string_view typed);

// The canonical value as written back in a form or an exported file, so that what is exported
// re-imports unchanged: "31/01/2027", "12000,50", "12,5", "oui".
std::string editable_text(const FieldSpec& field, const std::string& canonical);
// As shown on a page: "31/01/2027", "12 000,50 €", "40 %", a choice's label.
std::string display_text(const FieldSpec& field, const std::string& canonical);
// A choice's label, or the code itself if unknown.
std::string_view choice_label(const FieldSpec& field, std::string_view code);

// References are letters without accents, digits, '-', '_', '.', at most 30 characters.
bool valid_reference(std::string_view reference);

}  // namespace maillage::core
