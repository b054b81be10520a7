#pragma once
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <stdexcept>
#include <string_view>

namespace maillage::exports {

// libxlsxwriter reports failures as return codes; the XLSX writer turns them into exceptions, as
// they mean a full disk or a value beyond Excel's limits (a string of over 32 767 characters).
inline void throw_if_failed(lxw_error error, std::string_view action) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("XLSX: {}: {}", action, lxw_strerror(error)));
  }
}

}  // namespace maillage::exports
