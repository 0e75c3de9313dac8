#include "i18n/message_checks.h"

#include <catch2/catch.hpp>

#include "i18n/message_limits.h"

using namespace press;

namespace {

std::string check(const std::string& id, const std::string& str, const std::string& locale) {
  const std::string text = "msgid \"" + id + "\"\nmsgstr \"" + str + "\"\n";
  core::SourceFile file("translations/" + locale + "/ui.po", text);
  i18n::CatalogMessage message;
  message.id = id;
  message.str = str;
  message.line = 1;
  message.str_line = 2;
  core::Diagnostics diagnostics;
  i18n::check_message_format(message, locale, file, diagnostics);
  return diagnostics.format_all();
}

}  // namespace

TEST_CASE("CLDR plural categories come from ICU for each locale", "[i18n]") {
  using V = std::vector<std::string>;
  CHECK(i18n::plural_categories("ru", false) == V{"one", "few", "many", "other"});
  CHECK(i18n::plural_categories("ar", false) == V{"zero", "one", "two", "few", "many", "other"});
  CHECK(i18n::plural_categories("zh-Hans", false) == V{"other"});
  CHECK(i18n::plural_categories("en", true) == V{"one", "two", "few", "other"});
}

TEST_CASE("a plural that lacks a category of the locale is an error naming them", "[i18n]") {
  const std::string id = "{minutes, plural, one {# minute} other {# minutes}}";
  CHECK(check(id, "{minutes, plural, one {# минута} other {# минут}}", "ru") ==
        "translations/ru/ui.po:2:9: error: plural \"minutes\" lacks the ru categories: few, many "
        "(ru needs one, few, many, other)\n"
        "msgstr \"{minutes, plural, one {# минута} other {# минут}}\"\n"
        "        ^\n");
  CHECK(check(id, "{minutes, plural, one {دقيقة} other {# دقائق}}", "ar") ==
        "translations/ar/ui.po:2:9: error: plural \"minutes\" lacks the ar categories: zero, two, "
        "few, many (ar needs zero, one, two, few, many, other)\n"
        "msgstr \"{minutes, plural, one {دقيقة} other {# دقائق}}\"\n"
        "        ^\n");
  CHECK(check(id,
              "{minutes, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}",
              "ru")
            .empty());
}

TEST_CASE("a translation must use the source's argument names and valid syntax", "[i18n]") {
  CHECK(check("Note {number}", "Nota {numero}", "es") ==
        "translations/es/ui.po:2:9: error: translation uses the arguments {numero} but the source "
        "uses {number}; keep the argument names as they are\n"
        "msgstr \"Nota {numero}\"\n        ^\n");
  CHECK(check("Note {number}", "Nota {number", "es") ==
        "translations/es/ui.po:2:9: error: translation is not valid ICU MessageFormat "
        "(U_UNMATCHED_BRACES); check its braces and apostrophes\n"
        "msgstr \"Nota {number\"\n        ^\n");
}

TEST_CASE("a message nested past the limit is an error before ICU parses it", "[i18n][limits]") {
  auto nested = [](int levels) {
    std::string text;
    for (int i = 0; i < levels; ++i) text += "{a, select, other {";
    text += "x";
    for (int i = 0; i < levels; ++i) text += "}}";
    return text;
  };
  // 10 selects are 20 levels of braces: at the limit. One more is past it.
  CHECK(i18n::inspect_pattern(nested(10)).error.empty());
  // Each level is "{a, select, other {" (19 bytes, 2 braces): the 21st brace opens the 11th.
  CHECK(i18n::brace_past_nesting_limit(nested(11)) == 190u);
  // 100,000 levels overflowed ICU's stack; now they are a located error at once.
  const std::string deep = nested(100000);
  const std::string errors = check("{a, select, other {x}}", deep, "es");
  CHECK(errors.rfind("translations/es/ui.po:2:9: error: translation is not valid ICU MessageFormat (braces nested "
                     "more than 20 deep at character 191); check its braces and apostrophes\n", 0) == 0);
  CHECK(errors.size() < 400);
}
