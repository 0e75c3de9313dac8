#include "i18n/gettext_plurals.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>

#include "config/site_config.h"
#include "core/file_system.h"
#include "i18n/catalog.h"

using namespace press;

namespace {

std::string icu_category(const std::string& locale, uint64_t n) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(
      icu::PluralRules::forLocale(icu::Locale::forLanguageTag(locale, status), status));
  std::string category;
  rules->select(static_cast<double>(n)).toUTF8String(category);
  return category;
}

}  // namespace

TEST_CASE("Plural-Forms restate CLDR's rules for whole numbers", "[i18n]") {
  // Reviewed by hand against gettext's own table: the same numbers take the same forms.
  CHECK(i18n::gettext_plural_forms("ru") ==
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : (n%10>=2 && n%10<=4) && (n%100<12 || n%100>14) ? 1 : 2);");
  CHECK(i18n::gettext_plural_forms("uk") == i18n::gettext_plural_forms("ru"));
  CHECK(i18n::gettext_plural_forms("ro") ==
        "nplurals=3; plural=(n==1 ? 0 : n==0 || (n!=1 && (n%100>=1 && n%100<=19)) ? 1 : 2);");
  CHECK(i18n::gettext_plural_forms("ar") ==
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : (n%100>=3 && n%100<=10) ? 3 : "
        "(n%100>=11 && n%100<=99) ? 4 : 5);");
  CHECK(i18n::gettext_plural_forms("ka") == "nplurals=2; plural=(n==1 ? 0 : 1);");
  CHECK(i18n::gettext_plural_forms("kk") == "nplurals=2; plural=(n==1 ? 0 : 1);");
  for (const char* one_form : {"km", "vi", "id", "my", "th", "zh-Hans"}) {
    CHECK(i18n::gettext_plural_forms(one_form) == "nplurals=1; plural=0;");
  }
  // CLDR gives French, Spanish and Portuguese a "many" form for whole millions ("1 million de").
  CHECK(i18n::gettext_plural_forms("pt-BR") ==
        "nplurals=3; plural=((n>=0 && n<=1) ? 0 : n!=0 && n%1000000==0 ? 1 : 2);");
  CHECK(i18n::gettext_plural_forms("en") == "nplurals=2; plural=(n==1 ? 0 : 1);");
}

TEST_CASE("every whole number takes the form ICU gives it", "[i18n]") {
  for (const char* locale : {"en", "es", "fr", "ru", "ar", "zh-Hans", "pt-BR", "my", "th", "uk", "ka", "kk",
                             "ky", "ro", "id", "vi", "km", "pl", "lt", "cy", "ga", "sl", "he"}) {
    INFO(locale);
    const auto rules = i18n::integer_plural_rules(locale);
    REQUIRE(rules);
    for (uint64_t n : {0ull, 1ull, 2ull, 3ull, 1000000ull, 2000000ull, 1000001ull}) {
      CHECK(rules->categories[rules->index_of(n)] == icu_category(locale, n));
    }
    for (uint64_t n = 0; n < 2000; ++n) {
      if (rules->categories[rules->index_of(n)] != icu_category(locale, n)) FAIL("differs at " << n);
    }
  }
}

TEST_CASE("a language ICU has no plural rules for gets none, not English's", "[i18n]") {
  CHECK_FALSE(i18n::gettext_plural_forms("xx"));
  CHECK_FALSE(i18n::gettext_plural_forms("qaa"));
  CHECK_FALSE(i18n::gettext_plural_forms("not a tag"));
}

TEST_CASE("every catalog of every locale of the site has its language's Plural-Forms", "[i18n]") {
  core::Diagnostics diagnostics;
  const core::DiskFileSystem disk;
  const auto config = config::load_site_config(disk, PRESS_SOURCE_DIR, diagnostics);
  REQUIRE(config);
  for (const auto& locale : config->locales) {
    if (locale == config->source_locale) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::filesystem::path(PRESS_SOURCE_DIR) / "translations" / locale)) {
      if (entry.path().extension() != ".po") continue;
      INFO(entry.path().string());
      const auto catalog = i18n::read_catalog(entry.path().string(), diagnostics);
      REQUIRE(catalog);
      CHECK(catalog->header_field("Plural-Forms") == i18n::gettext_plural_forms(locale).value());
    }
  }
}
