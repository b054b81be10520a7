#include "app/crypto.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace maillage::app {
namespace {

TEST(Crypto, PasswordsAreHashedWithArgon2idAndASalt) {
  const std::string hash = hash_password("un mot de passe sûr");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_EQ(hash.find("un mot de passe"), std::string::npos);
  EXPECT_TRUE(verify_password(hash, "un mot de passe sûr"));
  EXPECT_FALSE(verify_password(hash, "un mot de passe sur"));
  EXPECT_FALSE(verify_password(hash, ""));
  EXPECT_FALSE(verify_password("pas un hachage", "un mot de passe sûr"));
  EXPECT_NE(hash_password("un mot de passe sûr"), hash);
}

TEST(Crypto, TokensAreRandomBase64Url) {
  const std::string token = random_token();
  EXPECT_EQ(token.size(), 43u);
  EXPECT_TRUE(std::all_of(token.begin(), token.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  })) << token;
  EXPECT_NE(random_token(), token);
}

TEST(Crypto, TokenDigestIsBlake2b256InHex) {
  EXPECT_EQ(token_digest(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  const std::string token = random_token();
  EXPECT_EQ(token_digest(token), token_digest(token));
  EXPECT_EQ(token_digest(token).size(), 64u);
  EXPECT_NE(token_digest(token), token_digest(random_token()));
}

TEST(Crypto, ConstantTimeEqualComparesLengthAndBytes) {
  EXPECT_TRUE(constant_time_equal("abc", "abc"));
  EXPECT_TRUE(constant_time_equal("", ""));
  EXPECT_FALSE(constant_time_equal("abc", "abd"));
  EXPECT_FALSE(constant_time_equal("abc", "abcd"));
  EXPECT_FALSE(constant_time_equal("", "a"));
}

}  // namespace
}  // namespace maillage::app
