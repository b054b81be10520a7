#pragma once
#include <string>
#include <string_view>

namespace maillage::exports {

// The Content-Disposition header value that makes a browser download a file under `filename`
// (RFC 6266): `attachment; filename="portefeuille-nimes-_.csv"; filename*=UTF-8''…%C3%AE…`.
// The quoted name is an ASCII fallback for old clients (each non-ASCII character becomes "_");
// filename* carries the exact UTF-8 name, percent-encoded (RFC 5987). Control characters, quotes,
// slashes and backslashes, and invalid UTF-8 bytes become "_" in both, so the header can neither be
// split nor name a path.
std::string attachment_header(std::string_view filename);

}  // namespace maillage::exports
