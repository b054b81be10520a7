#pragma once
#include <string_view>

namespace maillage::exports {

// Content-Type values of the export formats, for the HTTP responses that serve them.
inline constexpr std::string_view kCsvMediaType = "text/csv; charset=utf-8";
inline constexpr std::string_view kXlsxMediaType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace maillage::exports
