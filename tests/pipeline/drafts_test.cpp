// Drafts: press build leaves a draft out of every output; with drafts, every page of it says so.
#include "pipeline/build.h"

#include <catch2/catch.hpp>
#include <zip.h>

#include <map>

#include "fixture_copy.h"
#include "pipeline/i18n_commands.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

// An English and Spanish site with one published fact sheet and one draft ("prisons"), which
// has a Spanish catalog and a placeholder left in its themes.
const std::string kFixture = std::string(PRESS_FIXTURES_DIR) + "/drafts";

pipeline::BuildReport build(const fs::path& out, const fs::path& cache, bool drafts, std::string& log,
                            bool use_cache = true) {
  pipeline::BuildOptions options;
  options.source_dir = kFixture;
  options.out_dir = out.string();
  options.cache_dir = cache.string();
  options.use_cache = use_cache;
  options.include_drafts = drafts;
  std::ostringstream err;
  auto report = pipeline::build_site(options, err);
  log = err.str();
  return report;
}

bool has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

// Every entry of an e-book, by name, with its bytes.
std::map<std::string, std::string> book_entries(const fs::path& path) {
  std::map<std::string, std::string> entries;
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  REQUIRE(archive);
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, i, 0, &stat);
    std::string bytes(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, i, 0);
    zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    entries[stat.name] = std::move(bytes);
  }
  zip_close(archive);
  return entries;
}

std::string all_of(const std::map<std::string, std::string>& entries) {
  std::string text;
  for (const auto& [name, bytes] : entries) text += name + "\n" + bytes + "\n";
  return text;
}

std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    files[entry.path().lexically_relative(root).string()] = TempDir::read(entry.path().string());
  }
  return files;
}

}  // namespace

TEST_CASE("press build leaves a draft out of pages, lists, the sitemap and the e-books", "[pipeline][drafts]") {
  TempDir dir("drafts-left-out");
  const fs::path site = dir.path() / "site";
  std::string log;
  const auto report = build(site, dir.path() / "cache", false, log);
  INFO(log);
  REQUIRE(report.ok);
  CHECK(report.documents == 1);
  // Neither its placeholder nor its Spanish catalog, now without a page, is a problem.
  CHECK(report.warnings == 0);
  for (const char* locale : {"en", "es"}) {
    INFO(locale);
    const fs::path root = site / locale;
    CHECK(fs::exists(root / "factsheets/health/index.html"));
    CHECK_FALSE(fs::exists(root / "factsheets/prisons"));
    CHECK_FALSE(has(TempDir::read((root / "factsheets/index.html").string()), "prisons"));
    CHECK_FALSE(has(TempDir::read((root / "index.html").string()), "prisons"));
    const std::string book = all_of(book_entries(root / "downloads" / ("book-" + std::string(locale) + ".epub")));
    CHECK(has(book, "factsheets-health"));
    CHECK_FALSE(has(book, "prisons"));
  }
  const std::string sitemap = TempDir::read((site / "sitemap.xml").string());
  CHECK(has(sitemap, "/en/factsheets/health/"));
  CHECK_FALSE(has(sitemap, "prisons"));
}

