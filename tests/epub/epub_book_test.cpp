#include "epub/epub_book.h"

#include <catch2/catch.hpp>
#include <zip.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "pipeline/build.h"
#include "real_site.h"
#include "temp_dir.h"

namespace {

const std::filesystem::path& built_site() { return real_site().dir; }

struct Book {
  std::vector<std::string> names;
  std::vector<zip_uint16_t> methods;
  std::map<std::string, std::string> files;
  explicit Book(const std::string& locale) {
    const auto path = built_site() / locale / "downloads" / ("human-rights-and-drug-policy-" + locale + ".epub");
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    REQUIRE(archive);
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
      zip_stat_t stat;
      zip_stat_index(archive, i, 0, &stat);
      names.push_back(stat.name);
      methods.push_back(stat.comp_method);
      std::string bytes(stat.size, '\0');
      zip_file_t* file = zip_fopen_index(archive, i, 0);
      zip_fread(file, bytes.data(), stat.size);
      zip_fclose(file);
      files[stat.name] = bytes;
    }
    zip_close(archive);
  }
  bool has(const std::string& file, const std::string& text) const {
    auto it = files.find(file);
    return it != files.end() && it->second.find(text) != std::string::npos;
  }
};

}  // namespace

TEST_CASE("each book starts with an uncompressed mimetype and declares its language", "[epub]") {
  for (const char* locale : {"en", "es", "ar", "my", "zh-Hans"}) {
    INFO(locale);
    Book book(locale);
    REQUIRE(!book.names.empty());
    CHECK(book.names[0] == "mimetype");
    CHECK(book.methods[0] == ZIP_CM_STORE);
    CHECK(book.files["mimetype"] == "application/epub+zip");
    CHECK(book.has("EPUB/package.opf", std::string("<dc:language>") + locale + "</dc:language>"));
    CHECK(book.has("EPUB/nav.xhtml", "epub:type=\"landmarks\""));
    CHECK(book.has("EPUB/package.opf",
                   "<meta property=\"dcterms:conformsTo\" id=\"conformance\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>"));
    CHECK(book.has("EPUB/package.opf", "<meta property=\"a11y:certifiedBy\" refines=\"#conformance\">"));
    CHECK(book.has("EPUB/package.opf", "<meta property=\"schema:accessibilityHazard\">none</meta>"));
    // The infographics are pictures with text alternatives and their data as tables, and the
    // text alone is enough.
    CHECK(book.has("EPUB/package.opf", "<meta property=\"schema:accessMode\">visual</meta>"));
    CHECK(book.has("EPUB/package.opf", "<meta property=\"schema:accessModeSufficient\">textual</meta>"));
    CHECK(book.has("EPUB/package.opf", ">alternativeText<"));
    CHECK(book.has("EPUB/package.opf", ">longDescription<"));
    CHECK_FALSE(book.has("EPUB/style.css", "direction:"));
    CHECK_FALSE(book.has("EPUB/style.css", "unicode-bidi:"));
  }
}

TEST_CASE("infographics are inline SVG in the book, declared in the manifest, without web downloads", "[epub]") {
  for (const char* locale : {"en", "ar", "my"}) {
    INFO(locale);
    Book book(locale);
    const std::string chapter = "EPUB/text/factsheets-compulsory-drug-detention.xhtml";
    CHECK(book.has("EPUB/package.opf", "href=\"text/factsheets-compulsory-drug-detention.xhtml\" "
                                       "media-type=\"application/xhtml+xml\" properties=\"svg\""));
    CHECK_FALSE(book.has("EPUB/package.opf", "href=\"text/factsheets-women-and-gender.xhtml\" "
                                             "media-type=\"application/xhtml+xml\" properties=\"svg\""));
    CHECK(book.has(chapter, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(book.has(chapter, "role=\"img\" aria-labelledby=\"infographic-viet-nam-compulsory-centres-title "
                            "infographic-viet-nam-compulsory-centres-desc\""));
    CHECK(book.has(chapter, "<details class=\"infographic-data\">"));
    CHECK_FALSE(book.has(chapter, "infographic-downloads"));
    CHECK_FALSE(book.has(chapter, "chart-narrow"));  // one layout is enough in a book
    CHECK_FALSE(book.has(chapter, ".png"));
  }
}

TEST_CASE("a right-to-left book says so in its spine and on every document", "[epub]") {
  Book book("ar");
  CHECK(book.has("EPUB/package.opf", "<spine page-progression-direction=\"rtl\">"));
  int chapters = 0;
  for (const auto& [name, bytes] : book.files) {
    if (name.rfind("EPUB/text/", 0) != 0) continue;
    INFO(name);
    CHECK(bytes.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                     "lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">") != std::string::npos);
    CHECK(bytes.find("<section epub:type=\"chapter\" role=\"doc-chapter\">") != std::string::npos);
    ++chapters;
  }
  CHECK(chapters >= 17);
}

TEST_CASE("Burmese and Thai books embed a font subset covering every character they use", "[epub]") {
  for (const char* locale : {"my", "th"}) {
    INFO(locale);
    Book book(locale);
    const std::string& font = book.files["EPUB/fonts/book-font.ttf"];
    REQUIRE(!font.empty());
    const auto choice = press::epub::font_for_locale(locale);
    REQUIRE(choice);
    CHECK(font.size() < std::filesystem::file_size(choice->path));
    CHECK(book.has("EPUB/font-licence.xhtml", "OFL"));
    // Every character of the book in the font's script is in the subset's character map.
    press::epub::CharacterSet used;
    for (const auto& [name, bytes] : book.files) {
      if (name.size() > 6 && name.compare(name.size() - 6, 6, ".xhtml") == 0) used.add(bytes);
    }
    TempDir dir(std::string("font-") + locale);
    const std::string path = dir.write("subset.ttf", font);
    press::epub::FontChoice subset = *choice;
    subset.path = path;
    auto again = press::epub::subset_font(subset, used);
    REQUIRE(again);
    CHECK(again->missing.empty());
  }
}
