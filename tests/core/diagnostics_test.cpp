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
