// Rebuilds reuse the last build: only what changed is rendered and written, and the result is
// byte for byte what a clean build gives.
#include "pipeline/build.h"

#include <catch2/catch.hpp>

#include <map>
#include <regex>

#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

// The multilingual fixture (a catalog translation, a whole-file one, Arabic), copied so the
// test can edit it, with its theme path made absolute.
std::string copy_fixture(const TempDir& dir) {
  const fs::path project = dir.path() / "project";
  fs::copy(fs::path(PRESS_FIXTURES_DIR) / "multilingual", project, fs::copy_options::recursive);
  const std::string config = TempDir::read((project / "press.yaml").string());
  dir.write("project/press.yaml", std::regex_replace(config, std::regex("theme: .*"),
                                                     "theme: " + std::string(PRESS_SOURCE_DIR) + "/themes/default"));
  return project.string();
}

pipeline::BuildReport build(const std::string& source, const fs::path& out, const fs::path& cache, bool use_cache,
                            std::string* log = nullptr) {
  pipeline::BuildOptions options;
  options.source_dir = source;
  options.out_dir = out.string();
  options.cache_dir = cache.string();
  options.use_cache = use_cache;
  std::ostringstream err;
  auto report = pipeline::build_site(options, err);
  if (log) *log = err.str();
  return report;
}

void edit(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = TempDir::read(path);
  REQUIRE(text.find(from) != std::string::npos);
  std::ofstream(path, std::ios::binary) << text.replace(text.find(from), from.size(), to);
}

}  // namespace

TEST_CASE("a rebuild renders only changed pages and matches a clean build byte for byte", "[pipeline][incremental]") {
  TempDir dir("incremental");
  const std::string source = copy_fixture(dir);
  const fs::path site = dir.path() / "site", clean = dir.path() / "clean", cache = dir.path() / "cache";
  std::string log;

  auto first = build(source, site, cache, true, &log);
  INFO(log);
  REQUIRE(first.ok);
  CHECK(first.rendered == first.pages);
  // Nothing changed: nothing is rendered again and no file is written, PNGs included.
  auto again = build(source, site, cache, true, &log);
  REQUIRE(again.ok);
  CHECK(again.rendered == 0);
  CHECK(again.files == 0);

  // One paragraph more in one document.
  const std::string report_md = source + "/content/summaries/report.md";
  std::string text = TempDir::read(report_md);
  text += "\nA paragraph added after the first build.\n";
  std::ofstream(report_md, std::ios::binary) << text;
  auto edited = build(source, site, cache, true, &log);
  INFO(log);
  REQUIRE(edited.ok);
  // In each locale: that document and the translation status (the document has more words);
  // not the other document, the section lists, the infographics list, the 404 page, nor the
  // home page, which links the e-book with its size as shown ("4 kB"), still the same.
  CHECK(edited.rendered == 2 * first.locales);
  REQUIRE(build(source, clean, dir.path() / "clean-cache", false).ok);
  CHECK(TempDir::files_of(site) == TempDir::files_of(clean));
  CHECK(TempDir::read((site / "en/summaries/report/index.html").string()).find("A paragraph added after the first build.") !=
        std::string::npos);

  // Rebuilds the site over its cache and builds a clean one beside it: the two must be equal.
  auto rebuild_matches_clean = [&] {
    const auto rebuilt = build(source, site, cache, true, &log);
    INFO(log);
    REQUIRE(rebuilt.ok);
    fs::remove_all(clean);
    REQUIRE(build(source, clean, dir.path() / "clean-cache", false).ok);
    CHECK(TempDir::files_of(site) == TempDir::files_of(clean));
  };

  // A new document: its folders are made when the build succeeds, as a clean build has them.
  std::ofstream(source + "/content/factsheets/housing.md", std::ios::binary)
      << "---\ntitle: Housing\nsummary: A fact sheet on housing.\ndate: 2020-02-29\nsource: test-report\n"
         "themes: [health]\norder: 2\n---\nPeople who use drugs need somewhere safe to live.\n";
  rebuild_matches_clean();
  CHECK(fs::exists(site / "es/factsheets/housing/index.html"));
  CHECK_FALSE(fs::exists(dir.path() / "site.tmp"));
  fs::remove(source + "/content/factsheets/housing.md");

  // A removed document disappears from the site, folder and all, as in a clean build.
  fs::remove(source + "/content/factsheets/health.es.md");
  fs::remove(source + "/content/factsheets/health.md");
  rebuild_matches_clean();
  CHECK_FALSE(fs::exists(site / "en/factsheets/health"));
}

