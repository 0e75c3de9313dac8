// A page's own images: kept in content/images/, published once in the site and in every
// e-book, and a missing or malformed one is a located error in `press build` and `press check`.
#include <zip.h>

#include <catch2/catch.hpp>

#include "fixture_copy.h"
#include "pipeline/build.h"
#include "pipeline/check_command.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

// A PNG's signature and header chunk: press checks the signature, not the picture.
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + "picture bytes";

struct Built {
  bool ok = false;
  std::string log;
};

Built build(const std::string& project, const fs::path& out) {
  pipeline::BuildOptions options;
  options.source_dir = project;
  options.out_dir = out.string();
  options.cache_dir = (out.parent_path() / "cache").string();
  std::ostringstream err;
  const bool ok = pipeline::build_site(options, err).ok;
  return {ok, err.str()};
}

std::string check(const std::string& project) {
  std::ostringstream out, err;
  pipeline::check_project(project, false, out, err);
  return err.str();
}

std::string entry_of(const std::string& book, const std::string& name) {
  int error = 0;
  zip_t* archive = zip_open(book.c_str(), ZIP_RDONLY, &error);
  REQUIRE(archive);
  zip_stat_t stat;
  std::string bytes;
  if (zip_stat(archive, name.c_str(), 0, &stat) == 0) {
    zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
    bytes.resize(stat.size);
    zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
  }
  zip_close(archive);
  return bytes;
}

// Appends a line to the summary and gives its line number.
int append_line(const std::string& project, const std::string& line) {
  const std::string path = project + "/content/summaries/report.md";
  std::string text = TempDir::read(path);
  std::ofstream(path, std::ios::app) << "\n" << line << "\n";
  return static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 2;
}

}  // namespace

TEST_CASE("a page's own image is published once in the site and in every e-book", "[pipeline][images]") {
  TempDir dir("local-images");
  const std::string project = copy_fixture(dir, "multilingual");
  dir.write("project/content/images/figure-1.png", kPng);
  append_line(project, "![A figure of our own](images/figure-1.png)");
  const fs::path site = dir.path() / "site";
  const Built built = build(project, site);
  INFO(built.log);
  REQUIRE(built.ok);

  CHECK(TempDir::read((site / "images/figure-1.png").string()) == kPng);
  for (const char* locale : {"en", "es"}) {
    const std::string page = TempDir::read((site / locale / "summaries/report/index.html").string());
    CHECK(page.find("<img src=\"../../../images/figure-1.png\" alt=\"A figure of our own\"") != std::string::npos);
  }
  const std::string book = (site / "en/downloads/book-en.epub").string();
  CHECK(entry_of(book, "EPUB/images/figure-1.png") == kPng);
  CHECK(entry_of(book, "EPUB/package.opf").find("href=\"images/figure-1.png\" media-type=\"image/png\"") !=
        std::string::npos);
  CHECK(entry_of(book, "EPUB/text/summaries-report.xhtml").find("src=\"../images/figure-1.png\"") != std::string::npos);

  // Removed from content/images/ after that build: the next one fails at the page's line and
  // column, and the last site stays.
  fs::remove(project + "/content/images/figure-1.png");
  const Built again = build(project, site);
  CHECK_FALSE(again.ok);
  CHECK(again.log.find("report.md:") != std::string::npos);
  CHECK(again.log.find("error: no image \"images/figure-1.png\": a page's own images go in content/images/") !=
        std::string::npos);
  CHECK(TempDir::read((site / "images/figure-1.png").string()) == kPng);
}

TEST_CASE("a missing or malformed image is the same located error in build and check", "[pipeline][images][safety]") {
  TempDir dir("local-images-bad");
  const std::string project = copy_fixture(dir, "multilingual");
  dir.write("project/content/images/chart.png", kPng);
  struct Case {
    const char* markdown;
    const char* file;   // written into content/images/ first, when set
    const char* bytes;
    const char* expected;
  };
  const Case cases[] = {
      {"![A chart](images/missing.png)", nullptr, nullptr,
       "error: no image \"images/missing.png\": a page's own images go in content/images/ and are written "
       "![what it shows](images/<name>); the images are chart.png"},
      {"![A chart](chart.png)", nullptr, nullptr, "error: no image \"chart.png\""},
      {"![A chart](../../press.yaml)", nullptr, nullptr, "error: no image \"../../press.yaml\""},
      {"![A chart](images/chart.png)", "fake.png", "GIF89a not a PNG",
       "content/images/fake.png: error: the file is not a PNG image, as its name says"},
      {"![A chart](images/chart.png)", "Photo.png", nullptr,
       "content/images/Photo.png: error: an image's name takes lowercase letters a-z, digits, hyphens and underscores only"},
      {"![A chart](images/chart.png)", "drawing.svg", nullptr,
       "content/images/drawing.svg: error: not an image press publishes: use a .png, .jpg, .gif or .webp file"},
  };
  const std::string report = project + "/content/summaries/report.md";
  const std::string original = TempDir::read(report);
  for (const Case& c : cases) {
    INFO(c.markdown << " " << (c.file ? c.file : ""));
    std::ofstream(report, std::ios::binary) << original;
    const int line = append_line(project, c.markdown);
    if (c.file) dir.write(std::string("project/content/images/") + c.file, c.bytes ? c.bytes : kPng);
    const Built built = build(project, dir.path() / "site");
    CHECK_FALSE(built.ok);
    CHECK(built.log.find(c.expected) != std::string::npos);
    CHECK(check(project).find(c.expected) != std::string::npos);
    if (!c.file) CHECK(built.log.find("report.md:" + std::to_string(line) + ":1: error: no image") != std::string::npos);
    if (c.file) fs::remove(project + "/content/images/" + c.file);
  }
}
