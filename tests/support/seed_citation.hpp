#pragma once
#include <string>

#include "core/source.hpp"

namespace maillage::testing {

// Expects the source's section and quote in its seed file (docs/sources/<file>): the quote is
// shown to users, so it must really be there. White space may differ (a quote spans the seed's
// line breaks), the seeds' markdown emphasis (**…**) is ignored, "..." marks a cut (the parts
// come in order). Failures name `who`.
void expect_cited(const std::string& who, const core::Source& source);

}  // namespace maillage::testing
