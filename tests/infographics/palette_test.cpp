#include "theme/palette.h"

#include <catch2/catch.hpp>

#include "core/file_system.h"

using namespace press;

TEST_CASE("contrast ratios follow WCAG's relative luminance", "[infographics][contrast]") {
  CHECK(theme::contrast_ratio("#000000", "#ffffff") == Approx(21.0));
  CHECK(theme::contrast_ratio("#ffffff", "#ffffff") == Approx(1.0));
  CHECK(theme::contrast_ratio("#767676", "#ffffff") == Approx(4.54).epsilon(0.01));
  CHECK(theme::contrast_ratio("#ffffff", "#767676") == theme::contrast_ratio("#767676", "#ffffff"));
}

TEST_CASE("the shipped palette meets 4.5:1 for text and 3:1 for marks", "[infographics][contrast]") {
  const std::string path = std::string(PRESS_SOURCE_DIR) + "/themes/default/palette.yaml";
  core::Diagnostics diagnostics;
  auto palette = theme::parse_palette(core::SourceFile(path, core::DiskFileSystem().read_file(path).value()), diagnostics);
  INFO(diagnostics.format_all());
  REQUIRE(palette);
  for (const auto* area : {&palette->background, &palette->surface}) {
    CHECK(theme::contrast_ratio(palette->text, *area) >= 4.5);
    CHECK(theme::contrast_ratio(palette->muted, *area) >= 4.5);
    CHECK(theme::contrast_ratio(palette->mark, *area) >= 3.0);
  }
  CHECK(theme::contrast_ratio(palette->track, palette->background) >= 3.0);
}

TEST_CASE("a palette below the contrast minimums is refused where the colour is", "[infographics][contrast]") {
  core::SourceFile file("themes/x/palette.yaml",
                        "background: \"#ffffff\"\nsurface: \"#f3f5f7\"\ntext: \"#1b1b1b\"\nmuted: \"#999999\"\n"
                        "mark: \"#0b57a4\"\ntrack: \"#dddddd\"\n");
  core::Diagnostics diagnostics;
  CHECK_FALSE(theme::parse_palette(file, diagnostics));
  const std::string errors = diagnostics.format_all();
  CHECK(errors.find("palette.yaml:4:1: error: \"muted\" has a contrast of 2.85:1 on \"background\"; it needs at "
                    "least 4.50:1") != std::string::npos);
  CHECK(errors.find("palette.yaml:6:1: error: \"track\" has a contrast of 1.36:1 on \"background\"; it needs at "
                    "least 3.00:1") != std::string::npos);
  core::Diagnostics bad;
  CHECK_FALSE(theme::parse_palette(core::SourceFile("p.yaml", "background: white\nsurface: \"#fff\"\n"), bad));
  CHECK(bad.format_all().find("p.yaml:1:1: error: \"white\" is not a colour; write it as #rrggbb") != std::string::npos);
}
