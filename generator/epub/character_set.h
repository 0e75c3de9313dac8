// Character sets: which characters a text uses, each once, in code point order.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace press::epub {

/// A bit per code point, so adding a text is a pass over its bytes (a std::set cost a few
/// percent of a large build). Each plane of 65,536 is made when its first character comes:
/// a chapter needs the BMP alone, and a set per chapter must stay small.
class CharacterSet {
 public:
  /// Adds every character of a UTF-8 text; malformed bytes add nothing.
  void add(std::string_view text);
  /// The characters, in code point order.
  std::vector<char32_t> sorted() const;

 private:
  static constexpr size_t kPlaneWords = 0x10000 / 64;
  std::array<std::vector<uint64_t>, 17> planes_;
};

}  // namespace press::epub
