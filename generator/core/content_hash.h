// Content hash: a fast 64-bit fingerprint of bytes (xxHash's XXH3), for the build cache.
#pragma once

#include <cstdint>
#include <cstring>
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
    return append(bytes.data(), bytes.size());
  }
  ContentHash& add(uint64_t number) { return append(&number, sizeof number); }
  /// The hash as 15 hexadecimal digits (60 bits): a key then fits in std::string's own buffer,
  /// so the tens of thousands of keys a build makes and copies allocate nothing.
  std::string hex();

  /// The hash of one text, as `hex()` gives it.
  static std::string of(std::string_view bytes) { return ContentHash().add(bytes).hex(); }

 private:
  // Keys are made of many short pieces (titles, dates, lengths); each call into xxHash cost
  // more than hashing the piece, so pieces gather here first. XXH3 hashes a stream the same
  // however it is cut, so the keys are those of hashing each piece directly.
  ContentHash& append(const void* data, size_t size) {
    if (size == 0) return *this;  // an empty view's data may be null, which memcpy may not take
    if (size > sizeof buffer_ - used_) {
      flush();
      if (size >= sizeof buffer_) {
        XXH3_64bits_update(&state_, data, size);
        return *this;
      }
    }
    std::memcpy(buffer_ + used_, data, size);
    used_ += size;
    return *this;
  }
  void flush() {
    if (used_ > 0) XXH3_64bits_update(&state_, buffer_, used_);
    used_ = 0;
  }

  XXH3_state_t state_;
  size_t used_ = 0;
  unsigned char buffer_[256];
};

}  // namespace press::core
