// Each locale's Atom feed as a build publishes it: every published document, newest first, in
// the locale's language or marked as the source language's, with ids that outlive title edits,
// and a link to it in the head of every page of that locale.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "fixture_copy.h"
#include "pipeline/build.h"
#include "temp_dir.h"
#include "text_matches.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

bool build(const std::string& project, const fs::path& out, bool drafts = false) {
  pipeline::BuildOptions options;
  options.source_dir = project;
  options.out_dir = out.string();
  options.cache_dir = (out.parent_path() / "cache").string();
  options.include_drafts = drafts;
  std::ostringstream err;
  const bool ok = pipeline::build_site(options, err).ok;
  INFO(err.str());
  CHECK(ok);
  return ok;
}

}  // namespace

TEST_CASE("each locale's feed lists its documents newest first, marked with their language", "[pipeline][feed]") {
  TempDir dir("feeds");
  const std::string project = copy_fixture(dir, "multilingual");
  dir.write("project/content/factsheets/newer.md",
            "---\ntitle: A newer fact sheet\nsummary: Written later.\ndate: 2021-03-01\nsource: [test-report]\n"
            "themes: [health]\norder: 2\n---\nText.\n");
  dir.write("project/content/factsheets/unpublished.md",
            "---\ntitle: Not yet\nsummary: A draft.\ndate: 2022-01-01\nsource: [test-report]\n"
            "themes: [health]\norder: 3\ndraft: true\n---\nText.\n");
  const fs::path site = dir.path() / "site";
  REQUIRE(build(project, site));

  const std::string es = TempDir::read((site / "es/feed.xml").string());
  CHECK(es.find("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es\">") != std::string::npos);
  // Newest first, the two of the same day in the site's own order (summaries, then fact sheets);
  // the draft is not published, so not in the feed.
  CHECK(all_matches(es, "<title>([^<]*)</title>") ==
        std::vector<std::string>{"Test publication", "A newer fact sheet", "El informe en breve", "Salud"});
  // Translated documents are Spanish entries; the new one, not translated, is an English entry.
  CHECK(all_matches(es, "<entry xml:lang=\"([^\"]*)\">") == std::vector<std::string>{"en", "es", "es"});
  CHECK(es.find("<link rel=\"alternate\" type=\"text/html\" href=\"https://test.example/es/factsheets/health/\" />") !=
        std::string::npos);
  CHECK(es.find("<updated>2021-03-01T00:00:00Z</updated>") < es.find("<entry"));  // the feed's: its newest entry's
  // Arabic has no translation yet: every entry is English, in an Arabic feed.
  const std::string ar = TempDir::read((site / "ar/feed.xml").string());
  CHECK(ar.find("xml:lang=\"ar\">") != std::string::npos);
  CHECK(all_matches(ar, "<entry xml:lang=\"([^\"]*)\">") == std::vector<std::string>{"en", "en", "en"});

  // Every page of a locale names its feed.
  const std::string page = TempDir::read((site / "es/factsheets/health/index.html").string());
  CHECK(page.find("<link rel=\"alternate\" type=\"application/atom+xml\" hreflang=\"es\" href=\"../../../es/feed.xml\"") !=
        std::string::npos);

  // A new title keeps each entry's id; --drafts adds the draft.
  const std::vector<std::string> ids = all_matches(TempDir::read((site / "en/feed.xml").string()), "<id>([^<]*)</id>");
  std::string text = TempDir::read(project + "/content/factsheets/newer.md");
  std::ofstream(project + "/content/factsheets/newer.md") << std::regex_replace(text, std::regex("A newer"), "A renamed");
  REQUIRE(build(project, site));
  const std::string en = TempDir::read((site / "en/feed.xml").string());
  CHECK(en.find("A renamed fact sheet") != std::string::npos);
  CHECK(all_matches(en, "<id>([^<]*)</id>") == ids);
  REQUIRE(build(project, site, true));
  CHECK(TempDir::read((site / "en/feed.xml").string()).find("<title>Not yet</title>") != std::string::npos);
}
