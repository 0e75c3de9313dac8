#include "epub/character_set.h"

#include <unicode/utf8.h>

#include <bit>

namespace press::epub {

void CharacterSet::add(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  std::vector<uint64_t>& bmp = planes_[0];
  if (bmp.empty()) bmp.resize(kPlaneWords);
  for (int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {  // markup is mostly ASCII: no decoding
      bmp[bytes[i] / 64] |= uint64_t{1} << (bytes[i] % 64);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    std::vector<uint64_t>& plane = planes_[static_cast<size_t>(c) >> 16];
    if (plane.empty()) plane.resize(kPlaneWords);
    plane[(static_cast<size_t>(c) & 0xFFFF) / 64] |= uint64_t{1} << (c % 64);
  }
}

std::vector<char32_t> CharacterSet::sorted() const {
  std::vector<char32_t> out;
  for (size_t p = 0; p < planes_.size(); ++p) {
    for (size_t word = 0; word < planes_[p].size(); ++word) {
      for (uint64_t bits = planes_[p][word]; bits != 0; bits &= bits - 1) {
        out.push_back(static_cast<char32_t>((p << 16) + word * 64 + static_cast<size_t>(std::countr_zero(bits))));
      }
    }
  }
  return out;
}

}  // namespace press::epub
