#include "markdown/block_segments.h"

#include <catch2/catch.hpp>

using namespace press::markdown;

namespace {

std::vector<std::string> texts(const std::string& markdown) {
  std::vector<std::string> out;
  for (const auto& segment : segment_blocks(markdown)) out.push_back(segment.text(markdown));
  return out;
}

}  // namespace

TEST_CASE("leaf blocks are found without their container markers", "[markdown]") {
  const std::string md =
      "## Key points ##\n\n"
      "- First item that\n  wraps here.[^1]\n- Second\n\n"
      "> A quote\n> on two lines.\n\n"
      "| Who | How many |\n|---|---:|\n| States \\| parties | 95 |\n\n"
      "```\ncode is not translated\n```\n\n"
      "[^1]: The note.\n";
  CHECK(texts(md) == std::vector<std::string>{"Key points", "First item that wraps here.[^1]", "Second",
                                              "A quote on two lines.", "Who", "How many",
                                              "States \\| parties", "95", "The note."});
  const auto segments = segment_blocks(md);
  CHECK(segments[0].kind == BlockKind::heading);
  CHECK(segments[1].kind == BlockKind::paragraph);
  CHECK(segments[1].line == 3);
  CHECK(segments[4].kind == BlockKind::table_cell);
}

TEST_CASE("replacing blocks keeps the document's structure", "[markdown]") {
  const std::string md = "## Title\n\n- One\n- Two\n\n> Quoted\n\n| A | B |\n|---|---|\n| x | y |\n";
  const auto segments = segment_blocks(md);
  REQUIRE(segments.size() == 8);
  const std::vector<std::string> replacements = {"Título", "Uno\nsigue", "Dos", "Citado", "A1", "B1",
                                                 "equis", "ye"};
  CHECK(replace_blocks(md, segments, replacements) ==
        "## Título\n\n- Uno\n  sigue\n- Dos\n\n> Citado\n\n| A1 | B1 |\n|---|---|\n| equis | ye |\n");
  // The result has the same leaf blocks, in the same order.
  CHECK(segment_blocks(replace_blocks(md, segments, replacements)).size() == segments.size());
}

TEST_CASE("a hard line break survives as a backslash break", "[markdown]") {
  CHECK(texts("Line one  \nline two\\\nline three\n") ==
        std::vector<std::string>{"Line one\\\nline two\\\nline three"});
}

TEST_CASE("an embedded infographic is no translation unit", "[markdown][infographics]") {
  const std::string text = "One.\n\n![](infographics/chart)\n\nTwo.\n";
  const auto segments = segment_blocks(text);
  REQUIRE(segments.size() == 2);
  CHECK(segments[0].text(text) == "One.");
  CHECK(segments[1].text(text) == "Two.");
}

TEST_CASE("a block that cmark-gfm gives no position yields spans inside the text (fuzz finding)",
          "[markdown][limits]") {
  // Found by markdown_fuzz under UBSan: a table row after front-matter-like lines made a
  // paragraph with line 0, and the segmenter read the entry before its first line start. An
  // ordinary build may read a harmless value there; the sanitizer build stops at it.
  const char input[] =
      "---\nt\0\0\0>: Health\nsummary: A fact sheet on health.\ndate: 2020-01-Item | Value |\n"
      "|------|------:|\n| \x11    | 1     |\n";
  const std::string text(input, sizeof input - 1);
  const auto segments = segment_blocks(text);
  for (const auto& segment : segments) {
    for (const auto& span : segment.lines) {
      CHECK(span.begin <= span.end);
      CHECK(span.end <= text.size());
    }
  }
  // The block without a position is kept, so the tree builder's count of blocks still matches,
  // with no text: nothing of it is offered for translation.
  REQUIRE(segments.size() == 4);
  CHECK(segments[0].line == 0);
  CHECK(segments[0].text(text).empty());
  CHECK(segments[1].text(text) == std::string("t\0\0\0>: Health", 13));
}
