#include "export/scoped_c_numeric_locale.hpp"

#include <cerrno>
#include <system_error>

namespace maillage::exports {

ScopedCNumericLocale::ScopedCNumericLocale()
    : c_locale_(newlocale(LC_NUMERIC_MASK, "C", static_cast<locale_t>(nullptr))) {
  if (c_locale_ == static_cast<locale_t>(nullptr)) {
    throw std::system_error(errno, std::generic_category(), "newlocale C");
  }
  previous_ = uselocale(c_locale_);
}

ScopedCNumericLocale::~ScopedCNumericLocale() {
  uselocale(previous_);
  freelocale(c_locale_);
}

}  // namespace maillage::exports
