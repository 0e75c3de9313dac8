// Search text: how words are cut and compared for search, the same at build time (here, with
// ICU) and at query time (themes/default/search.js, with the browser's Intl.Segmenter).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <unicode/umachine.h>

namespace press::search {

/// One word as search compares it: lower case, NFC, without the accents of the Latin, Greek
/// and Cyrillic letters (U+0300–U+036F after NFD: "Décret" is "decret"), and with Arabic
/// written one way (no harakat or tatweel; أ إ آ ٱ as ا, ى and ئ as ي, ؤ as و, ة as ه).
/// search.js `normalizeTerm` does exactly this; change both together.
std::string normalize_term(std::string_view word);

/// Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Han, kana):
/// where the browser's word boundaries may differ from ICU's, so they are also indexed as
/// pairs of letters.
bool is_unspaced(UChar32 c);

/// Han and kana: one letter can be a whole word, so single letters are indexed too.
bool is_ideographic(UChar32 c);

/// Cuts text into words with ICU's word boundaries for a locale (dictionary-based for th, my,
/// km, lo, zh and ja); one per thread.
class WordSegmenter {
 public:
  explicit WordSegmenter(const std::string& locale);
  ~WordSegmenter();
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;
  /// The words of `text` (letters, numbers, kana or ideographs; no spaces or punctuation), as written.
  std::vector<std::string> words(std::string_view text);
  /// normalize_term of `word`, remembered: a text's words repeat.
  const std::string& normalized(const std::string& word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A document's terms with their weights, summed over where they occur.
using TermWeights = std::unordered_map<std::string, int>;

/// Adds the terms of `text` at `weight`: each word, normalized; and, in runs of unspaced
/// script, every pair of neighbouring letters (and each ideograph alone), across word boundaries,
/// so a query cut differently still finds every pair.
void add_terms(std::string_view text, int weight, WordSegmenter& segmenter, TermWeights& terms);

/// Where a document's text counts for how much: a match in the title outranks one in the body.
inline constexpr int kTitleWeight = 10;
inline constexpr int kHeadingWeight = 5;
inline constexpr int kSummaryWeight = 3;
inline constexpr int kBodyWeight = 1;

}  // namespace press::search
