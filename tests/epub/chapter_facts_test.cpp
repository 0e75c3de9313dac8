// Chapter facts: what a book needs of a chapter it does not read again, kept exactly.
#include "epub/chapter_facts.h"

#include <catch2/catch.hpp>

#include "core/content_hash.h"

using namespace press;

TEST_CASE("chapter facts come from the document and read back as saved", "[epub][facts]") {
  const std::string document = "<html><body><p>ကမ္ဘာ ab</p><figure><svg role=\"img\"/></figure></body></html>";
  const auto facts = epub::chapter_facts(document, true);
  CHECK(facts.key == core::ContentHash::of(document));
  CHECK(facts.has_svg);
  CHECK(facts.has_image);
  // Each character once, in code point order: the font subset needs no more.
  CHECK(facts.characters.find("က") != std::string::npos);
  CHECK(facts.characters.find("ab") != std::string::npos);
  CHECK(facts.characters.find("bb") == std::string::npos);
  // Characters beyond the BMP come after it, in order, each once.
  CHECK(epub::chapter_facts("b\U0001F600a\U00020000a\U0001F600\u0E01", true).characters ==
        "ab\u0E01\U0001F600\U00020000");

  const auto back = epub::ChapterFacts::parse(facts.serialize());
  REQUIRE(back);
  CHECK(back->key == facts.key);
  CHECK(back->has_svg);
  CHECK(back->has_image);
  CHECK(back->with_characters);
  CHECK(back->characters == facts.characters);

  const auto plain = epub::chapter_facts("<p>Text with an <img src=\"a.png\" alt=\"A\"/></p>", false);
  CHECK_FALSE(plain.has_svg);
  CHECK(plain.has_image);
  CHECK(plain.characters.empty());
  CHECK_FALSE(epub::ChapterFacts::parse("not a record"));
}

TEST_CASE("saved facts stand for a chapter only with the same key and the characters a font needs",
          "[epub][facts]") {
  const auto with = epub::chapter_facts("<p>ไทย</p>", true).serialize();
  const auto without = epub::chapter_facts("<p>ไทย</p>", false).serialize();
  const std::string key = core::ContentHash::of("<p>ไทย</p>");
  CHECK(epub::ChapterFacts::in_book(with, key, true));
  CHECK(epub::ChapterFacts::in_book(without, key, false));
  CHECK_FALSE(epub::ChapterFacts::in_book(without, key, true));
  CHECK_FALSE(epub::ChapterFacts::in_book(with, core::ContentHash::of("<p>other</p>"), true));
  CHECK_FALSE(epub::ChapterFacts::in_book("", key, false));
}
