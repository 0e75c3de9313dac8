#include "search/search_text.h"

#include <catch2/catch.hpp>

using namespace press::search;

TEST_CASE("a search term is lower case, NFC, without Latin and Cyrillic accents", "[search]") {
  CHECK(normalize_term("DESPENALIZACIÓN") == "despenalizacion");
  CHECK(normalize_term("Réduction") == "reduction");
  CHECK(normalize_term("Spațiul") == "spatiul");             // comma below, Romanian
  CHECK(normalize_term("молодёжь") == "молодежь");           // ё as е
  CHECK(normalize_term("Giảm") == "giam");                    // Vietnamese tone and vowel marks
  // Decomposed input gives the same term as composed input.
  CHECK(normalize_term("Re\xCC\x81" "duction") == "reduction");
}

TEST_CASE("a search term writes Arabic one way: no harakat, one alef, one yeh", "[search]") {
  CHECK(normalize_term("الحَدّ") == "الحد");           // fatha and shadda dropped
  CHECK(normalize_term("إلغاء") == "الغاء");           // hamza under alef
  CHECK(normalize_term("الأشخاص") == "الاشخاص");       // hamza above alef
  CHECK(normalize_term("آسيا") == "اسيا");             // madda
  CHECK(normalize_term("مستشفى") == "مستشفي");         // alef maksura as yeh
  CHECK(normalize_term("الصحة") == "الصحه");           // teh marbuta as heh
  CHECK(normalize_term("ســلام") == "سلام");           // tatweel
}

TEST_CASE("a search term keeps the marks of Thai, Burmese and Khmer, which are letters there", "[search]") {
  CHECK(normalize_term("อันตราย") == "อันตราย");
  CHECK(normalize_term("လူငယ်") == "လူငယ်");
  CHECK(normalize_term("យុវជន") == "យុវជន");
}

TEST_CASE("ICU cuts words by dictionary where there are no spaces", "[search]") {
  CHECK(WordSegmenter("en").words("Harm reduction, and the right to health.") ==
        std::vector<std::string>{"Harm", "reduction", "and", "the", "right", "to", "health"});
  CHECK(WordSegmenter("th").words("การลดอันตราย") == std::vector<std::string>{"การ", "ลด", "อันตราย"});
  CHECK(WordSegmenter("zh-Hans").words("减少危害。") == std::vector<std::string>{"减少", "危害"});
  CHECK(WordSegmenter("my").words("ကလေးနှင့် လူငယ်") == std::vector<std::string>{"ကလေး", "နှင့်", "လူငယ်"});
  CHECK(WordSegmenter("km").words("កុមារនិងយុវជន") == std::vector<std::string>{"កុមារ", "និង", "យុវជន"});
  CHECK(WordSegmenter("ar").words("الحد من الضرر") == std::vector<std::string>{"الحد", "من", "الضرر"});
}

TEST_CASE("terms are weighted words, and letter pairs in scripts without spaces", "[search]") {
  TermWeights terms;
  WordSegmenter english("en");
  add_terms("Harm reduction", kTitleWeight, english, terms);
  add_terms("harm", kBodyWeight, english, terms);
  CHECK(terms == TermWeights{{"harm", 11}, {"reduction", 10}});

  TermWeights thai;
  WordSegmenter segmenter("th");
  add_terms("ลดการใช้ยา", kBodyWeight, segmenter, thai);
  // Words as ICU cuts them (ลด การ ใช้ ยา), and every neighbouring pair, across them too.
  CHECK(thai.count("ลด") == 1);
  CHECK(thai.count("การ") == 1);
  CHECK(thai.count("ใช้") == 1);
  CHECK(thai.count("ดก") == 1);  // the pair across the first word boundary
  CHECK(thai.count("ลดการใช้ยา") == 0);
  CHECK(thai.size() == 4 + 9 - 2);  // four words, nine pairs; ลด and ยา are both, counted once

  TermWeights chinese;
  WordSegmenter zh("zh-Hans");
  add_terms("毒品", kHeadingWeight, zh, chinese);
  // The word, its ideographs alone (a one-letter query finds them), and the pair (the word itself).
  CHECK(chinese == TermWeights{{"毒品", 10}, {"毒", 5}, {"品", 5}});
}

TEST_CASE("pairs do not run across spaces or other scripts", "[search]") {
  TermWeights terms;
  WordSegmenter segmenter("th");
  add_terms("ลด UN ยา", kBodyWeight, segmenter, terms);
  CHECK(terms == TermWeights{{"ลด", 2}, {"un", 1}, {"ยา", 2}});  // each word once, and once as its own pair
}
