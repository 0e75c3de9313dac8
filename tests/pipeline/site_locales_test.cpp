#include "pipeline/site_locales.h"

#include <catch2/catch.hpp>

using namespace press::pipeline;

TEST_CASE("the switcher names each language in itself, sorted by ICU collation", "[i18n]") {
  const auto locales = describe_locales({"en", "es", "fr", "ru", "ar", "zh-Hans", "pt-BR", "my", "th"});
  std::vector<std::string> names, directions;
  for (const auto& l : locales) {
    names.push_back(l.autonym);
    directions.push_back(l.tag + ":" + l.dir);
  }
  // Root collation: Latin, then Cyrillic, Arabic, Thai, Myanmar, Han.
  CHECK(names == std::vector<std::string>{"English", "Español", "Français", "Português (Brasil)", "Русский",
                                          "العربية", "ไทย", "မြန်မာ", "简体中文"});
  CHECK(std::count(directions.begin(), directions.end(), "ar:rtl") == 1);
  CHECK(std::count(directions.begin(), directions.end(), "en:ltr") == 1);
  CHECK(language_name("en", "es") == "Inglés");
  CHECK(language_name("en", "es", true) == "inglés");
  CHECK(language_name("en", "ru") == "Английский");
}
