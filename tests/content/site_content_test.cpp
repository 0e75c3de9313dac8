#include "content/site_content.h"

#include <catch2/catch.hpp>

using namespace press;

namespace {

const char* kDocument = "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [r]\nthemes: [t]\norder: %d\n---\nBody\n";

std::string document(int order) {
  char text[256];
  std::snprintf(text, sizeof text, kDocument, order);
  return text;
}

}  // namespace

TEST_CASE("content loads from any file system, sorted, with broken files reported and left out", "[content]") {
  config::SiteConfig config;
  config.source_locale = "en";
  config.locales = {"en", "es"};
  config.reports.push_back({"r", "R", "2020-01-31"});
  config.themes.push_back({"t", "T"});
  core::MemoryFileSystem fs;
  fs.write_file("site/content/index.md", "---\ntitle: Home\nsummary: S\n---\nHi\n");
  fs.write_file("site/content/factsheets/_index.md", "---\ntitle: Fact sheets\nsummary: S\n---\n");
  fs.write_file("site/content/factsheets/b.md", document(1));
  fs.write_file("site/content/factsheets/a.md", document(2));
  fs.write_file("site/content/factsheets/a.es.md", document(2));
  fs.write_file("site/content/factsheets/Bad_Name.md", document(3));
  fs.write_file("site/content/factsheets/broken.md", "no front matter\n");
  core::Diagnostics diagnostics;
  const content::SiteContent site = content::load_site_content(fs, "site", config, diagnostics);

  REQUIRE(site.home.source);
  CHECK(site.home.front.title == "Home");
  const auto& factsheets = site.sections[1];
  REQUIRE(factsheets.documents.size() == 2);
  CHECK(factsheets.documents[0].slug == "b");  // order 1 before order 2
  CHECK(factsheets.documents[1].slug == "a");
  CHECK(site.whole_file_translation("es", factsheets.documents[1]) != nullptr);
  CHECK(site.whole_file_translation("es", factsheets.documents[0]) == nullptr);
  CHECK(diagnostics.error_count() == 3);  // Bad_Name.md, broken.md, and summaries/_index.md missing
}
