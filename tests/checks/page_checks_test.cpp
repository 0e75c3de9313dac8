#include "checks/page_checks.h"

#include <catch2/catch.hpp>

namespace {

std::string check(const char* xhtml) {
  pugi::xml_document page;
  REQUIRE(page.load_string(xhtml));
  press::core::Diagnostics diagnostics;
  press::checks::check_page(page, "content/x.md", diagnostics);
  return diagnostics.format_all();
}

}  // namespace

TEST_CASE("a good page passes the page checks", "[checks]") {
  CHECK(check("<html lang=\"en\"><head><title>T</title></head><body><main><h1>A</h1><h2 id=\"b\">B</h2>"
              "<a href=\"#b\">to B</a><img src=\"x.png\" alt=\"X\"/></main></body></html>")
            .empty());
}

TEST_CASE("each broken rule of a page is reported", "[checks]") {
  CHECK(check("<html><head><title></title></head><body><h1 id=\"a\">A</h1><h1>Again</h1><h3 id=\"a\">C</h3>"
              "<a href=\"#nowhere\">x</a><img src=\"x.png\"/></body></html>") ==
        "content/x.md: error: page check failed: the page needs <html lang>\n"
        "content/x.md: error: page check failed: the page needs a <title>\n"
        "content/x.md: error: page check failed: the page needs exactly one <main>\n"
        "content/x.md: error: page check failed: the page needs exactly one <h1>\n"
        "content/x.md: error: page check failed: the id \"a\" is used twice\n"
        "content/x.md: error: page check failed: heading \"C\" skips from h1 to h3\n"
        "content/x.md: error: page check failed: image \"x.png\" has no alt text\n"
        "content/x.md: error: page check failed: link to \"#nowhere\" has no target on the page\n");
}