TEST_CASE("a rebuild that fails leaves the site as the last good build left it", "[pipeline][incremental]") {
  TempDir dir("incremental-fail");
  const std::string source = copy_fixture(dir);
  const fs::path site = dir.path() / "site", cache = dir.path() / "cache";
  REQUIRE(build(source, site, cache, true).ok);
  const auto before = TempDir::files_of(site);
  // One document changed and another broken: the build fails and the site stays as it was.
  const std::string report = source + "/content/summaries/report.md";
  const std::string health = source + "/content/factsheets/health.md";
  const std::string report_text = TempDir::read(report), health_text = TempDir::read(health);
  std::ofstream(report, std::ios::binary) << report_text << "\nA change in a build that fails.\n";
  edit(health, "title:", "title: [unclosed");
  std::string log;
  CHECK_FALSE(build(source, site, cache, true, &log).ok);
  CHECK(log.find("health.md:") != std::string::npos);
  CHECK(TempDir::files_of(site) == before);
  // Both put back: nothing of the failed build leaks into the next one, e-books included.
  std::ofstream(report, std::ios::binary) << report_text;
  std::ofstream(health, std::ios::binary) << health_text;
  REQUIRE(build(source, site, cache, true).ok);
  CHECK(TempDir::files_of(site) == before);
  // A later edit makes the e-books again from kept chapters: none may come from the failed build.
  std::ofstream(health, std::ios::binary) << health_text << "\nAn edit after the failed build.\n";
  REQUIRE(build(source, site, cache, true).ok);
  const fs::path clean = dir.path() / "clean";
  REQUIRE(build(source, clean, dir.path() / "clean-cache", false).ok);
  CHECK(TempDir::files_of(site) == TempDir::files_of(clean));
}

TEST_CASE("an English edit that a whole-file translation replaces leaves that locale's page and e-book alone",
          "[pipeline][incremental]") {
  TempDir dir("incremental-books");
  const std::string source = copy_fixture(dir);
  const fs::path site = dir.path() / "site", cache = dir.path() / "cache";
  REQUIRE(build(source, site, cache, true).ok);
  const fs::path es_book = site / "es/downloads/book-es.epub", en_book = site / "en/downloads/book-en.epub";
  REQUIRE(fs::exists(es_book));
  const auto es_written = fs::last_write_time(es_book);
  const fs::path es_page = site / "es/factsheets/health/index.html";
  const auto es_page_written = fs::last_write_time(es_page);
  const std::string en_before = TempDir::read(en_book.string());

  // The Spanish site shows health.es.md, whose chapter does not change.
  const std::string health = source + "/content/factsheets/health.md";
  std::ofstream(health, std::ios::app) << "\nA paragraph only the English text has.\n";
  std::string log;
  REQUIRE(build(source, site, cache, true, &log).ok);
  INFO(log);
  CHECK(fs::last_write_time(es_book) == es_written);
  // Nor its page: it shows the Spanish text under the English date and sources, unchanged.
  CHECK(fs::last_write_time(es_page) == es_page_written);
  CHECK(TempDir::read(en_book.string()) != en_before);
  REQUIRE(build(source, dir.path() / "clean", dir.path() / "clean-cache", false).ok);
  CHECK(TempDir::files_of(site) == TempDir::files_of(dir.path() / "clean"));
}

TEST_CASE("a rebuild whose last e-book is gone renders that locale's chapters again", "[pipeline][incremental]") {
  TempDir dir("incremental-book-gone");
  const std::string source = copy_fixture(dir);
  const fs::path site = dir.path() / "site", cache = dir.path() / "cache";
  const auto first = build(source, site, cache, true);
  REQUIRE(first.ok);
  // The cache keeps what a chapter holds, not its bytes: a kept chapter comes from the last
  // e-book. With that book deleted, its documents must be rendered again to make a whole one.
  CHECK_FALSE(fs::exists(cache / "chapters-es"));
  fs::remove(site / "es/downloads/book-es.epub");
  const std::string health = source + "/content/factsheets/health.md";
  std::ofstream(health, std::ios::app) << "\nA paragraph added once the Spanish book was gone.\n";
  std::string log;
  const auto rebuilt = build(source, site, cache, true, &log);
  INFO(log);
  REQUIRE(rebuilt.ok);
  CHECK(fs::exists(site / "es/downloads/book-es.epub"));
  REQUIRE(build(source, dir.path() / "clean", dir.path() / "clean-cache", false).ok);
  CHECK(TempDir::files_of(site) == TempDir::files_of(dir.path() / "clean"));
}
