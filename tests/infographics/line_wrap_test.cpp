#include "infographics/line_wrap.h"

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "localize/locale_catalogs.h"
#include "pipeline/source_site.h"

using namespace press;

namespace {

UChar32 first_char(const std::string& text) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool is_mark(UChar32 c) {
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

// Checks one wrap: lines fit, join back into the text, and start only where ICU allows a break
// (or, where a word is wider than the line, between two characters).
void check_wrap(const std::string& text, const std::string& locale, double width, bool words_fit = true) {
  const infographics::TextMeasure measure(locale);
  const infographics::TextStyle style{15, false};
  const auto wrapped = infographics::wrap_text(text, width, style, measure, locale);
  const auto breaks = infographics::line_break_offsets(text, locale);
  INFO(locale << ": " << text);
  REQUIRE(wrapped.lines.size() == wrapped.line_starts.size());
  std::string joined;
  for (size_t i = 0; i < wrapped.lines.size(); ++i) {
    INFO("line " << i << ": " << wrapped.lines[i]);
    CHECK(measure.width(wrapped.lines[i], style) <= width);
    if (words_fit) CHECK(std::binary_search(breaks.begin(), breaks.end(), wrapped.line_starts[i]));
    // A line never starts with a vowel sign or other combining mark cut from its consonant.
    CHECK_FALSE(is_mark(first_char(wrapped.lines[i])));
    const size_t end = i + 1 < wrapped.lines.size() ? wrapped.line_starts[i + 1] : text.size();
    std::string source_line = text.substr(wrapped.line_starts[i], end - wrapped.line_starts[i]);
    while (!source_line.empty() && source_line.back() == ' ') source_line.pop_back();
    CHECK(source_line == wrapped.lines[i]);  // only trailing spaces are dropped
  }
}

}  // namespace

TEST_CASE("Thai and Burmese wrap between words, found by ICU's dictionaries, not between letters",
          "[infographics][wrap]") {
  // Thai and Burmese write words without spaces; a break may fall only at a word boundary.
  const std::string thai = "ผู้ที่ใช้ยาเสพติดมีสิทธิได้รับการรักษาพยาบาลเหมือนคนอื่น";
  const std::string burmese = "မူးယစ်ဆေးဝါးသုံးစွဲသူများသည် ကျန်းမာရေးစောင့်ရှောက်မှု ရယူပိုင်ခွင့်ရှိသည်";
  for (const auto& [text, locale] : {std::pair{thai, "th"}, std::pair{burmese, "my"}}) {
    const auto breaks = infographics::line_break_offsets(text, locale);
    const auto clusters = infographics::grapheme_offsets(text, locale);
    // Far fewer break opportunities than characters: words, not letters.
    CHECK(breaks.size() * 2 < clusters.size());
    for (double width : {90.0, 140.0}) check_wrap(text, locale, width);
    check_wrap(text, locale, 40, false);  // narrower than some words
    const infographics::TextMeasure measure(locale);
    CHECK(infographics::wrap_text(text, 90, {15, false}, measure, locale).lines.size() >= 2);
  }
}

TEST_CASE("every shipped Thai and Burmese chart text wraps at valid break positions", "[infographics][wrap]") {
  core::Diagnostics diagnostics;
  auto site = pipeline::load_source_site(PRESS_SOURCE_DIR, diagnostics);
  REQUIRE(site);
  int checked = 0;
  for (const std::string locale : {"th", "my"}) {
    auto catalogs = localize::load_locale_catalogs(PRESS_SOURCE_DIR, locale, "en", site->content, nullptr, diagnostics);
    for (const auto& [name, chart] : site->infographics) {
      std::vector<std::string> texts{chart.title, chart.description};
      for (const auto& point : chart.data) texts.push_back(point.label);
      for (const auto& source : texts) {
        if (!catalogs.infographics.has_translation(source)) continue;
        const i18n::LocaleFormat format(locale);
        check_wrap(catalogs.infographics.format(format, source, {{"n", 2LL}}), locale, 150);
        ++checked;
      }
    }
  }
  CHECK(checked >= 2 * 38);
}

TEST_CASE("a word wider than the line is split between characters, never inside one", "[infographics][wrap]") {
  const infographics::TextMeasure measure("en");
  const std::string word = "decriminalisation";
  const auto wrapped = infographics::wrap_text(word, 40, {15, false}, measure, "en");
  CHECK(wrapped.lines.size() > 1);
  std::string joined;
  for (const auto& line : wrapped.lines) {
    CHECK(measure.width(line, {15, false}) <= 40);
    joined += line;
  }
  CHECK(joined == word);
}

namespace {

std::vector<std::string> lines_of(const std::string& text, const std::string& locale, double width) {
  const infographics::TextMeasure measure(locale);
  return infographics::wrap_text(text, width, {15, false}, measure, locale).lines;
}

}  // namespace

TEST_CASE("scripts without spaces wrap after spaces and at word boundaries before any syllable",
          "[infographics][wrap]") {
  // Chinese allows a break between any two ideographs; a word (区域, 对话) stays whole.
  // At 170 px the line could hold "…东南亚区", but not "区域": the word moves down whole.
  CHECK(lines_of("人参加了南亚和东南亚区域对话", "zh-Hans", 170) ==
        std::vector<std::string>{"人参加了南亚和东南亚", "区域对话"});
  // Burmese puts spaces between phrases: a line ends after a space, so ဆွေးနွေးပွဲ stays whole.
  CHECK(lines_of("တောင်အာရှနှင့် အရှေ့တောင်အာရှ ဆွေးနွေးပွဲ", "my", 150) ==
        std::vector<std::string>{"တောင်အာရှနှင့်", "အရှေ့တောင်အာရှ", "ဆွေးနွေးပွဲ"});
  // Thai: after the space between phrases rather than inside a long word.
  CHECK(lines_of("ผู้คนเข้าร่วมการหารือ เอเชียตะวันออกเฉียงใต้", "th", 170) ==
        std::vector<std::string>{"ผู้คนเข้าร่วมการหารือ", "เอเชียตะวันออกเฉียงใต้"});
  // Khmer, too: after the space, and the compound ថ្នាក់តំបន់ stays whole.
  CHECK(lines_of("កិច្ចពិភាក្សាថ្នាក់តំបន់ អាស៊ីអាគ្នេយ៍", "km", 150) ==
        std::vector<std::string>{"កិច្ចពិភាក្សាថ្នាក់តំបន់", "អាស៊ីអាគ្នេយ៍"});
  // A language written with spaces is wrapped as before: at every opportunity alike.
  CHECK(lines_of("Regional dialogue in South and Southeast Asia", "en", 150) ==
        std::vector<std::string>{"Regional dialogue in", "South and Southeast", "Asia"});
}
