#include "i18n/zawgyi.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

#include "core/unicode_text.h"

namespace press::i18n {

namespace {

bool is_consonant(UChar32 c) { return c >= 0x1000 && c <= 0x1021; }
bool is_myanmar(UChar32 c) { return c >= 0x1000 && c <= 0x109F; }

}  // namespace

bool looks_like_zawgyi(std::string_view text) {
  const std::vector<UChar32> chars = core::code_points(text);
  int myanmar = 0, zawgyi_signs = 0;
  for (size_t i = 0; i < chars.size(); ++i) {
    const UChar32 c = chars[i];
    if (!is_myanmar(c)) continue;
    ++myanmar;
    const UChar32 before = i > 0 ? chars[i - 1] : 0;
    const UChar32 after = i + 1 < chars.size() ? chars[i + 1] : 0;
    // Unicode stores the vowel sign E after its consonant; Zawgyi types it first, as it is seen.
    if (c == 0x1031 && !is_myanmar(before) && is_consonant(after)) ++zawgyi_signs;
    // Zawgyi puts its stacked and variant glyphs here; Burmese in Unicode does not use them.
    if (c >= 0x1060 && c <= 0x1097) ++zawgyi_signs;
    // Zawgyi's medial RA (U+103B) is typed before the consonant; Unicode's medials follow it.
    if (c == 0x103B && !is_myanmar(before) && is_consonant(after)) ++zawgyi_signs;
  }
  return myanmar > 0 && zawgyi_signs > 0 && zawgyi_signs * 50 >= myanmar;
}

std::string zawgyi_to_unicode(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> transliterator(
      icu::Transliterator::createInstance("Zawgyi-my", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  transliterator->transliterate(unicode);
  std::string out;
  return unicode.toUTF8String(out);
}

}  // namespace press::i18n
