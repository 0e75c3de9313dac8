#include "markdown/markdown_limits.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "markdown/cmark_document.h"

using namespace press;

namespace {

std::string repeat(const std::string& piece, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// A table of `columns` columns and `rows` body rows of one cell each.
std::string table(size_t columns, size_t rows) {
  std::string text = "Intro.\n\n|" + repeat("a|", columns) + "\n|" + repeat("-|", columns) + "\n";
  return text + repeat("|x|\n", rows);
}

}  // namespace

TEST_CASE("nesting past the limit is found without recursion, where it passes the limit", "[markdown][limits]") {
  struct Case {
    const char* shape;
    std::string text;
    int line, column;
  };
  const std::string nested_list = repeat("- ", 10000) + "x\n";
  const Case cases[] = {
      // The 41st quote is the first node past the limit.
      {"block quotes", "Intro.\n\n" + repeat(">", 30000) + " x\n", 3, 41},
      // Each "- " is a list and its item: the 21st list is the 41st node down.
      {"lists", nested_list, 1, 41},
      {"emphasis", repeat("*", 10000) + "x" + repeat("*", 10000) + "\n", 1, 1},
      // Each "> - " is a quote, a list and an item: the 41st node down is the 14th list.
      {"quotes and lists together", repeat("> - ", 30) + "x\n", 1, 55},
  };
  for (const auto& c : cases) {
    INFO(c.shape);
    const markdown::CmarkDocument document(c.text);
    REQUIRE(document.beyond_limits());
    CHECK(document.beyond_limits()->line == c.line);
    CHECK(document.beyond_limits()->column == c.column);
    CHECK(document.beyond_limits()->message ==
          "Markdown nested more than 40 deep (quotes, lists, emphasis or links inside one another)");
    CHECK(cmark_node_first_child(document.root()) == nullptr);
  }
}

TEST_CASE("nesting up to the limit is kept", "[markdown][limits]") {
  // A document, a paragraph and its text are 2 deep; 38 quotes around them make 40.
  const markdown::CmarkDocument at_limit(repeat(">", 38) + " x\n");
  CHECK_FALSE(at_limit.beyond_limits());
  CHECK(cmark_node_first_child(at_limit.root()) != nullptr);
  const markdown::CmarkDocument past_limit(repeat(">", 39) + " x\n");
  CHECK(past_limit.beyond_limits());
}

TEST_CASE("tables past the column or cell limit are refused before cmark-gfm parses them", "[markdown][limits]") {
  CHECK_FALSE(markdown::check_text_limits(table(64, 300)));
  const auto wide = markdown::check_text_limits(table(5000, 5000));
  REQUIRE(wide);
  CHECK(wide->line == 4);
  CHECK(wide->message == "a table of 5000 columns; at most 64 are allowed: split it");
  const auto long_table = markdown::check_text_limits(table(40, 600));
  REQUIRE(long_table);
  CHECK(long_table->message == "a table of 40 columns and 601 rows; at most 20000 cells are allowed: split it");
  // A thematic break or a setext underline has no pipe: not a table.
  CHECK_FALSE(markdown::check_text_limits("Title\n" + repeat("-", 100000) + "\n"));
  // Refused at once: the 40 KB table that took cmark-gfm 60 s and 7.7 GB.
  const auto start = std::chrono::steady_clock::now();
  const markdown::CmarkDocument document(table(5000, 5000));
  CHECK(document.beyond_limits());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}
