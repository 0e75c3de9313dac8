// Source files: lines and columns for diagnostics, whether the text was read at once, lazily,
// or read again after it was let go.
#include "core/source_file.h"

#include <catch2/catch.hpp>

using press::core::SourceFile;

TEST_CASE("lines and character columns of a source file", "[core][source]") {
  const SourceFile file("a.md", "one\r\ntwo é\nthree");
  CHECK(file.line_count() == 3);
  CHECK(file.line_text(1) == "one");
  CHECK(file.line_text(2) == "two é");
  CHECK(file.line_text(4).empty());
  CHECK(file.position_of(file.text().find("three")) == std::pair<int, int>{3, 1});
  CHECK(file.position_of(file.text().find("é") + 2) == std::pair<int, int>{2, 6});
}

TEST_CASE("a lazy file is read when first needed, and again after it is released", "[core][source]") {
  int reads = 0;
  std::string on_disk = "first\nversion\n";
  const SourceFile file("a.md", [&](const std::string& path) {
    ++reads;
    CHECK(path == "a.md");
    return on_disk;
  });
  CHECK(reads == 0);
  CHECK(file.line_text(2) == "version");
  CHECK(file.text() == "first\nversion\n");
  CHECK(reads == 1);
  file.release();
  on_disk = "only one line";
  CHECK(file.line_count() == 1);
  CHECK(file.text() == "only one line");
  CHECK(reads == 2);
}

TEST_CASE("a file read at once is kept when it cannot be read again", "[core][source]") {
  const SourceFile file("a.md", std::string("kept"));
  file.release();
  CHECK(file.text() == "kept");
}
