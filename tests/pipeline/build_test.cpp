#include "pipeline/build.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <sstream>

#include "real_site.h"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the real content builds into the promised structure", "[pipeline][e2e]") {
  const RealSite& site = real_site();
  CHECK(site.report.documents >= 17);  // five summaries and at least twelve fact sheets

  int summaries = 0, factsheets = 0;
  for (const char* section : {"summaries", "factsheets"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(PRESS_SOURCE_DIR) / "content" / section)) {
      const std::string name = entry.path().filename().string();
      if (name == "_index.md") continue;
      const std::string slug = entry.path().stem().string();
      const fs::path page = site.dir / "en" / section / slug / "index.html";
      INFO(page);
      REQUIRE(fs::exists(page));
      const std::string html = read(page);
      CHECK(count(html, "<h1") == 1);
      CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\"", 0) == 0);
      CHECK(html.find("class=\"skip-link\" href=\"#main\"") < html.find("<a ", html.find("skip-link") + 10));
      CHECK(html.find("<header") != std::string::npos);
      CHECK(html.find("<nav class=\"breadcrumb\"") != std::string::npos);
      CHECK(html.find("<footer") != std::string::npos);
      CHECK(html.find("Reading time") != std::string::npos);
      CHECK(html.find("<script") == std::string::npos);
      (std::string(section) == "summaries" ? summaries : factsheets)++;
    }
  }
  CHECK(summaries == 5);
  CHECK(factsheets >= 12);

  for (const char* file : {"index.html", "404.html", "en/404.html", "en/index.html",
                           "en/summaries/index.html", "en/factsheets/index.html",
                           "assets/style.css", "sitemap.xml"}) {
    INFO(file);
    CHECK(fs::exists(site.dir / file));
  }
  const std::string sitemap = read(site.dir / "sitemap.xml");
  size_t locales = 0;
  for (const auto& entry : fs::directory_iterator(site.dir)) {
    locales += fs::exists(entry.path() / "index.html") ? 1 : 0;
  }
  CHECK(locales == 17);  // every locale of press.yaml
  // Each locale: every document, home, two section lists, the infographics and the translation
  // status page; the themes page and one page per theme (six in press.yaml); the glossary and
  // the search page.
  CHECK(count(sitemap, "<loc>") == locales * static_cast<size_t>(summaries + factsheets + 5 + 1 + 6 + 2));
  const std::string home = read(site.dir / "en/index.html");
  CHECK(count(home, "factsheets/") >= static_cast<size_t>(factsheets));

  // Titles are unique across the site.
  std::set<std::string> titles;
  size_t pages = 0;
  for (const auto& entry : fs::recursive_directory_iterator(site.dir / "en")) {
    if (entry.path().extension() != ".html") continue;
    std::smatch match;
    const std::string html = read(entry.path());
    REQUIRE(std::regex_search(html, match, std::regex("<title>([^<]+)</title>")));
    titles.insert(match[1]);
    ++pages;
  }
  CHECK(titles.size() == pages);
  CHECK(site.log.find("built ") != std::string::npos);
}
