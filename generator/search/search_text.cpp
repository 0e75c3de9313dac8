#include "search/search_text.h"

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

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
  // ASCII, the most common case, needs only lower case.
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return lower;
  }
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
  std::unordered_map<std::string, std::string> normalized;  // a text's words repeat: each is normalized once
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

namespace {

// The next code point of UTF-8 `text` at `at` (moved past it); negative when malformed.
UChar32 next_code_point(std::string_view text, size_t& at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  at = static_cast<size_t>(i);
  return c;
}

}  // namespace

const std::string& WordSegmenter::normalized(const std::string& word) {
  auto it = impl_->normalized.find(word);
  if (it == impl_->normalized.end()) it = impl_->normalized.emplace(word, normalize_term(word)).first;
  return it->second;
}

void add_terms(std::string_view text, int weight, WordSegmenter& segmenter, TermWeights& terms) {
  for (const auto& word : segmenter.words(text)) terms[segmenter.normalized(word)] += weight;
  // Pairs (and single ideographs) over each run of unspaced script, whatever the words were.
  // Normalizing changes none of these scripts' letters in NFC text (all content is NFC), so the
  // pairs are taken from the text as it is.
  std::string key;
  size_t previous_start = 0;
  bool previous = false;
  for (size_t at = 0; at < text.size();) {
    const size_t start = at;
    const UChar32 c = next_code_point(text, at);
    if (c < 0 || !is_unspaced(c)) {
      previous = false;
      continue;
    }
    if (is_ideographic(c)) terms[std::string(text.substr(start, at - start))] += weight;
    if (previous) {
      key.assign(text.substr(previous_start, at - previous_start));
      terms[key] += weight;
    }
    previous = true;
    previous_start = start;
  }
}

}  // namespace press::search
