#include "core/text_encoding.h"

#include <catch2/catch.hpp>

using namespace press;

TEST_CASE("text that is not clean UTF-8 is found and named where it starts", "[core][safety]") {
  const struct {
    const char* name;
    std::string bytes;
    size_t offset;
    std::string message;  // empty: clean
  } cases[] = {
      {"plain", "# Title\nA line – with “quotes” and ထ.\n", 0, ""},
      {"BOM", "\xEF\xBB\xBF# Title\n", 0, "the file starts with a byte order mark; save it as UTF-8 without one"},
      {"UTF-16 LE", std::string("\xFF\xFE#\0 \0", 6), 0, "the file is UTF-16 or UTF-32; save it as UTF-8"},
      {"UTF-16 BE", std::string("\xFE\xFF\0#", 4), 0, "the file is UTF-16 or UTF-32; save it as UTF-8"},
      {"NUL", std::string("title: x\n\0more", 14), 9,
       "a NUL byte: this is not a text file, or it is UTF-16; save it as UTF-8"},
      {"Windows-1252 quote", "He said \x93yes\x94.\n", 8,
       "byte 0x93 is not UTF-8: the file is probably in another encoding (such as Windows-1252); save it as UTF-8"},
      {"cut sequence", "caf\xC3", 3,
       "byte 0xC3 is not UTF-8: the file is probably in another encoding (such as Windows-1252); save it as UTF-8"},
      {"overlong", "a\xC0\xAF", 1,
       "byte 0xC0 is not UTF-8: the file is probably in another encoding (such as Windows-1252); save it as UTF-8"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    const auto problem = core::find_encoding_problem(c.bytes);
    REQUIRE(static_cast<bool>(problem) == !c.message.empty());
    if (problem) {
      CHECK(problem->offset == c.offset);
      CHECK(problem->message == c.message);
    }
  }
}

TEST_CASE("an encoding problem is reported at its line and column", "[core][safety]") {
  core::Diagnostics diagnostics;
  CHECK_FALSE(core::check_encoding(core::SourceFile("content/factsheets/x.md", "---\ntitle: \x93x\x94\n"), diagnostics));
  const std::string all = diagnostics.format_all();
  CHECK(all.substr(0, all.find('\n')) ==
        "content/factsheets/x.md:2:8: error: byte 0x93 is not UTF-8: the file is probably in another encoding "
        "(such as Windows-1252); save it as UTF-8");
}
