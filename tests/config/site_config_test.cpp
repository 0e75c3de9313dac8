#include "config/site_config.h"

#include <catch2/catch.hpp>

#include "i18n/locale_format.h"

using namespace press;

namespace {

const char* kBase =
    "title: T\nbase_url: https://example.org/\nsource_locale: en\nlocales: [en, ar, my]\n"
    "theme: default\nreports: {r: {title: R, date: 2020-01-31}}\nthemes: {t: T}\n";

std::optional<config::SiteConfig> parse(const std::string& extra, std::string& diagnostics_text) {
  core::Diagnostics diagnostics;
  auto config = config::parse_site_config(core::SourceFile("press.yaml", kBase + extra), diagnostics);
  diagnostics_text = diagnostics.format_all();
  return config;
}

}  // namespace

TEST_CASE("a numbering system per locale sets the digits ICU writes", "[config]") {
  std::string errors;
  const auto config = parse("numbering_systems: {ar: latn, my: mymr}\n", errors);
  REQUIRE(config);
  CHECK(errors.empty());
  CHECK(config->format_tag("ar") == "ar-u-nu-latn");
  CHECK(config->format_tag("my") == "my-u-nu-mymr");
  CHECK(config->format_tag("en") == "en");
  CHECK(i18n::LocaleFormat(config->format_tag("ar")).number(2020) == "2,020");
  CHECK(i18n::LocaleFormat("ar").number(2020) == "٢٬٠٢٠");
  CHECK(i18n::LocaleFormat("my-u-nu-latn").percent(0.8) == "80%");
  CHECK(i18n::LocaleFormat("my").number(80) == "၈၀");
}

TEST_CASE("numbering systems name locales of the site and systems ICU has", "[config]") {
  std::string errors;
  CHECK_FALSE(parse("numbering_systems: {xx: latn}\n", errors));
  CHECK(errors.find("press.yaml:8:21: error: \"xx\" is not one of the locales") != std::string::npos);
  CHECK_FALSE(parse("numbering_systems: {ar: roman}\n", errors));
  CHECK(errors.find("press.yaml:8:25: error: unknown numbering system \"roman\"; expected a decimal system "
                    "ICU has, such as latn, arab or mymr") != std::string::npos);
  CHECK_FALSE(parse("numbering_systems: [latn]\n", errors));
  CHECK(errors.find("error: \"numbering_systems\" must map locales to numbering systems") != std::string::npos);
}

TEST_CASE("each locale is a BCP 47 tag ICU knows, listed once", "[config][safety]") {
  auto errors_for = [](const std::string& locales) {
    core::Diagnostics diagnostics;
    const std::string text = "title: T\nbase_url: https://example.org/\nsource_locale: en\nlocales: " + locales +
                             "\ntheme: default\nreports: {r: {title: R, date: 2020-01-31}}\nthemes: {t: T}\n";
    CHECK_FALSE(config::parse_site_config(core::SourceFile("press.yaml", text), diagnostics));
    const std::string all = diagnostics.format_all();
    return all.substr(0, all.find('\n'));
  };
  CHECK(errors_for("[en, \"../escaped\"]") ==
        "press.yaml:4:15: error: locale \"../escaped\" is not a BCP 47 language tag; expected one such as en, "
        "zh-Hans or pt-BR");
  CHECK(errors_for("[en, \"xx-INVALID!!\"]") ==
        "press.yaml:4:15: error: locale \"xx-INVALID!!\" is not a BCP 47 language tag; expected one such as en, "
        "zh-Hans or pt-BR");
  CHECK(errors_for("[en, qaa]") == "press.yaml:4:15: error: locale \"qaa\" is a language ICU has no data for");
  CHECK(errors_for("[en, es, es]") == "press.yaml:4:19: error: locale \"es\" is listed twice");
  CHECK(errors_for("[en, \"es/../../x\"]") ==
        "press.yaml:4:15: error: locale \"es/../../x\" is not a BCP 47 language tag; expected one such as en, "
        "zh-Hans or pt-BR");
}
