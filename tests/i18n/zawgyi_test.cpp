#include "i18n/zawgyi.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "i18n/catalog.h"

using namespace press;

TEST_CASE("Zawgyi-encoded Burmese is told apart from Unicode Burmese", "[i18n][zawgyi]") {
  // "Thank you. Myanmar" typed in Zawgyi: the vowel sign E and medial RA come first.
  const std::string zawgyi = "ေက်းဇူးတင္ပါတယ္။ ျမန္မာႏိုင္ငံ";
  CHECK(i18n::looks_like_zawgyi(zawgyi));
  CHECK(i18n::zawgyi_to_unicode(zawgyi) == "ကျေးဇူးတင်ပါတယ်။ မြန်မာနိုင်ငံ");
  CHECK_FALSE(i18n::looks_like_zawgyi("ကျေးဇူးတင်ပါတယ်။ မြန်မာနိုင်ငံ"));
  CHECK_FALSE(i18n::looks_like_zawgyi("No Burmese here."));
}

TEST_CASE("none of the shipped Burmese translations is Zawgyi", "[i18n][zawgyi]") {
  int messages = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(PRESS_SOURCE_DIR) + "/translations/my")) {
    if (entry.path().extension() != ".po") continue;
    core::Diagnostics diagnostics;
    auto catalog = i18n::read_catalog(entry.path().string(), diagnostics);
    REQUIRE(catalog);
    for (const auto& m : catalog->messages) {
      if (m.str.empty()) continue;
      INFO(entry.path().string() << ": " << m.str);
      CHECK_FALSE(i18n::looks_like_zawgyi(m.str));
      ++messages;
    }
  }
  CHECK(messages > 200);
}
