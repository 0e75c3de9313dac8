// The build cache: records and tables of the last good build, and nothing of a failed one.
#include "output/build_cache.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "temp_dir.h"

using press::output::BuildCache;

TEST_CASE("a saved table comes back entry for entry in the next build", "[output][cache]") {
  TempDir dir("build-cache-table");
  dir.write("site/index.html", "<!DOCTYPE html>");
  const std::string chapter(5000, 'x');
  {
    BuildCache cache(dir.file("cache"), dir.file("site"), "inputs");
    CHECK_FALSE(cache.warm());
    cache.record("index.html", "k1");
    REQUIRE(cache.save_table("chapters-en", {{"a/", "<p>A</p>"}, {"b/", chapter}, {"empty/", ""}}));
    REQUIRE(cache.save());
  }
  const BuildCache next(dir.file("cache"), dir.file("site"), "inputs");
  REQUIRE(next.warm());
  CHECK(next.unchanged("index.html", "k1"));
  CHECK_FALSE(next.unchanged("index.html", "k2"));
  const auto table = next.load_table("chapters-en");
  REQUIRE(table.entries.size() == 3);
  CHECK(table.entries.at("a/") == "<p>A</p>");
  CHECK(table.entries.at("b/") == chapter);
  CHECK(table.entries.at("empty/").empty());
  // Other inputs: nothing of the last build applies.
  const BuildCache other(dir.file("cache"), dir.file("site"), "other inputs");
  CHECK_FALSE(other.warm());
  CHECK(other.load_table("chapters-en").entries.empty());
}

TEST_CASE("a table saved by a build that did not commit is dropped", "[output][cache]") {
  TempDir dir("build-cache-pending");
  dir.write("site/index.html", "<!DOCTYPE html>");
  {
    BuildCache cache(dir.file("cache"), dir.file("site"), "inputs");
    REQUIRE(cache.save_table("chapters-en", {{"a/", "first"}}));
    REQUIRE(cache.save());
  }
  {
    // This build fails after saving its table: it never calls save().
    const BuildCache failed(dir.file("cache"), dir.file("site"), "inputs");
    REQUIRE(failed.save_table("chapters-en", {{"a/", "from the failed build"}}));
  }
  BuildCache next(dir.file("cache"), dir.file("site"), "inputs");
  REQUIRE(next.save());
  CHECK(BuildCache(dir.file("cache"), dir.file("site"), "inputs").load_table("chapters-en").entries.at("a/") == "first");
}

TEST_CASE("records that did not change leave the manifest alone; files not produced again are removed",
          "[output][cache]") {
  TempDir dir("build-cache-manifest");
  const std::vector<std::string> pages = {"d/index.html", "a/index.html", "c/index.html", "b/index.html"};
  for (const auto& page : pages) dir.write("site/" + page, "page");
  {
    BuildCache cache(dir.file("cache"), dir.file("site"), "inputs");
    for (const auto& page : pages) cache.record(page, "k" + page.substr(0, 1));
    REQUIRE(cache.save());
  }
  std::string manifest;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.file("cache"))) {
    if (entry.path().filename() == "manifest") manifest = entry.path().string();
  }
  REQUIRE_FALSE(manifest.empty());
  const std::string first = TempDir::read(manifest);
  // Sorted by path, whatever order the build recorded them in.
  CHECK(first.find("ka a/index.html\nkb b/index.html\nkc c/index.html\nkd d/index.html\n") != std::string::npos);
  const auto written = std::filesystem::last_write_time(manifest);
  {
    BuildCache same(dir.file("cache"), dir.file("site"), "inputs");
    for (const auto& page : pages) same.record(page, "k" + page.substr(0, 1));
    CHECK(same.removed().empty());
    REQUIRE(same.save());
  }
  CHECK(std::filesystem::last_write_time(manifest) == written);
  {
    BuildCache fewer(dir.file("cache"), dir.file("site"), "inputs");
    fewer.record("a/index.html", "ka2");
    fewer.record("c/index.html", "kc");
    fewer.record("d/index.html", "kd");
    CHECK(fewer.removed() == std::vector<std::string>{"b/index.html"});
    REQUIRE(fewer.save());
  }
  // Appended, not written again: what was there stays as it was.
  const std::string appended = TempDir::read(manifest);
  CHECK(appended.size() > first.size());
  CHECK(appended.compare(0, first.size(), first) == 0);
  const BuildCache next(dir.file("cache"), dir.file("site"), "inputs");
  CHECK(next.unchanged("a/index.html", "ka2"));
  CHECK(next.unchanged("c/index.html", "kc"));
  CHECK(next.previous_key("b/index.html").empty());

  // Cut short in the middle of a record: nothing of it is trusted.
  std::ofstream(manifest, std::ios::binary) << appended.substr(0, appended.size() - 3);
  CHECK_FALSE(BuildCache(dir.file("cache"), dir.file("site"), "inputs").warm());
}
