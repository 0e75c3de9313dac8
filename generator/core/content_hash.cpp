#include "core/content_hash.h"


namespace press::core {

std::string ContentHash::hex() {
  static constexpr char kDigits[] = "0123456789abcdef";
  flush();
  uint64_t value = XXH3_64bits_digest(&state_);
  std::string text(15, '0');
  for (int i = 14; i >= 0; --i, value >>= 4) text[static_cast<size_t>(i)] = kDigits[value & 0xF];
  return text;
}

}  // namespace press::core
