#include "i18n/locale_format.h"

#include <catch2/catch.hpp>
#include <unicode/brkiter.h>

#include <memory>

using press::i18n::LocaleFormat;

namespace {

// An independent count: ICU's word segments that hold letters, kana or ideographs.
int icu_words(const std::string& locale, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::forLanguageTag(locale, status), status));
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  it->setText(unicode);
  int words = 0;
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
    words += it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
  }
  return words;
}

}  // namespace

TEST_CASE("words are counted by ICU word boundaries in scripts without spaces", "[i18n]") {
  const std::vector<std::pair<std::string, std::string>> samples = {
      {"zh-Hans", "减少伤害服务可以挽救使用毒品的人的生命。"},
      {"th", "การลดอันตรายช่วยชีวิตผู้ใช้ยาเสพติดได้"},
      {"my", "ထိခိုက်မှုလျှော့ချရေး ဝန်ဆောင်မှုများသည် အသက်ကို ကယ်တင်သည်။"},
  };
  for (const auto& [locale, text] : samples) {
    INFO(locale);
    const int words = LocaleFormat(locale).count_words(text);
    CHECK(words == icu_words(locale, text));
    // Counting spaces would give one or two "words"; the dictionary finds the real ones.
    CHECK(words >= 5);
  }
  CHECK(LocaleFormat("en").count_words("Harm reduction saves lives, every day.") == 6);
}

TEST_CASE("dates, numbers and sizes follow the locale", "[i18n]") {
  CHECK(LocaleFormat("en").long_date("2020-01-31") == "January 31, 2020");
  CHECK(LocaleFormat("es").long_date("2020-01-31") == "31 de enero de 2020");
  CHECK(LocaleFormat("ru").number(60000) == "60\u00a0000");  // a no-break space groups digits
  CHECK(LocaleFormat("ar").number(500) == "٥٠٠");
  CHECK(LocaleFormat("en").percent(0.9996) == "99.9%");  // rounded down: not done until done
  CHECK(LocaleFormat("en").file_size(245000) == "245 kB");
  CHECK(press::i18n::reading_minutes(199) == 1);
  CHECK(press::i18n::reading_minutes(450) == 3);
}
