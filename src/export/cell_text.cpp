#include "export/cell_text.hpp"

#include <cstdint>
#include <string>

namespace maillage::exports {

namespace {

// core::format_fte writes hundredths with a decimal comma but assumes a non-negative value; an
// export may hold a difference, so the sign is handled here.
std::string signed_hundredths(std::int64_t value) {
  const std::int64_t magnitude = value < 0 ? -value : value;
  const std::string digits =
      core::format_fte(core::Fte::from_hundredths(static_cast<int>(magnitude)));
  return value < 0 ? "-" + digits : digits;
}

struct PlainText {
  std::string operator()(std::monostate) const { return {}; }
  std::string operator()(const std::string& text) const { return text; }
  std::string operator()(std::int64_t number) const { return std::to_string(number); }
  std::string operator()(core::Money money) const { return core::format_money_plain(money); }
  std::string operator()(core::Fte fte) const { return signed_hundredths(fte.hundredths()); }
  std::string operator()(core::Percent share) const {
    return signed_hundredths(share.basis_points());
  }
  std::string operator()(core::Date date) const { return core::format_date(date); }
  std::string operator()(bool flag) const { return flag ? "oui" : "non"; }
};

}  // namespace

std::string plain_text(const Cell& cell) {
  return std::visit(PlainText{}, cell);
}

}  // namespace maillage::exports
