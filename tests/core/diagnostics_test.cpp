#include "core/diagnostics.h"

#include <catch2/catch.hpp>

#include "core/source_file.h"

using press::core::Diagnostics;
using press::core::SourceFile;

TEST_CASE("a diagnostic shows path:line:col, the source line and a caret", "[core]") {
  SourceFile file("content/a.md", "first\nsecond line\n");
  Diagnostics diagnostics;
  diagnostics.error(file, 2, 8, "something is wrong");
  CHECK(diagnostics.format_all() ==
        "content/a.md:2:8: error: something is wrong\n"
        "second line\n"
        "       ^\n");
  CHECK(diagnostics.has_errors());
}

TEST_CASE("the caret counts characters, not bytes, and keeps tabs", "[core]") {
  SourceFile file("t.po", "\tмсг: x\n");
  Diagnostics diagnostics;
  diagnostics.warning(file, 1, 7, "here");
  CHECK(diagnostics.format_all() == "t.po:1:7: warning: here\n\tмсг: x\n\t     ^\n");
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("diagnostics sort by file and position, whatever order workers found them", "[core]") {
  SourceFile b("b.md", "x\ny\n");
  SourceFile a("a.md", "x\n");
  Diagnostics diagnostics;
  diagnostics.error(b, 2, 1, "second");
  diagnostics.error(a, 1, 1, "first");
  diagnostics.error(b, 1, 1, "between");
  diagnostics.sort();
  REQUIRE(diagnostics.all().size() == 3);
  CHECK(diagnostics.all()[0].message == "first");
  CHECK(diagnostics.all()[1].message == "between");
  CHECK(diagnostics.all()[2].message == "second");
}

TEST_CASE("source files find lines and character columns", "[core]") {
  SourceFile file("f", "ab\r\nçd\nlast");
  CHECK(file.line_count() == 3);
  CHECK(file.line_text(1) == "ab");
  CHECK(file.line_text(3) == "last");
  CHECK(file.line_text(4).empty());
  CHECK(file.position_of(file.text().find('d')) == std::pair<int, int>{2, 2});
}

TEST_CASE("a long line is shown as a short excerpt around the column", "[core][safety]") {
  // A 400,000-character line (a deep flow sequence, say) with the problem in its middle.
  const std::string line = std::string(200000, '[') + "x" + std::string(199999, ']');
  SourceFile file("content/a.md", line + "\n");
  Diagnostics diagnostics;
  diagnostics.error(file, 1, 200001, "too deep");
  const std::string shown = "…" + std::string(60, '[') + "x" + std::string(60, ']') + "…";
  CHECK(diagnostics.format_all() ==
        "content/a.md:1:200001: error: too deep\n" + shown + "\n" + std::string(61, ' ') + "^\n");

  // Near the start nothing is cut before; non-Latin characters count as one each.
  const std::string burmese = "မြန်မာ";  // 6 characters, 18 bytes
  std::string text;
  for (int i = 0; i < 100; ++i) text += burmese;
  SourceFile wide("t.po", text + "\n");
  Diagnostics near_start;
  near_start.error(wide, 1, 7, "here");
  const std::string all = near_start.format_all();
  const std::string excerpt = all.substr(all.find('\n') + 1, all.rfind('\n', all.size() - 2) - all.find('\n') - 1);
  CHECK(excerpt.rfind("မြန်မာ", 0) == 0);                              // starts at the line's start
  CHECK(excerpt.size() < 70 * 3 + 3);                                   // 67 characters and "…"
  CHECK(all.substr(all.rfind('\n', all.size() - 2) + 1) == "      ^\n");  // under character 7
}

TEST_CASE("control characters in a file name are shown escaped", "[core][safety]") {
  Diagnostics diagnostics;
  diagnostics.error("content/evil\x1b[2Jname\n.md", "cannot read this file");
  CHECK(diagnostics.format_all() == "content/evil\\x1B[2Jname\\x0A.md: error: cannot read this file\n");
}
