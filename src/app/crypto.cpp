#include "app/crypto.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <semaphore>
#include <stdexcept>
#include <thread>

namespace maillage::app {

namespace {

// libsodium must be initialised once before use; a function-local static is thread-safe.
void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium n'a pas pu être initialisée.");
}

// Each Argon2id computation takes 64 MiB and a core for ~90 ms: running more at once than there
// are cores adds no speed, only memory (a burst of sign-ins on a large thread pool).
class HashingSlot {
 public:
  HashingSlot() { slots().acquire(); }
  ~HashingSlot() { slots().release(); }
  HashingSlot(const HashingSlot&) = delete;
  HashingSlot& operator=(const HashingSlot&) = delete;

 private:
  static std::counting_semaphore<>& slots() {
    static std::counting_semaphore<> available(
        static_cast<std::ptrdiff_t>(std::max(1U, std::thread::hardware_concurrency())));
    return available;
  }
};

}  // namespace

std::string hash_password(std::string_view password) {
  ensure_sodium();
  std::array<char, crypto_pwhash_STRBYTES> encoded{};
  const HashingSlot slot;
  if (crypto_pwhash_str(encoded.data(), password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("Mémoire insuffisante pour calculer l'empreinte du mot de passe.");
  }
  return encoded.data();
}

bool verify_password(const std::string& hash, std::string_view password) {
  ensure_sodium();
  const HashingSlot slot;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
  ensure_sodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::array<char, sodium_base64_ENCODED_LEN(32, kVariant)> text{};
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), kVariant);
  return text.data();
}

std::string token_digest(std::string_view token) {
  ensure_sodium();
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                     0);
  std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return hex.data();
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  ensure_sodium();
  // The length is not secret (tokens have a fixed length); only the bytes are compared in
  // constant time.
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace maillage::app
