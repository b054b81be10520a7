#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace maillage::app {

// The text Excel shows for a cell, from the raw value an .xlsx file holds (xlsx_table's helpers).

// How a numeric cell shows, from its number format.
enum class XlsxNumberKind { kNumber, kPercent, kDate, kTime, kDuration };

// Built-in formats (numFmtId below 164): 9 and 10 are percentages, 14–17 and 22 dates, 18–21, 45
// and 47 times of day, 46 ("[h]:mm:ss") a duration.
XlsxNumberKind builtin_number_kind(long format_id);
// A custom format code ("dd/mm/yyyy", "[h]:mm", "0.00\ \"m²\""), judged on its first section.
XlsxNumberKind custom_number_kind(std::string_view format_code);

// "1234567,25": no exponent, a decimal comma, no thousands separator, rounded to the 15
// significant digits Excel shows.
std::string format_xlsx_number(double value);
// "31/01/2027" from a serial day number of the 1900 or the 1904 date system; nullopt outside
// 01/01/1900 (01/01/1904) – 31/12/9999.
std::optional<std::string> format_xlsx_date(double serial, bool date1904);
// "14:30", or "14:30:15" with seconds; a duration counts its hours past 24 ("36:00"). nullopt for
// a negative or absurdly large value.
std::optional<std::string> format_xlsx_time(double serial, bool duration);

// Excel writes the characters XML cannot hold (carriage returns, control characters) as
// "_xHHHH_", and a literal "_x" sequence as "_x005F_x…": this undoes it.
std::string decode_xlsx_escapes(std::string_view text);

}  // namespace maillage::app
