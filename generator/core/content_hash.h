// Content hash: a fast 64-bit fingerprint of bytes (xxHash's XXH3), for the build cache.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// The state's layout, so it lives in the object: a build hashes tens of thousands of keys, and a
// heap state for each was one of its most frequent allocations.
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

namespace press::core {

/// Feeds text and numbers into one XXH3 hash. Each piece is length-prefixed, so ("ab", "c")
/// and ("a", "bc") differ. (Debian's libxxhash: a well-kept library instead of our own hash.)
class ContentHash {
 public:
  ContentHash() {
    XXH3_INITSTATE(&state_);
    XXH3_64bits_reset(&state_);
  }
  ContentHash(const ContentHash&) = delete;
  ContentHash& operator=(const ContentHash&) = delete;

  ContentHash& add(std::string_view bytes) {
    add(static_cast<uint64_t>(bytes.size()));
    XXH3_64bits_update(&state_, bytes.data(), bytes.size());
    return *this;
  }
  ContentHash& add(uint64_t number) {
    XXH3_64bits_update(&state_, &number, sizeof number);
    return *this;
  }
  /// The hash as 15 hexadecimal digits (60 bits): a key then fits in std::string's own buffer,
  /// so the tens of thousands of keys a build makes and copies allocate nothing.
  std::string hex() const;

  /// The hash of one text, as `hex()` gives it.
  static std::string of(std::string_view bytes) { return ContentHash().add(bytes).hex(); }

 private:
  XXH3_state_t state_;
};

}  // namespace press::core
