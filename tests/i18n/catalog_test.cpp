#include "i18n/catalog.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace press;

namespace {

const char* kCatalog = R"(# Spanish translation.
msgid ""
msgstr ""
"Language: es\n"
"Content-Type: text/plain; charset=UTF-8\n"

# A translator's note.
#. heading
#: content/a.md:3
msgctxt "title"
msgid "Key points"
msgstr "Puntos clave"

#, fuzzy
#| msgid "Old text"
msgid "New text"
msgstr "Texto viejo"

msgid "Untranslated"
msgstr ""

#~ msgid "Gone"
#~ msgstr "Ido"
)";

}  // namespace

TEST_CASE("a PO file reads into messages with their lines, flags and comments", "[i18n]") {
  TempDir dir("catalog-read");
  core::Diagnostics diagnostics;
  auto catalog = i18n::read_catalog(dir.write("es.po", kCatalog), diagnostics);
  REQUIRE(catalog);
  CHECK(catalog->header_field("Language") == "es");
  REQUIRE(catalog->messages.size() == 4);
  const auto& title = catalog->messages[0];
  CHECK(title.context == "title");
  CHECK(title.str == "Puntos clave");
  CHECK(title.translator_comments == "A translator's note.\n");
  CHECK(title.extracted_comments == "heading\n");
  CHECK(title.line == 11);
  CHECK(title.str_line == 12);
  CHECK(title.is_translated());
  CHECK(catalog->messages[1].fuzzy);
  CHECK(catalog->messages[1].previous_id == "Old text");
  CHECK_FALSE(catalog->messages[1].is_translated());
  CHECK_FALSE(catalog->messages[2].is_translated());
  CHECK(catalog->messages[3].obsolete);
  CHECK(i18n::published_translations(*catalog).size() == 1);
}

TEST_CASE("writing and reading a catalog gives the same catalog back", "[i18n]") {
  TempDir dir("catalog-write");
  core::Diagnostics diagnostics;
  auto catalog = i18n::read_catalog(dir.write("es.po", kCatalog), diagnostics);
  REQUIRE(catalog);
  std::string error;
  REQUIRE(i18n::write_catalog(*catalog, dir.file("copy.po"), error));
  auto copy = i18n::read_catalog(dir.file("copy.po"), diagnostics);
  REQUIRE(copy);
  REQUIRE(copy->messages.size() == catalog->messages.size());
  for (size_t i = 0; i < copy->messages.size(); ++i) {
    CHECK(copy->messages[i].id == catalog->messages[i].id);
    CHECK(copy->messages[i].str == catalog->messages[i].str);
    CHECK(copy->messages[i].fuzzy == catalog->messages[i].fuzzy);
    CHECK(copy->messages[i].obsolete == catalog->messages[i].obsolete);
    CHECK(copy->messages[i].translator_comments == catalog->messages[i].translator_comments);
    CHECK(copy->messages[i].previous_id == catalog->messages[i].previous_id);
    CHECK(copy->messages[i].references == catalog->messages[i].references);
  }
  CHECK(copy->header == catalog->header);
}

TEST_CASE("a broken PO file is reported at its line, and gives no catalog", "[i18n]") {
  TempDir dir("catalog-broken");
  core::Diagnostics diagnostics;
  const std::string path = dir.write("ru.po", "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\nmsgstr \"d\"\n");
  CHECK_FALSE(i18n::read_catalog(path, diagnostics));
  REQUIRE(diagnostics.has_errors());
  CHECK(diagnostics.format_all().rfind(path + ":4:9: error: this string has no closing '\"'\n"
                                       "msgid \"c\n        ^\n", 0) == 0);
}

TEST_CASE("a catalog in another encoding than UTF-8 is a located error, not replacement characters",
          "[i18n][safety]") {
  TempDir dir("catalog-encoding");
  const std::string path = dir.write("fr.po",
                                     "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                                     "msgid \"Home\"\nmsgstr \"Page d\x92" "accueil\"\n");
  core::Diagnostics diagnostics;
  CHECK_FALSE(i18n::read_catalog(path, diagnostics));
  const std::string all = diagnostics.format_all();
  CHECK(all.substr(0, all.find('\n')) ==
        path + ":5:15: error: byte 0x92 is not UTF-8: the file is probably in another encoding (such as "
               "Windows-1252); save it as UTF-8");
}