TEST_CASE("press build with drafts builds a draft, marked as one on every page of it", "[pipeline][drafts]") {
  TempDir dir("drafts-included");
  const fs::path site = dir.path() / "site";
  std::string log;
  const auto report = build(site, dir.path() / "cache", true, log);
  INFO(log);
  REQUIRE(report.ok);
  CHECK(report.documents == 2);
  CHECK(has(log, "content/factsheets/prisons.md:6:10: warning: placeholder \"TODO: theme ids\" in \"themes\": "
                 "replace it before publishing\n"));
  const std::string en = TempDir::read((site / "en/factsheets/prisons/index.html").string());
  CHECK(has(en, "<h1>Harm reduction in prisons</h1><p class=\"notice draft-marker\">Draft</p>"));
  CHECK(has(en, "<dd><span>TODO: theme ids</span></dd>"));  // what is left to fill in shows as written, unlinked
  const std::string es = TempDir::read((site / "es/factsheets/prisons/index.html").string());
  CHECK(has(es, "<h1>Reducción de daños en las prisiones</h1><p class=\"notice draft-marker\">Borrador</p>"));
  CHECK_FALSE(has(TempDir::read((site / "en/factsheets/health/index.html").string()), "draft-marker"));
  const std::string list = TempDir::read((site / "en/factsheets/index.html").string());
  CHECK(has(list, "href=\"../../en/factsheets/prisons/index.html\""));
  CHECK(has(TempDir::read((site / "sitemap.xml").string()), "<loc>https://test.example/es/factsheets/prisons/</loc>"));
  const auto book = book_entries(site / "es/downloads/book-es.epub");
  REQUIRE(book.count("EPUB/text/factsheets-prisons.xhtml"));
  CHECK(has(book.at("EPUB/text/factsheets-prisons.xhtml"), "<p class=\"notice draft-marker\">Borrador</p>"));
}

TEST_CASE("a build without drafts after one with them removes the draft, as a clean build would",
          "[pipeline][drafts][incremental]") {
  TempDir dir("drafts-rebuild");
  const fs::path site = dir.path() / "site", cache = dir.path() / "cache";
  std::string log;
  REQUIRE(build(site, cache, true, log).ok);
  REQUIRE(fs::exists(site / "en/factsheets/prisons/index.html"));
  const auto without = build(site, cache, false, log);
  INFO(log);
  REQUIRE(without.ok);
  CHECK(without.rendered == without.pages);  // the site key differs: everything is redone
  CHECK_FALSE(fs::exists(site / "en/factsheets/prisons"));
  REQUIRE(build(dir.path() / "clean", dir.path() / "clean-cache", false, log, false).ok);
  CHECK(tree(site) == tree(dir.path() / "clean"));
  // And back: the draft returns, marked, as a clean build with drafts has it.
  REQUIRE(build(site, cache, true, log).ok);
  REQUIRE(build(dir.path() / "clean-drafts", dir.path() / "clean-drafts-cache", true, log, false).ok);
  CHECK(tree(site) == tree(dir.path() / "clean-drafts"));
}

TEST_CASE("translation catalogs leave a draft out: extract, init, update and status", "[pipeline][drafts][i18n]") {
  TempDir dir("drafts-catalogs");
  const std::string project = copy_fixture(dir, "drafts");
  const fs::path translations = fs::path(project) / "translations";
  const std::string stale = TempDir::read((translations / "es/factsheets/prisons.po").string());
  std::ostringstream out, err;
  REQUIRE(pipeline::i18n_extract(project, out, err) == 0);
  CHECK(fs::exists(translations / "templates/factsheets/health.pot"));
  CHECK_FALSE(fs::exists(translations / "templates/factsheets/prisons.pot"));
  REQUIRE(pipeline::i18n_init(project, "fr", out, err) == 0);
  CHECK(fs::exists(translations / "fr/factsheets/health.po"));
  CHECK_FALSE(fs::exists(translations / "fr/factsheets/prisons.po"));
  // The draft's Spanish catalog is neither required, nor updated, nor an error.
  REQUIRE(pipeline::i18n_update(project, out, err) == 0);
  CHECK(fs::exists(translations / "es/factsheets/health.po"));
  CHECK(TempDir::read((translations / "es/factsheets/prisons.po").string()) == stale);
  INFO(err.str());
  CHECK(err.str().empty());
  // Status counts the same messages as a site without the draft.
  std::ostringstream with_draft, without_draft;
  REQUIRE(pipeline::i18n_status(project, true, with_draft, err) == 0);
  fs::remove(fs::path(project) / "content/factsheets/prisons.md");
  REQUIRE(pipeline::i18n_status(project, true, without_draft, err) == 0);
  CHECK(with_draft.str() == without_draft.str());
}
