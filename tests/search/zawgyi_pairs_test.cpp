// The Zawgyi pairs the search script is tested on (tests/fixtures/search/zawgyi.tsv) are
// what ICU's own converter gives: search.js converts a Zawgyi query as ICU would.
#include <catch2/catch.hpp>

#include <fstream>

#include "i18n/zawgyi.h"

TEST_CASE("ICU converts each Zawgyi test query to the Unicode the search script must give", "[search][zawgyi]") {
  std::ifstream in(std::string(PRESS_FIXTURES_DIR) + "/search/zawgyi.tsv");
  std::string line;
  int pairs = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    const std::string zawgyi = line.substr(0, tab), unicode = line.substr(tab + 1);
    INFO(zawgyi);
    CHECK(press::i18n::zawgyi_to_unicode(zawgyi) == unicode);
    ++pairs;
  }
  CHECK(pairs == 9);
}
