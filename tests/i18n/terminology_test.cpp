#include "i18n/terminology.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace press;

namespace {

std::string warnings(const std::string& locale, const std::string& yaml, const std::string& text) {
  TempDir dir("terminology-" + locale);
  core::Diagnostics diagnostics;
  auto terms = i18n::load_terminology(dir.write("terminology.yaml", yaml), locale, diagnostics);
  REQUIRE(terms);
  core::SourceFile file("content/x.md", text);
  terms->report(text, file, 1, 1, diagnostics);
  return diagnostics.format_all();
}

}  // namespace

TEST_CASE("English terms are found by word, in any case, with the alternative", "[i18n][terminology]") {
  const std::string yaml =
      "terms:\n  - term: addict\n    forms: [addicts]\n    prefer: person who uses drugs\n    reason: r\n"
      "  - term: clean\n    prefer: not currently using drugs\n    reason: r\n";
  CHECK(warnings("en", yaml, "Two Addicts met.\nShe has been clean for a year; addiction is not listed.\n") ==
        "content/x.md:1:5: warning: \"Addicts\" is stigmatising; prefer \"person who uses drugs\"\n"
        "Two Addicts met.\n    ^\n"
        "content/x.md:2:14: warning: \"clean\" is stigmatising; prefer \"not currently using drugs\"\n"
        "She has been clean for a year; addiction is not listed.\n             ^\n");
  CHECK(warnings("en", yaml, "A cleaner, unclean word.\n").empty());
}

TEST_CASE("Russian terms match every inflection by their stem", "[i18n][terminology]") {
  const std::string yaml =
      "terms:\n  - term: наркоман\n    prefix: true\n    prefer: человек, употребляющий наркотики\n    reason: r\n";
  CHECK(warnings("ru", yaml, "Помощь Наркоманам и наркомания.\n") ==
        "content/x.md:1:8: warning: \"Наркоманам\" is stigmatising; prefer \"человек, употребляющий наркотики\"\n"
        "Помощь Наркоманам и наркомания.\n       ^\n"
        "content/x.md:1:21: warning: \"наркомания\" is stigmatising; prefer \"человек, употребляющий наркотики\"\n"
        "Помощь Наркоманам и наркомания.\n                    ^\n");
}

TEST_CASE("Thai terms are found without spaces, on ICU word boundaries", "[i18n][terminology]") {
  const std::string yaml = "terms:\n  - term: ผู้ติดยา\n    prefer: ผู้ใช้ยาเสพติด\n    reason: r\n";
  CHECK(warnings("th", yaml, "รัฐควรช่วยผู้ติดยาให้ได้รับบริการ\n") ==
        "content/x.md:1:11: warning: \"ผู้ติดยา\" is stigmatising; prefer \"ผู้ใช้ยาเสพติด\"\n"
        "รัฐควรช่วยผู้ติดยาให้ได้รับบริการ\n          ^\n");
}

TEST_CASE("a broken terminology file is a located error", "[i18n][terminology]") {
  TempDir dir("terminology-broken");
  core::Diagnostics diagnostics;
  const std::string path = dir.write("terminology.yaml", "terms:\n  - term: addict\n    prefer: x\n    reasn: y\n");
  CHECK_FALSE(i18n::load_terminology(path, "en", diagnostics));
  CHECK(diagnostics.format_all().find(path + ":4:5: error: unknown key \"reasn\"") == 0);
}
