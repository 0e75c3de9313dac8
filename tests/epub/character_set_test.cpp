// Character sets: what a font subset and a chapter's facts are made from.
#include "epub/character_set.h"

#include <catch2/catch.hpp>

using namespace press;

TEST_CASE("a character set holds each character once, in code point order, across planes", "[epub][facts]") {
  epub::CharacterSet set;
  CHECK(set.sorted().empty());
  set.add("ba\u0E01");               // Thai ko kai after Latin
  set.add("\U00020000\U0001F600a");  // a CJK Extension B ideograph and an emoji, beyond the BMP
  set.add("\xff\xfe");               // malformed bytes add nothing
  CHECK(set.sorted() == std::vector<char32_t>{U'a', U'b', U'\u0E01', U'\U0001F600', U'\U00020000'});
}
