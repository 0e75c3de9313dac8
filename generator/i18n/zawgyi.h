// Zawgyi: telling legacy Zawgyi-encoded Burmese from Unicode Burmese, and converting it.
#pragma once

#include <string>
#include <string_view>

namespace press::i18n {

/// True when Burmese text is very likely Zawgyi: it uses the Myanmar block's code points in
/// orders only Zawgyi writes (a vowel sign E before its consonant, Zawgyi's private stacked
/// consonant range U+1060–U+1097, a virama with nothing to stack). Plain Unicode text and text
/// without Burmese letters are never flagged.
bool looks_like_zawgyi(std::string_view text);

/// Converts Zawgyi text to Unicode Burmese with ICU's "Zawgyi-my" transliterator.
std::string zawgyi_to_unicode(std::string_view text);

}  // namespace press::i18n
