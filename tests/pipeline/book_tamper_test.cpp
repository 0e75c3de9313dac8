// An earlier e-book is never trusted as it is: one cut short, with a chapter altered or
// replaced, or with a huge entry in it, is packed again, and equals a clean build's book.
#include "pipeline/build.h"

#include <catch2/catch.hpp>
#include <zip.h>

#include "fixture_copy.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

const char* kBook = "en/downloads/book-en.epub";
const char* kChapter = "EPUB/text/factsheets-health.xhtml";

bool build(const std::string& project, const fs::path& out, const fs::path& cache, bool use_cache, std::string& log) {
  pipeline::BuildOptions options;
  options.source_dir = project;
  options.out_dir = out.string();
  options.cache_dir = cache.string();
  options.use_cache = use_cache;
  std::ostringstream err;
  const bool ok = pipeline::build_site(options, err).ok;
  log = err.str();
  return ok;
}

// Replaces one entry of the archive at `path` with `bytes` (libzip rewrites the archive, CRCs
// and all, as a zip tool would).
void replace_entry(const std::string& path, const std::string& name, const std::string& bytes) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), 0, &error);
  REQUIRE(archive);
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  REQUIRE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(archive) == 0);
}

}  // namespace

TEST_CASE("a tampered earlier e-book is packed again and equals a clean build's", "[pipeline][epub][safety]") {
  TempDir dir("book-tamper");
  const std::string project = copy_fixture(dir, "multilingual");
  const fs::path site = dir.path() / "site", cache = dir.path() / "cache", clean = dir.path() / "clean";
  std::string log;
  REQUIRE(build(project, clean, dir.path() / "clean-cache", false, log));
  const std::string clean_book = TempDir::read((clean / kBook).string());
  REQUIRE(build(project, site, cache, true, log));
  const std::string book = (site / kBook).string();
  REQUIRE(TempDir::read(book) == clean_book);

  SECTION("cut short") {
    fs::resize_file(book, fs::file_size(book) / 2);
  }
  SECTION("a chapter's compressed bytes altered in place") {
    std::string bytes = TempDir::read(book);
    const size_t at = bytes.find("factsheets-health.xhtml");  // its local header's name: the data follows
    REQUIRE(at != std::string::npos);
    bytes[at + 40] ^= 0x55;
    std::ofstream(book, std::ios::binary) << bytes;
  }
  SECTION("a chapter replaced with one that runs a script") {
    replace_entry(book, kChapter, "<html><body><script>alert(1)</script></body></html>");
  }
  SECTION("a chapter replaced with 64 MB that deflate to almost nothing") {
    replace_entry(book, kChapter, std::string(64 << 20, '<'));
  }
  // Nothing in the project changed: the rebuild renders no page, yet does not keep that book.
  REQUIRE(build(project, site, cache, true, log));
  INFO(log);
  CHECK(TempDir::read(book) == clean_book);
  // And an edit after it: chapters copied from the repacked book are the right ones.
  std::ofstream(project + "/content/summaries/report.md", std::ios::app) << "\nOne more line.\n";
  REQUIRE(build(project, site, cache, true, log));
  fs::remove_all(clean);
  REQUIRE(build(project, clean, dir.path() / "clean-cache", false, log));
  CHECK(TempDir::read(book) == TempDir::read((clean / kBook).string()));
}
