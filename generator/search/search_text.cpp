#include "search/search_text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace press::search {

namespace {

// Marks dropped after NFD: the accents of Latin, Greek and Cyrillic letters; Arabic harakat,
// the hamza and madda signs NFD splits from their letters, the superscript alef and tatweel.
bool dropped(UChar32 c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

// Arabic letters that are written more than one way, as one.
UChar32 folded(UChar32 c) {
  switch (c) {
    case 0x0671: return 0x0627;  // alef wasla → alef (the hamza forms lose their sign in NFD)
    case 0x0649: return 0x064A;  // alef maksura → yeh
    case 0x0629: return 0x0647;  // teh marbuta → heh
    default: return c;
  }
}

}  // namespace

std::string normalize_term(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.toLower(icu::Locale::getRoot());
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString decomposed = nfd->normalize(text, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 c = decomposed.char32At(i);
    if (!dropped(c)) kept.append(folded(c));
  }
  icu::UnicodeString composed = nfc->normalize(kept, status);
  std::string out;
  (U_SUCCESS(status) ? composed : kept).toUTF8String(out);
  return out;
}

bool is_ideographic(UChar32 c) {
  return (c >= 0x3040 && c <= 0x30FF) ||                       // hiragana, katakana
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool is_unspaced(UChar32 c) {
  return (c >= 0x0E00 && c <= 0x0EFF) ||                        // Thai, Lao
         (c >= 0x1000 && c <= 0x109F) || (c >= 0xA9E0 && c <= 0xA9FF) || (c >= 0xAA60 && c <= 0xAA7F) ||  // Myanmar
         (c >= 0x1780 && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF) ||  // Khmer
         is_ideographic(c);
}

struct WordSegmenter::Impl {
  std::unique_ptr<icu::BreakIterator> words;
};

WordSegmenter::WordSegmenter(const std::string& locale) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale icu_locale = icu::Locale::forLanguageTag(locale, status);
  if (U_FAILURE(status)) icu_locale = icu::Locale::getRoot();
  status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu_locale, status));
  if (U_FAILURE(status)) impl_->words.reset();
}

WordSegmenter::~WordSegmenter() = default;

std::vector<std::string> WordSegmenter::words(std::string_view text) {
  std::vector<std::string> found;
  if (!impl_->words || text.empty()) return found;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return found;
  impl_->words->setText(utext, status);
  // Boundaries are UTF-8 offsets, since the text is UTF-8.
  int32_t start = impl_->words->first();
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE; start = end, end = impl_->words->next()) {
    // Rule status 0–99 is "none": spaces and punctuation.
    if (impl_->words->getRuleStatus() >= UBRK_WORD_NUMBER) {
      found.emplace_back(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
    }
  }
  utext_close(utext);
  return found;
}

void add_terms(std::string_view text, int weight, WordSegmenter& segmenter, TermWeights& terms) {
  for (const auto& word : segmenter.words(text)) terms[normalize_term(word)] += weight;
  // Pairs (and single ideographs) over each run of unspaced script, whatever the words were.
  const icu::UnicodeString normal = icu::UnicodeString::fromUTF8(normalize_term(text));
  std::string key;
  UChar32 previous = -1;
  for (int32_t i = 0; i < normal.length(); i = normal.moveIndex32(i, 1)) {
    const UChar32 c = normal.char32At(i);
    if (!is_unspaced(c)) {
      previous = -1;
      continue;
    }
    if (is_ideographic(c)) {
      key.clear();
      icu::UnicodeString(c).toUTF8String(key);
      terms[key] += weight;
    }
    if (previous >= 0) {
      key.clear();
      icu::UnicodeString pair(previous);
      pair.append(c);
      pair.toUTF8String(key);
      terms[key] += weight;
    }
    previous = c;
  }
}

}  // namespace press::search
