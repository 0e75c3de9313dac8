#include "infographics/line_wrap.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace press::infographics {

namespace {

// Offsets of `iterator`'s boundaries in `text`, in UTF-8 bytes.
std::vector<size_t> boundaries(std::string_view text, icu::BreakIterator* iterator) {
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  iterator->setText(utf16);
  // UTF-16 index to UTF-8 byte offset, walking both once.
  std::vector<size_t> out;
  size_t byte = 0;
  int32_t unit = 0;
  for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next()) {
    while (unit < b) {
      const UChar32 c = utf16.char32At(unit);
      byte += U8_LENGTH(c);
      unit += U16_LENGTH(c);
    }
    out.push_back(byte);
  }
  return out;
}

// True when the character at `offset` is a combining or spacing mark (a vowel sign, a tone).
bool mark_at(std::string_view text, size_t offset) {
  if (offset >= text.size()) return false;
  UChar32 c = 0;
  int32_t i = static_cast<int32_t>(offset);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

std::vector<size_t> break_offsets(std::string_view text, const std::string& locale, bool lines) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale icu_locale = icu::Locale::forLanguageTag(locale, status);
  std::unique_ptr<icu::BreakIterator> iterator(lines ? icu::BreakIterator::createLineInstance(icu_locale, status)
                                                     : icu::BreakIterator::createCharacterInstance(icu_locale, status));
  if (U_FAILURE(status)) return {0, text.size()};
  return boundaries(text, iterator.get());
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool written_without_spaces(const std::string& locale) {
  const std::string language = locale.substr(0, locale.find('-'));
  for (const char* l : {"th", "my", "km", "lo", "zh", "ja"}) {
    if (language == l) return true;
  }
  return false;
}

// How much a wrap wants each line break, 0 the most: in scripts written without spaces between
// words, ICU allows a break between any two syllables or ideographs (Thai "ตะวัน|ออก", Chinese
// "区|域"), so a break after a space (between phrases) comes first, then one at an ICU word
// boundary, then any other. Elsewhere every break is as good as another.
constexpr int kPreferences = 3;
// A more preferred break is taken when its line is at least this full.
constexpr double kFullEnough = 0.6;

std::vector<int> break_preferences(std::string_view text, const std::vector<size_t>& breaks,
                                   const std::string& locale) {
  std::vector<int> preference(breaks.size(), 0);
  if (!written_without_spaces(locale)) return preference;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::forLanguageTag(locale, status), status));
  const std::vector<size_t> word_ends = U_SUCCESS(status) ? boundaries(text, words.get()) : std::vector<size_t>{};
  for (size_t j = 0; j < breaks.size(); ++j) {
    const size_t at = breaks[j];
    if (at == text.size() || (at > 0 && text[at - 1] == ' ')) preference[j] = 0;
    else if (std::binary_search(word_ends.begin(), word_ends.end(), at)) preference[j] = 1;
    else preference[j] = 2;
  }
  return preference;
}

}  // namespace

std::vector<size_t> line_break_offsets(std::string_view text, const std::string& locale) {
  return break_offsets(text, locale, true);
}

std::vector<size_t> grapheme_offsets(std::string_view text, const std::string& locale) {
  // Unicode's clusters let a few spacing vowel signs stand alone (Myanmar AA, U+102C); a line
  // must not start with one, so such boundaries are dropped.
  std::vector<size_t> offsets = break_offsets(text, locale, false);
  offsets.erase(std::remove_if(offsets.begin(), offsets.end(), [&](size_t at) { return mark_at(text, at); }),
                offsets.end());
  return offsets;
}

WrappedText wrap_text(std::string_view text, double max_width, TextStyle style, const TextMeasure& measure,
                      const std::string& locale) {
  WrappedText out;
  const std::vector<size_t> breaks = line_break_offsets(text, locale);
  const std::vector<int> preference = break_preferences(text, breaks, locale);
  auto add_line = [&](size_t begin, size_t end) {
    const std::string_view line = trim_end(text.substr(begin, end - begin));
    out.lines.emplace_back(line);
    out.line_starts.push_back(begin);
    out.line_widths.push_back(measure.width(line, style));
    out.width = std::max(out.width, out.line_widths.back());
  };
  size_t start = 0;
  size_t i = 1;  // breaks[0] is the start of the text
  while (start < text.size()) {
    // The farthest fitting break of each preference; a line always takes at least one break.
    std::vector<size_t> farthest(kPreferences, 0);
    std::vector<double> widths(kPreferences, 0);
    for (size_t j = i; j < breaks.size(); ++j) {
      const double width = measure.width(trim_end(text.substr(start, breaks[j] - start)), style);
      if (width > max_width) break;
      farthest[preference[j]] = j;
      widths[preference[j]] = width;
    }
    // The most preferred break that fills most of the line; else the farthest that fits.
    size_t fit = *std::max_element(farthest.begin(), farthest.end());
    for (int p = 0; p < kPreferences; ++p) {
      if (farthest[p] != 0 && widths[p] >= kFullEnough * max_width) {
        fit = farthest[p];
        break;
      }
    }
    if (fit == 0) {
      // Even the next word is too wide: split it between grapheme clusters.
      const std::string_view word = text.substr(start, breaks[i] - start);
      const std::vector<size_t> clusters = grapheme_offsets(word, locale);
      size_t taken = clusters.size() > 1 ? clusters[1] : word.size();
      for (size_t k = 2; k < clusters.size(); ++k) {
        if (measure.width(word.substr(0, clusters[k]), style) > max_width) break;
        taken = clusters[k];
      }
      add_line(start, start + taken);
      start += taken;
      if (start >= breaks[i]) ++i;
      continue;
    }
    add_line(start, breaks[fit]);
    start = breaks[fit];
    i = fit + 1;
  }
  return out;
}

}  // namespace press::infographics
