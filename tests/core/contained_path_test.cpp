#include "core/contained_path.h"

#include <catch2/catch.hpp>

using press::core::contained_path;

TEST_CASE("a path made from input stays under its root, or is refused", "[core][safety]") {
  CHECK(contained_path("/site", "en/factsheets/health/index.html") == "/site/en/factsheets/health/index.html");
  CHECK(contained_path("/p/translations", "zh-Hans/factsheets/health.po") == "/p/translations/zh-Hans/factsheets/health.po");
  CHECK(contained_path("/p/translations", "..2/x.po") == "/p/translations/..2/x.po");  // a name, not a step up
  const char* refused[] = {
      "",                     // the root itself
      "/etc/passwd",          // absolute
      "..",                   // up
      "../escaped/ui.po",     // a locale tag used as a path
      "en/../../x",           // up, in the middle
      "en/./x",               // "." reads two ways
      "en//x",                // an empty segment
      "en/",                  // a folder, not a file
      "en\\..\\x",            // a backslash, a separator elsewhere
      "en/x\n.po",            // a line break
      "en/\x1b[2Jx.po",       // a terminal escape
  };
  for (const char* path : refused) {
    INFO(path);
    CHECK_FALSE(contained_path("/site", path));
  }
  CHECK_FALSE(contained_path("/site", std::string_view("en/a\0b", 6)));  // a NUL inside
}
