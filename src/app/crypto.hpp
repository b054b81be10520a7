#pragma once
#include <string>
#include <string_view>

namespace maillage::app {

// Argon2id at libsodium's "interactive" cost (about 90 ms here): the encoded string carries the
// salt and parameters, so it can be verified later even if the defaults change.
std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

// 32 random bytes, base64url without padding (43 characters): session and API tokens.
std::string random_token();
// BLAKE2b-256 of the token, in hex. Sessions and API tokens store only this digest: tokens are
// already random, so a fast hash suffices, and a stolen table does not let anyone sign in.
std::string token_digest(std::string_view token);

// Compares secrets (CSRF tokens…) in a time that does not depend on where they differ.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace maillage::app
