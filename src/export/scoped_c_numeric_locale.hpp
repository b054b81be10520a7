#pragma once
#include <locale.h>

namespace maillage::exports {

// Makes the calling thread format numbers the C way ("1234.56") until this object goes away,
// whatever the process's locale: libxlsxwriter prints numbers with snprintf, and under a French
// LC_NUMERIC it would write "1234,56" into the XML, which Excel refuses as a corrupt file.
// uselocale() changes the current thread only, so other threads are not affected.
class ScopedCNumericLocale {
 public:
  // Throws std::system_error when the C locale cannot be created (out of memory).
  ScopedCNumericLocale();
  ~ScopedCNumericLocale();
  ScopedCNumericLocale(const ScopedCNumericLocale&) = delete;
  ScopedCNumericLocale& operator=(const ScopedCNumericLocale&) = delete;

 private:
  locale_t c_locale_;
  locale_t previous_;
};

}  // namespace maillage::exports
